package eu.interreg.cooperationday.studio.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import eu.interreg.cooperationday.studio.storage.AssetStore;
import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.HostileFiles;
import eu.interreg.cooperationday.studio.support.StudioClient;
import eu.interreg.cooperationday.studio.support.StudioClient.FilePart;
import eu.interreg.cooperationday.studio.support.TestStudio;

import static eu.interreg.cooperationday.studio.support.StudioClient.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a hostile visitor tries first, through the real server: a 2 KB SVG that expands to 10^7 nodes at
 * every door, a 150 MB anonymous post to the form, a body of unknown length, a password guessed over HTTP
 * Basic, forged form posts that would use up someone's quota, and a flood of zip downloads. Clients are
 * told apart by {@code X-Forwarded-For} (loopback is a trusted proxy here), so each case has its own
 * quota.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResourceSafetyIT {

	static final String STAFF_PASSWORD = "the-right-password";

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestStudio.embedded(registry);
		registry.add("studio.rate-limits.trusted-proxies", () -> "127.0.0.1");
		registry.add("studio.rate-limits.submissions", () -> 10);
		registry.add("studio.rate-limits.downloads", () -> 5);
		registry.add("studio.staff.username", () -> "staff");
		registry.add("studio.staff.password", () -> STAFF_PASSWORD);
		// short here, so that waiting it out is quick; 10 s by default
		registry.add("server.tomcat.connection-timeout", () -> "2s");
	}

	@LocalServerPort
	int port;

	@Autowired
	AssetStore store;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@Test
	void anSvgThatExpandsToTenMillionNodesIsRefusedAtEveryDoorAndTheStudioStaysUp() throws Exception {
		StudioClient client = new StudioClient(this.port);
		FilePart bomb = new FilePart("bomb.svg", "image/svg+xml", HostileFiles.nestedUseSvg(7, 10));
		FilePart patterns = new FilePart("patterns.svg", "image/svg+xml", HostileFiles.nestedPatternSvg(7, 10));
		for (FilePart logo : List.of(bomb, patterns)) {
			Map<String, Object> fields = form("programmeName", "Interreg Bomb", "language", "en", "contactEmail",
					"comms@bomb.example", "logo", logo);

			long start = System.nanoTime();
			HttpResponse<byte[]> preview = client.post("/api/previews", fields);
			Duration previewTook = Duration.ofNanos(System.nanoTime() - start);
			assertThat(preview.statusCode()).isEqualTo(422);
			assertThat(new String(preview.body(), StandardCharsets.UTF_8)).contains("expands to more than 10,000 elements");

			start = System.nanoTime();
			HttpResponse<String> api = client.submit(fields);
			Duration apiTook = Duration.ofNanos(System.nanoTime() - start);
			assertThat(api.statusCode()).as(api.body()).isEqualTo(422);
			assertThat(api.body()).contains("expands to more than");

			start = System.nanoTime();
			HttpResponse<String> page = client.submitForm(fields);
			Duration formTook = Duration.ofNanos(System.nanoTime() - start);
			assertThat(page.statusCode()).isEqualTo(422);
			assertThat(page.body()).contains("expands to more than");

			System.out.printf("%s refused: preview %d ms, API %d ms, form %d ms%n", logo.filename(), previewTook.toMillis(),
					apiTook.toMillis(), formTook.toMillis());
			// not a benchmark: a bound that only a hang (the old answer took 122 s) could break
			assertThat(List.of(previewTook, apiTook, formTook)).allSatisfy((took) -> assertThat(took).isLessThan(Duration.ofSeconds(5)));
			assertHealthyWithinOneSecond();
		}
		assertThat(this.store.list("requests/")).isEmpty();
	}

	@Test
	void a150MegabyteAnonymousPostToTheFormIsRefusedBeforeItsBodyIsRead() throws Exception {
		// a quarter of a megabyte of the body, then nothing more until the server answers
		try (Socket socket = post("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=x\r\n"
				+ "Content-Length: " + (150L << 20) + "\r\n\r\n", new byte[256 * 1024], 10)) {
			String answer = readHead(socket.getInputStream());
			assertThat(answer).startsWith("HTTP/1.1 413");
			assertThat(answer).containsIgnoringCase("Connection: close");
		}
	}

	@Test
	void aBrowserPostingTheFormWithAFileOverTheLimitGetsTheFormBackWithTheReasonBesideTheLogo() throws Exception {
		try (Socket socket = post("POST / HTTP/1.1\r\nHost: localhost\r\nAccept: text/html,application/xhtml+xml\r\n"
				+ "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: " + (20L << 20) + "\r\n\r\n",
				new byte[64 * 1024], 10)) {
			InputStream in = socket.getInputStream();
			String head = readHead(in);
			assertThat(head).startsWith("HTTP/1.1 413");
			assertThat(head).containsIgnoringCase("Content-Type: text/html");
			String page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			assertThat(page).contains("id=\"logo-error\"").contains("The logo is larger than 10 MB.")
				.contains("name=\"_csrf\"").contains("<form");
		}
	}

	@Test
	void aClientThatStopsSendingItsBodyIsCutOffAfterTheConnectionTimeout() throws Exception {
		try (Socket socket = post("POST /api/previews HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; "
				+ "boundary=x\r\nContent-Length: 100000\r\n\r\n--x\r\n", new byte[0], 20)) {
			long start = System.nanoTime();
			// nothing more is sent: the server gives up on the body and answers or closes, freeing its thread
			InputStream in = socket.getInputStream();
			byte[] answer = in.readAllBytes();
			Duration held = Duration.ofNanos(System.nanoTime() - start);
			System.out.printf("a stalled body held its connection %d ms%n", held.toMillis());
			assertThat(held).as("the 2 s timeout, not the 20 s the client waits").isLessThan(Duration.ofSeconds(15));
			assertThat(new String(answer, StandardCharsets.ISO_8859_1)).doesNotStartWith("HTTP/1.1 200");
		}
	}

	@Test
	void theApiDescriptionListsTheZipOfEveryFile() throws Exception {
		HttpResponse<String> docs = get("/v3/api-docs", "203.0.113.11");
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("\"/requests/{id}/download.zip\"").contains("Every file of a request in one zip");
	}

	@Test
	void aBodyOfUnknownLengthIsRefusedWith411() throws Exception {
		try (Socket socket = post("POST /api/previews HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; "
				+ "boundary=x\r\nTransfer-Encoding: chunked\r\n\r\n10000\r\n", new byte[0x10000], 10)) {
			assertThat(readHead(socket.getInputStream())).startsWith("HTTP/1.1 411");
		}
	}

	@Test
	void guessingAStaffPasswordOverHttpBasicIsStoppedByTheSignInLimit() throws Exception {
		String address = "198.51.100.77";
		List<Integer> answers = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			// half of them for a user that does not exist: they count the same
			answers.add(staffGet(address, i % 2 == 0 ? "staff" : "nobody-" + i, "guess-" + i).statusCode());
		}
		assertThat(answers.subList(0, 10)).containsOnly(401);
		assertThat(answers.subList(10, 20)).containsOnly(429);
		HttpResponse<String> right = staffGet(address, "staff", STAFF_PASSWORD);
		assertThat(right.statusCode()).as("locked out, even with the right password").isEqualTo(429);
		assertThat(right.headers().firstValue("Retry-After")).isPresent();
		assertThat(right.body()).contains("Too many failed sign-in attempts");
		// the right password from another address works: "staff" itself has failed only five times
		assertThat(staffGet("198.51.100.78", "staff", STAFF_PASSWORD).statusCode()).isEqualTo(200);
	}

	@Test
	void guessingOneUsernameFromManyAddressesLocksTheUsername() throws Exception {
		for (int i = 0; i < 10; i++) {
			assertThat(staffGet("192.0.2." + (i + 1), "admin", "guess-" + i).statusCode()).isEqualTo(401);
		}
		assertThat(staffGet("192.0.2.200", "admin", "guess").statusCode()).isEqualTo(429);
		assertThat(staffGet("192.0.2.201", "Admin", "guess").statusCode()).as("usernames compare case-blind").isEqualTo(429);
	}

	@Test
	void forgedFormPostsAreRefusedByCsrfAndUseNoQuota() throws Exception {
		String address = "203.0.113.5";
		for (int i = 0; i < 5; i++) {
			HttpResponse<String> forged = this.http.send(multipart("/", address), HttpResponse.BodyHandlers.ofString());
			assertThat(forged.statusCode()).isEqualTo(403);
		}
		// the address's ten submissions are all still there
		for (int i = 0; i < 10; i++) {
			assertThat(this.http.send(multipart("/api/render-requests", address), HttpResponse.BodyHandlers.ofString())
				.statusCode()).isEqualTo(400);
		}
		HttpResponse<String> over = this.http.send(multipart("/api/render-requests", address), HttpResponse.BodyHandlers.ofString());
		assertThat(over.statusCode()).isEqualTo(429);
	}

	@Test
	void zipDownloadsAreUnderTheDownloadLimit() throws Exception {
		String path = "/requests/" + UUID.randomUUID() + "/download.zip";
		for (int i = 0; i < 5; i++) {
			assertThat(get(path, "203.0.113.9").statusCode()).isEqualTo(404);
		}
		HttpResponse<String> over = get(path, "203.0.113.9");
		assertThat(over.statusCode()).isEqualTo(429);
		assertThat(over.headers().firstValue("Retry-After")).isPresent();
	}

	@Test
	void pagesLoadImagesAndVideosOnlyFromTheStudioAndItsObjectStore() throws Exception {
		String policy = get("/", "203.0.113.10").headers().firstValue("Content-Security-Policy").orElseThrow();
		String origin = this.store.publicOrigin();
		assertThat(origin).startsWith("http://");
		assertThat(policy).contains("img-src 'self' data: blob: " + origin + ";")
			.contains("media-src 'self' " + origin + ";")
			.doesNotContain(" http:;", " https:;", " http: ", " https: ");
	}

	@Test
	void aSmallLogoPreviewStillWorks() throws Exception {
		HttpResponse<byte[]> preview = new StudioClient(this.port).post("/api/previews", form("programmeName", "Interreg Small",
				"language", "en", "logo", new FilePart("logo.png", "image/png", Fixtures.png(120, 60))));
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(Fixtures.read(preview.body()).getWidth()).isEqualTo(540);
	}

	private void assertHealthyWithinOneSecond() throws Exception {
		HttpResponse<String> health = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port
				+ "/actuator/health")).timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
		assertThat(health.body()).contains("\"UP\"");
	}

	private HttpResponse<String> staffGet(String address, String user, String password) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/stats"))
			.header("X-Forwarded-For", address)
			.header("Authorization", "Basic " + java.util.Base64.getEncoder()
				.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path, String address) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("X-Forwarded-For", address)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A multipart post with one field and no logo, from {@code address}. */
	private HttpRequest multipart(String path, String address) {
		String body = "--x\r\nContent-Disposition: form-data; name=\"programmeName\"\r\n\r\nInterreg Forged\r\n--x--\r\n";
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("X-Forwarded-For", address)
			.header("Content-Type", "multipart/form-data; boundary=x")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	/** A connection that has sent {@code head} and then {@code body}, and waits for answers {@code seconds} at most. */
	private Socket post(String head, byte[] body, int seconds) throws IOException {
		Socket socket = new Socket("127.0.0.1", this.port);
		socket.setSoTimeout(seconds * 1000);
		OutputStream out = socket.getOutputStream();
		out.write(head.getBytes(StandardCharsets.US_ASCII));
		out.write(body);
		out.flush();
		return socket;
	}

	/** The status line and headers of a response, read off the socket. */
	private static String readHead(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		int b;
		while ((b = in.read()) >= 0) {
			head.write(b);
			matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
			if (matched == 4) {
				break;
			}
		}
		return head.toString(StandardCharsets.ISO_8859_1);
	}

}
