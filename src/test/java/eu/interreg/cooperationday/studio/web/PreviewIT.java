package eu.interreg.cooperationday.studio.web;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.StudioClient;
import eu.interreg.cooperationday.studio.support.StudioClient.FilePart;
import eu.interreg.cooperationday.studio.support.TestStudio;

import static eu.interreg.cooperationday.studio.support.StudioClient.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live preview over HTTP: a 540 x 540 PNG of the square social image, refused like a render request,
 * nothing stored; and the per-client limits (set low here) answering 429 with Retry-After, whatever
 * X-Forwarded-For a client sends from an untrusted address: previews and submissions per address,
 * submissions per contact email, downloads and staff sign-in attempts per address. And the security
 * headers of the public pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreviewIT {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestStudio.embedded(registry);
		registry.add("studio.rate-limits.previews", () -> 8);
		registry.add("studio.rate-limits.submissions", () -> 4);
		registry.add("studio.rate-limits.submissions-per-email", () -> 2);
		registry.add("studio.rate-limits.downloads", () -> 3);
		registry.add("studio.rate-limits.logins", () -> 2);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	StudioClient client() {
		return new StudioClient(this.port);
	}

	static Map<String, Object> fields(String name, String language, Object... more) {
		Map<String, Object> fields = form("programmeName", name, "language", language, "logo",
				new FilePart("logo.png", "image/png", Fixtures.png(400, 200)));
		for (int i = 0; i < more.length; i += 2) {
			fields.put((String) more[i], more[i + 1]);
		}
		return fields;
	}

	HttpResponse<byte[]> preview(Map<String, Object> fields) throws Exception {
		return client().post("/api/previews", fields);
	}

	@Test
	@Order(1)
	void aPreviewIsTheSquareImageAt540AndNothingIsStored() throws Exception {
		HttpResponse<byte[]> one = preview(fields("Interreg Deutschland-Nederland", "de"));
		assertThat(one.statusCode()).as(new String(one.body())).isEqualTo(200);
		assertThat(one.headers().firstValue("Content-Type")).hasValue("image/png");
		BufferedImage image = Fixtures.read(one.body());
		assertThat(image.getWidth()).isEqualTo(540);
		assertThat(image.getHeight()).isEqualTo(540);
		assertThat(image.getRGB(20, 20) & 0xFFFFFF).as("the campaign blue in the corner").isNotEqualTo(0xFFFFFF);

		HttpResponse<byte[]> two = preview(fields("Interreg Deutschland-Nederland", "de", "secondLanguage", "nl",
				"programmeNameSecond", "Interreg Duitsland-Nederland"));
		assertThat(two.statusCode()).isEqualTo(200);
		BufferedImage bilingual = Fixtures.read(two.body());
		int differing = 0;
		for (int y = 0; y < 540; y++) {
			for (int x = 0; x < 540; x++) {
				if (image.getRGB(x, y) != bilingual.getRGB(x, y)) {
					differing++;
				}
			}
		}
		assertThat(differing).as("the second language shows").isGreaterThan(2000);
		assertThat(this.jdbc.sql("select count(*) from render_request").query(Long.class).single()).isZero();
	}

	@Test
	@Order(2)
	void aPreviewIsRefusedLikeARenderRequest() throws Exception {
		HttpResponse<byte[]> noLogo = preview(form("programmeName", "Interreg Euro-MED", "language", "en"));
		assertThat(noLogo.statusCode()).isEqualTo(400);
		assertThat(noLogo.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		HttpResponse<byte[]> sameLanguage = preview(fields("Interreg Euro-MED", "fr", "secondLanguage", "fr"));
		assertThat(sameLanguage.statusCode()).isEqualTo(422);
		JsonNode problem = client().json(new String(sameLanguage.body()));
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("secondLanguage");
		byte[] pdf = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();
		HttpResponse<byte[]> disguised = preview(form("programmeName", "Interreg Euro-MED", "language", "en", "logo",
				new FilePart("logo.png", "image/png", pdf)));
		assertThat(disguised.statusCode()).isEqualTo(415);
		assertThat(this.jdbc.sql("select count(*) from render_request").query(Long.class).single()).isZero();
	}

	@Test
	@Order(3)
	void overItsLimitAClientGets429WithRetryAfterWhateverItForwards() throws Exception {
		// 5 previews so far; 3 more are allowed this minute
		for (int i = 0; i < 3; i++) {
			assertThat(preview(fields("Interreg Euro-MED", "en")).statusCode()).isEqualTo(200);
		}
		HttpResponse<String> refused = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/previews"))
				.header("X-Forwarded-For", "203.0.113.77")
				.header("Content-Type", "multipart/form-data; boundary=x")
				.POST(HttpRequest.BodyPublishers.ofString("--x--\r\n"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
		assertThat(retryAfter).isBetween(1L, 60L);
		JsonNode problem = client().json(refused.body());
		assertThat(problem.get("status").asInt()).isEqualTo(429);
		assertThat(problem.get("detail").asString()).contains("at most 8 per 60 s");

		// submissions have their own limits: here 2 per contact email and 4 per address in 10 minutes
		assertThat(client().submit(submission("comms@one.example")).statusCode()).isEqualTo(202);
		assertThat(client().submit(submission("comms@one.example")).statusCode()).isEqualTo(202);
		HttpResponse<String> sameEmail = client().submit(submission("COMMS@one.example"));
		assertThat(sameEmail.statusCode()).as(sameEmail.body()).isEqualTo(429);
		assertThat(sameEmail.headers().firstValue("Retry-After")).isPresent();
		assertThat(client().json(sameEmail.body()).get("detail").asString()).contains("for this email address");
		assertThat(client().submit(submission("comms@two.example")).statusCode()).isEqualTo(202);
		HttpResponse<String> sameAddress = client().submit(submission("comms@three.example"));
		assertThat(sameAddress.statusCode()).isEqualTo(429);
		assertThat(client().json(sameAddress.body()).get("detail").asString()).contains("Too many submissions");
		assertThat(this.jdbc.sql("select count(*) from render_request").query(Long.class).single()).isEqualTo(3);
	}

	@Test
	@Order(4)
	void downloadsAndStaffSignInsAreLimitedPerAddress() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(client().get("/d/not-a-token-" + i).statusCode()).isEqualTo(404);
		}
		assertThat(client().get("/d/not-a-token").statusCode()).isEqualTo(429);
		HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
		// a forged sign-in (no CSRF token) is refused first and uses none of the address's attempts
		HttpRequest forged = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=staff&password=guess"))
			.build();
		for (int i = 0; i < 3; i++) {
			assertThat(http.send(forged, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
		}
		String page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();
		HttpRequest login = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=staff&password=guess&_csrf=" + token.group(1)))
			.build();
		for (int i = 0; i < 2; i++) {
			assertThat(http.send(login, HttpResponse.BodyHandlers.ofString()).statusCode()).as("a failed sign-in")
				.isEqualTo(302);
		}
		HttpResponse<String> locked = http.send(login, HttpResponse.BodyHandlers.ofString());
		assertThat(locked.statusCode()).isEqualTo(429);
		assertThat(locked.headers().firstValue("Retry-After")).isPresent();
	}

	@Test
	@Order(5)
	void everyPageCarriesTheSecurityHeaders() throws Exception {
		for (String path : java.util.List.of("/", "/login", "/api/render-requests/unknown")) {
			HttpResponse<String> page = client().get(path);
			String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
			assertThat(csp).as(path).contains("script-src 'self';").contains("frame-ancestors 'none'")
				.contains("object-src 'none'");
			assertThat(csp.split("script-src")[1].split(";")[0]).doesNotContain("unsafe-inline");
			assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(page.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
			assertThat(page.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
		}
	}

	static Map<String, Object> submission(String email) {
		return form("programmeName", "Interreg Euro-MED", "language", "en", "contactEmail", email, "logo",
				new FilePart("logo.png", "image/png", Fixtures.png(40, 20)), "assets", "social");
	}

}
