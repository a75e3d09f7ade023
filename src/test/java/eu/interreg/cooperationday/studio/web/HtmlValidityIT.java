package eu.interreg.cooperationday.studio.web;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.StudioClient;
import eu.interreg.cooperationday.studio.support.TestStudio;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page and the ready email pass the Nu HTML Checker (vnu) with no error: the form (also after a
 * refusal that echoes an invalid date, email and link), the sign-in page, a bilingual request's status
 * and share pages, the staff console, its figures, an email's preview and the email itself. Runs where
 * vnu.jar is present ({@code STUDIO_IT_VNU_JAR}; {@code .ci/run} installs it from npm's vnu-jar) and is
 * skipped with that reason elsewhere. The pages are kept in {@code target/test-output/html}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HtmlValidityIT {

	static final Path PAGES = Path.of("target/test-output/html");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestStudio.embedded(registry);
		registry.add("studio.staff.username", () -> "staff-html");
		registry.add("studio.staff.password", () -> "html-pass-1");
	}

	@LocalServerPort
	int port;

	@Test
	void everyPageAndTheEmailHaveNoHtmlErrors() throws Exception {
		String vnu = System.getenv().getOrDefault("STUDIO_IT_VNU_JAR", "");
		Assumptions.assumeTrue(!vnu.isBlank() && Files.isRegularFile(Path.of(vnu)),
				"the Nu HTML Checker is not installed (npm install vnu-jar; STUDIO_IT_VNU_JAR names its vnu.jar)");
		Files.createDirectories(PAGES);
		StudioClient client = new StudioClient(this.port);
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("form", get(browser, "/"));
		pages.put("login", get(browser, "/login"));
		pages.put("form-refused", client.submitForm(StudioClient.form("programmeName", "Interreg Refused", "language", "de",
				"contactEmail", "not-an-address", "eventDate", "21/09/2026", "eventUrl", "nicht eine Adresse", "logo",
				new StudioClient.FilePart("logo.svg", "image/svg+xml", Fixtures.svg()))).body());
		assertThat(pages.get("form-refused")).contains("eventDate-error");

		HttpResponse<String> accepted = client.submit(StudioClient.form("programmeName", "Interreg Deutschland-Nederland",
				"language", "de", "secondLanguage", "nl", "contactEmail", "comms@dnl.example", "logo",
				new StudioClient.FilePart("logo.svg", "image/svg+xml", Fixtures.svg()), "eventTitle", "Grenzfest", "eventDate",
				"2026-09-21", "eventVenue", "Kleve", "assets", "posters,social"));
		String id = client.json(accepted.body()).get("id").asString();
		JsonNode status = client.awaitFinished(id, Duration.ofSeconds(120));
		assertThat(status.get("status").asString()).isEqualTo("DONE");
		pages.put("status", get(browser, "/requests/" + id));
		pages.put("share", get(browser, URI.create(status.get("shareUrl").asString()).getPath()));

		String login = get(browser, "/login");
		Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(login);
		assertThat(csrf.find()).isTrue();
		browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=staff-html&password=html-pass-1&_csrf="
					+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.discarding());
		pages.put("staff", get(browser, "/staff"));
		pages.put("stats", get(browser, "/staff/stats"));
		Matcher email = Pattern.compile("/staff/emails/\\d+").matcher(pages.get("staff"));
		assertThat(email.find()).as("an email in the outbox").isTrue();
		String preview = get(browser, email.group());
		pages.put("email-preview", preview);
		Matcher body = Pattern.compile("srcdoc=\"([^\"]*)\"").matcher(preview);
		assertThat(body.find()).isTrue();
		pages.put("email", org.springframework.web.util.HtmlUtils.htmlUnescape(body.group(1)));

		for (Map.Entry<String, String> page : pages.entrySet()) {
			Files.writeString(PAGES.resolve(page.getKey() + ".html"), page.getValue());
		}
		Process checker = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", vnu,
				"--errors-only", "--skip-non-html", PAGES.toString()).redirectErrorStream(true).start();
		String report = new String(checker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(checker.waitFor(120, TimeUnit.SECONDS)).isTrue();
		System.out.println("vnu over " + pages.keySet() + ": " + (report.isBlank() ? "no errors" : report));
		assertThat(report).as("vnu --errors-only").isBlank();
		assertThat(checker.exitValue()).isZero();
	}

	private String get(HttpClient browser, String path) throws Exception {
		HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		return page.body();
	}

}
