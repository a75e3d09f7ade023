package eu.interreg.cooperationday.studio.bulk;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import eu.interreg.cooperationday.studio.support.Expected;
import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.StudioClient;
import eu.interreg.cooperationday.studio.support.FlakyAssetRenderer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import eu.interreg.cooperationday.studio.render.internal.RenderRequestRepository;

/** The staff bulk API over HTTP: authentication, CSV and zip intake, rejected rows, progress, restart. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FlakyAssetRenderer.Config.class)
class BulkRenderIT {

	static final String DATA = "./target/it/" + UUID.randomUUID();

	static final String USER = "campaign-staff";

	static final String PASSWORD = "correct horse battery staple";

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("studio.data-dir", () -> DATA);
		registry.add("studio.s3.embedded-port", () -> 0);
		registry.add("studio.staff.username", () -> USER);
		registry.add("studio.staff.password", () -> PASSWORD);
	}

	@LocalServerPort
	int port;

	@Autowired
	FlakyAssetRenderer renderer;

	@Autowired
	RenderRequestRepository requests;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	final ObjectMapper json = new ObjectMapper();

	@Test
	void withoutStaffCredentialsEverythingIs401() throws Exception {
		assertThat(send("GET", "/api/bulk-renders/" + UUID.randomUUID(), null, null).statusCode()).isEqualTo(401);
		HttpResponse<String> post = send("POST", "/api/bulk-renders", null, null);
		assertThat(post.statusCode()).isEqualTo(401);
		assertThat(post.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(post.headers().firstValue("WWW-Authenticate")).hasValueSatisfying((v) -> assertThat(v).startsWith("Basic"));
		assertThat(send("GET", "/api/bulk-renders/x", null, "Basic " + b64(USER + ":wrong")).statusCode()).isEqualTo(401);
		assertThat(send("GET", "/staff", null, null).statusCode()).isEqualTo(401);
		assertThat(send("GET", "/staff/bulk/x", null, null).statusCode()).isEqualTo(401);
		assertThat(send("POST", "/api/bulk-renders/x/restart", null, null).statusCode()).isEqualTo(401);
	}

	@Test
	void goodRowsRenderBadRowsAreListedAndARestartRendersOnlyWhatWasMissing() throws Exception {
		String csv = "\uFEFFcode;name;language;contact_email;logo_file;event_title;event_date;event_venue;event_url\r\n"
				+ "ALP;\"Interreg Alpine Space; transnational\";en;alpine@programme.example;alpine.svg;;;;\r\n"
				+ "NSR;Interreg North Sea " + FlakyAssetRenderer.MARKER + ";nl;northsea@programme.example;logos/north-sea.PNG;Open dag;2026-09-21;Esbjerg;https://northsea.example/day\r\n"
				+ "XXL;Interreg Nowhere;xx;nowhere@programme.example;alpine.svg;;;;\r\n"
				+ "NOL;Interreg No Logo;de;nologo@programme.example;missing.png;;;;\r\n"
				+ "MAL;Interreg Bad Mail;fr;not-an-address;alpine.svg;;;;\r\n"
				+ "BIN;Interreg Broken Logo;it;broken@programme.example;broken.png;;;;\r\n";
		byte[] zip = Fixtures.zip(Map.of("alpine.svg", Fixtures.svg(), "logos/north-sea.png", Fixtures.png(300, 120), "broken.png",
				"not a png".getBytes(StandardCharsets.UTF_8)));
		HttpResponse<String> started = upload(csv.getBytes(StandardCharsets.UTF_8), zip);
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		String id = this.json.readTree(started.body()).get("id").asString();
		assertThat(started.headers().firstValue("Location")).hasValue("/api/bulk-renders/" + id);

		JsonNode status = awaitFinished(id);
		assertThat(status.get("total").asInt()).isEqualTo(2);
		assertThat(status.get("done").asInt()).isEqualTo(1);
		assertThat(status.get("failed").asInt()).isEqualTo(1);
		assertThat(status.get("status").asString()).isEqualTo("FAILED");
		Map<Integer, String> rejected = new LinkedHashMap<>();
		status.get("rejected").forEach((r) -> rejected.put(r.get("row").asInt(), r.get("code").asString() + ": " + r.get("reason").asString()));
		assertThat(rejected).containsOnlyKeys(4, 5, 6, 7);
		assertThat(rejected.get(4)).startsWith("XXL").contains("language");
		assertThat(rejected.get(5)).startsWith("NOL").contains("missing.png");
		assertThat(rejected.get(6)).startsWith("MAL").contains("contact_email");
		assertThat(rejected.get(7)).startsWith("BIN").contains("logo_file");
		List<String> requests = status.get("requests").valueStream().map(JsonNode::asString).toList();
		assertThat(requests).hasSize(2);
		String failed = null;
		for (String request : requests) {
			if (getJson("/api/render-requests/" + request).get("status").asString().equals("FAILED")) {
				failed = request;
			}
		}
		assertThat(failed).isNotNull();
		// one render per partition: the landscape video's also makes the audio description (by describe)
		assertThat(this.renderer.renders(failed)).isEqualTo(Expected.partitionsPerRequest());

		HttpResponse<String> restart = send("POST", "/api/bulk-renders/" + id + "/restart", null, staff());
		assertThat(restart.statusCode()).isEqualTo(202);
		assertThat(this.json.readTree(restart.body()).get("restarted").asInt()).isEqualTo(1);
		JsonNode after = awaitFinished(id);
		assertThat(after.get("status").asString()).isEqualTo("DONE");
		assertThat(after.get("done").asInt()).isEqualTo(2);
		assertThat(this.renderer.renders(failed)).as("only the missing asset rendered again")
			.isEqualTo(Expected.partitionsPerRequest() + 1);
	}

	@Test
	void staffCanRenderEveryKnownProgrammeAgainFromItsStoredLogo() throws Exception {
		String csv = "code;name;language;contact_email;logo_file;event_title;event_date;event_venue;event_url\r\n"
				+ "AGA;Interreg Again;pt;again@programme.example;again.png;;;;\r\n";
		HttpResponse<String> first = upload(csv.getBytes(StandardCharsets.UTF_8), Fixtures.zip(Map.of("again.png", Fixtures.png(300, 120))));
		assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
		assertThat(awaitFinished(this.json.readTree(first.body()).get("id").asString()).get("status").asString())
			.isEqualTo("DONE");
		Set<String> known = new HashSet<>();
		this.requests.latest(10_000).forEach((r) -> known.add(r.programmeName() + "/" + r.language().code()));

		// a member of staff signs in to the console (form login, CSRF tokens) and asks for it
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
		String login = send(browser, "GET", "/login", null).body();
		HttpResponse<String> signedIn = send(browser, "POST", "/login",
				Map.of("username", USER, "password", PASSWORD, "_csrf", csrf(login)));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/staff"));
		kitsOfEveryProgramme(browser, this.json.readTree(first.body()).get("id").asString());
		String console = send(browser, "GET", "/staff", null).body();
		assertThat(console).contains("Re-render every programme already known")
			.contains("Renders run in this process");
		assertThat(send(browser, "POST", "/staff/rerender-all", Map.of()).statusCode()).as("without a CSRF token")
			.isEqualTo(403);
		HttpResponse<String> started = send(browser, "POST", "/staff/rerender-all", Map.of("_csrf", csrf(console)));
		assertThat(started.statusCode()).isEqualTo(302);
		String location = started.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("/staff/bulk/");
		assertThat(send(browser, "GET", location.substring(location.indexOf("/staff/")), null).body())
			.contains("Interreg Again");

		JsonNode status = awaitFinished(location.substring(location.lastIndexOf('/') + 1));
		assertThat(status.get("total").asInt()).as("one request per programme name and language").isEqualTo(known.size());
		assertThat(status.get("rejected")).isEmpty();
		String again = null;
		for (JsonNode request : status.get("requests")) {
			JsonNode view = getJson("/api/render-requests/" + request.asString());
			if (view.get("programmeName").asString().equals("Interreg Again")) {
				again = request.asString();
				assertThat(view.get("status").asString()).isEqualTo("DONE");
				assertThat(view.get("language").asString()).isEqualTo("pt");
				assertThat(view.get("assets")).hasSize(Expected.filesPerRequest());
			}
		}
		assertThat(again).isNotNull();
		assertThat(this.renderer.renders(again)).as("same logo, words and templates: every file copied, none rendered")
			.isZero();
	}

	/** Staff download the kits of a bulk's programmes: a folder per code, and an index of them. */
	private void kitsOfEveryProgramme(HttpClient browser, String bulk) throws Exception {
		assertThat(send(browser, "GET", "/staff/bulk/" + bulk, null).body()).contains("/staff/bulk/" + bulk + "/kits.zip");
		HttpResponse<byte[]> anonymous = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port
				+ "/staff/bulk/" + bulk + "/kits.zip")).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(anonymous.statusCode()).as("behind the staff sign-in").isIn(302, 401);
		HttpResponse<byte[]> kits = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port
				+ "/staff/bulk/" + bulk + "/kits.zip")).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(kits.statusCode()).isEqualTo(200);
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(kits.body()))) {
			for (java.util.zip.ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				entries.put(entry.getName(), zip.readAllBytes());
			}
		}
		assertThat(entries.keySet()).containsExactly("AGA/posts.md", "AGA/posts.csv", "AGA/posting-calendar.ics",
				"AGA/guide-pt.pdf", "programmes.csv");
		assertThat(new String(entries.get("programmes.csv"), StandardCharsets.UTF_8))
			.isEqualTo("code,programme,languages,status,folder\r\nAGA,Interreg Again,pt,DONE,AGA\r\n");
		assertThat(new String(entries.get("AGA/posts.md"), StandardCharsets.UTF_8)).startsWith("# Posts for Interreg Again");
		try (org.apache.pdfbox.pdmodel.PDDocument guide = org.apache.pdfbox.Loader.loadPDF(entries.get("AGA/guide-pt.pdf"))) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(guide)).contains("Interreg Again");
		}
		assertThat(send(browser, "GET", "/staff/bulk/no-such-bulk/kits.zip", null).statusCode()).isEqualTo(404);
	}

	@Test
	void theConsoleExplainsTheCsvAndItsSampleCsvAndLogosRenderWithNoRejectedRow() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
		String login = send(browser, "GET", "/login", null).body();
		assertThat(send(browser, "POST", "/login", Map.of("username", USER, "password", PASSWORD, "_csrf", csrf(login)))
			.statusCode()).isEqualTo(302);
		String console = send(browser, "GET", "/staff", null).body();
		assertThat(console).contains("YYYY-MM-DD").contains("the logo's file name inside the zip")
			.contains("/staff/bulk/sample.csv").contains("/staff/bulk/sample-logos.zip");
		HttpResponse<byte[]> csv = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port
				+ "/staff/bulk/sample.csv")).build(), HttpResponse.BodyHandlers.ofByteArray());
		HttpResponse<byte[]> zip = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port
				+ "/staff/bulk/sample-logos.zip")).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying((d) -> assertThat(d).contains("attachment"));
		assertThat(zip.statusCode()).isEqualTo(200);

		HttpResponse<String> started = upload(csv.body(), zip.body());
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		JsonNode status = awaitFinished(this.json.readTree(started.body()).get("id").asString());
		assertThat(status.get("rejected")).as(status.toString()).isEmpty();
		assertThat(status.get("total").asInt()).isEqualTo(2);
		assertThat(status.get("status").asString()).isEqualTo("DONE");
	}

	private static String csrf(String html) {
		Matcher matcher = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(html);
		assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
		return matcher.group(1);
	}

	private HttpResponse<String> send(HttpClient client, String method, String path, Map<String, String> form)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (form == null) {
			request.GET();
		}
		else {
			StringBuilder body = new StringBuilder();
			form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=')
				.append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
			request.header("Content-Type", "application/x-www-form-urlencoded")
				.method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aZipSlipEntryIsRefusedAndNothingIsWrittenOutsideTheDataDirectory() throws Exception {
		String csv = "code,name,language,contact_email,logo_file,event_title,event_date,event_venue,event_url\n"
				+ "EVL,Interreg Evil,en,evil@programme.example,evil.png,,,,\n";
		byte[] zip = Fixtures.zip(Map.of("../../zip-slip-evil.png", Fixtures.png(10, 10)));
		HttpResponse<String> refused = upload(csv.getBytes(StandardCharsets.UTF_8), zip);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = this.json.readTree(refused.body());
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("logos");
		assertThat(problem.get("detail").asString()).contains("outside the archive");
		try (var files = Files.walk(Path.of(".").toAbsolutePath().normalize(), 4)) {
			assertThat(files.filter((p) -> p.getFileName().toString().equals("zip-slip-evil.png")).toList()).isEmpty();
		}
		assertThat(Files.exists(Path.of(DATA).toAbsolutePath().getParent().resolve("zip-slip-evil.png"))).isFalse();

		HttpResponse<String> badHeader = upload("name,code\nx,y\n".getBytes(StandardCharsets.UTF_8),
				Fixtures.zip(Map.of("a.png", Fixtures.png(5, 5))));
		assertThat(badHeader.statusCode()).isEqualTo(422);
		assertThat(badHeader.body()).contains("header");
	}

	private JsonNode awaitFinished(String id) {
		return await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(500))
			.until(() -> getJson("/api/bulk-renders/" + id), (s) -> !s.get("status").asString().equals("RENDERING"));
	}

	private JsonNode getJson(String path) throws Exception {
		HttpResponse<String> response = send("GET", path, null, staff());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private HttpResponse<String> upload(byte[] csv, byte[] zip) throws Exception {
		return new StudioClient(this.port).bulk(csv, zip, USER, PASSWORD);
	}

	private HttpResponse<String> send(String method, String path, byte[] body, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String staff() {
		return "Basic " + b64(USER + ":" + PASSWORD);
	}

	private static String b64(String text) {
		return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

}
