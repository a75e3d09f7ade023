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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.NuChecker;
import eu.interreg.cooperationday.studio.support.StudioClient;
import eu.interreg.cooperationday.studio.support.TestStudio;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page and the ready email pass the checkers our users' tools run, over one bilingual request with
 * its video (so its status and share pages have the player, its captions and descriptions tracks and the
 * transcript):
 * <ul>
 * <li>the Nu HTML Checker (vnu) with no error: the form (also after a refusal that echoes an invalid date,
 * email and link), the sign-in page, the status and share pages, the staff console, its figures, an
 * email's preview and the email itself ({@code STUDIO_IT_VNU_JAR}; {@code .ci/run} installs npm's vnu-jar);</li>
 * <li>Lighthouse (accessibility 100, cumulative layout shift under 0.05) on the form, the sign-in page,
 * the status and share pages and the staff console, in headless Chromium ({@code STUDIO_IT_LIGHTHOUSE}
 * names its command; {@code .ci/run} installs npm's lighthouse).</li>
 * </ul>
 * Each is skipped, saying why, where its checker is not installed. The pages are kept in
 * {@code target/test-output/html}, Lighthouse's reports in {@code target/test-output/lighthouse}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlValidityIT {

	static final Path PAGES = Path.of("target/test-output/html");

	static final Path LIGHTHOUSE = Path.of("target/test-output/lighthouse");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestStudio.embedded(registry);
		registry.add("studio.staff.username", () -> "staff-html");
		registry.add("studio.staff.password", () -> "html-pass-1");
	}

	@LocalServerPort
	int port;

	/** Each page's HTML, by name. */
	private final Map<String, String> pages = new LinkedHashMap<>();

	/** Each page Lighthouse loads, by name: its path, and whether it needs the staff's session. */
	private final Map<String, String> paths = new LinkedHashMap<>();

	private final CookieManager cookies = new CookieManager();

	@BeforeAll
	void collectThePages() throws Exception {
		Assumptions.assumeTrue(!System.getenv().getOrDefault("STUDIO_IT_VNU_JAR", "").isBlank()
				|| !System.getenv().getOrDefault("STUDIO_IT_LIGHTHOUSE", "").isBlank(),
				"neither the Nu HTML Checker nor Lighthouse is installed (STUDIO_IT_VNU_JAR, STUDIO_IT_LIGHTHOUSE)");
		StudioClient client = new StudioClient(this.port);
		HttpClient browser = HttpClient.newBuilder().cookieHandler(this.cookies).build();
		page(browser, "form", "/");
		page(browser, "login", "/login");
		this.pages.put("form-refused", client.submitForm(StudioClient.form("programmeName", "Interreg Refused", "language", "de",
				"contactEmail", "not-an-address", "eventDate", "21/09/2026", "eventUrl", "nicht eine Adresse", "logo",
				new StudioClient.FilePart("logo.svg", "image/svg+xml", Fixtures.svg()))).body());
		assertThat(this.pages.get("form-refused")).contains("eventDate-error");

		HttpResponse<String> accepted = client.submit(StudioClient.form("programmeName", "Interreg Deutschland-Nederland",
				"language", "de", "secondLanguage", "nl", "contactEmail", "comms@dnl.example", "logo",
				new StudioClient.FilePart("logo.svg", "image/svg+xml", Fixtures.svg()), "eventTitle", "Grenzfest", "eventDate",
				"2026-09-21", "eventVenue", "Kleve", "eventCity", "Kleve", "eventCountry", "DE", "assets", "posters,social,video"));
		String id = client.json(accepted.body()).get("id").asString();
		JsonNode status = client.awaitFinished(id, Duration.ofSeconds(180));
		assertThat(status.get("status").asString()).isEqualTo("DONE");
		page(browser, "status", "/requests/" + id);
		page(browser, "share", URI.create(status.get("shareUrl").asString()).getPath());
		assertThat(this.pages.get("share")).contains("<video");

		String login = get(browser, "/login");
		Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(login);
		assertThat(csrf.find()).isTrue();
		browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=staff-html&password=html-pass-1&_csrf="
					+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.discarding());
		page(browser, "staff", "/staff");
		page(browser, "stats", "/staff/stats");
		Matcher email = Pattern.compile("/staff/emails/\\d+").matcher(this.pages.get("staff"));
		assertThat(email.find()).as("an email in the outbox").isTrue();
		String preview = get(browser, email.group());
		this.pages.put("email-preview", preview);
		Matcher body = Pattern.compile("srcdoc=\"([^\"]*)\"").matcher(preview);
		assertThat(body.find()).isTrue();
		this.pages.put("email", org.springframework.web.util.HtmlUtils.htmlUnescape(body.group(1)));
		// the campaign's pages, for the Nu HTML Checker (axe-core checks them in EventsBrowserIT)
		this.pages.put("events", get(browser, "/events"));
		Matcher event = Pattern.compile("/events/[a-z0-9]{10}").matcher(this.pages.get("events"));
		assertThat(event.find()).as("the request's event is listed").isTrue();
		this.pages.put("event", get(browser, event.group()));
		String slug = URI.create(status.get("shareUrl").asString()).getPath().substring(3);
		this.pages.put("embed", get(browser, "/embed/events?programme=" + slug + "&theme=dark"));
		Matcher manage = Pattern.compile("/p/[a-z0-9-]+/events\\?key=[A-Za-z0-9_-]+").matcher(this.pages.get("email"));
		assertThat(manage.find()).as("the events link in the email").isTrue();
		this.pages.put("manage", get(browser, manage.group()));
		this.pages.put("share-owner", get(browser, manage.group().replace("/events?key=", "?key=")));
		assertThat(this.pages.get("share-owner")).contains("id=\"owner\"");
		this.pages.put("impact", get(browser, "/staff/impact"));
		this.pages.put("handles", get(browser, "/requests/" + id + "/kit/handles"));
	}

	@Test
	void everyPageAndTheEmailHaveNoHtmlErrors() throws Exception {
		java.util.Optional<Path> vnu = NuChecker.jar();
		Assumptions.assumeTrue(vnu.isPresent(),
				"the Nu HTML Checker is not installed (npm install vnu-jar; STUDIO_IT_VNU_JAR names its vnu.jar)");
		String report = NuChecker.errors(vnu.get(), this.pages, PAGES);
		System.out.println("vnu over " + this.pages.keySet() + ": " + (report.isBlank() ? "no errors" : report));
		assertThat(report).as("vnu --errors-only").isBlank();
	}

	@Test
	void lighthouseScoresEveryPageAccessibility100WithoutLayoutShift() throws Exception {
		String lighthouse = System.getenv().getOrDefault("STUDIO_IT_LIGHTHOUSE", "");
		String chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
			.filter((path) -> Files.isExecutable(Path.of(path)))
			.findFirst()
			.orElse(null);
		Assumptions.assumeTrue(!lighthouse.isBlank() && Files.isExecutable(Path.of(lighthouse)),
				"Lighthouse is not installed (npm install lighthouse; STUDIO_IT_LIGHTHOUSE names its command)");
		Assumptions.assumeTrue(chromium != null, "Chromium is not installed (apt-get install chromium)");
		Files.createDirectories(LIGHTHOUSE);
		String session = this.cookies.getCookieStore().getCookies().stream()
			.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
		Map<String, String> scores = new LinkedHashMap<>();
		for (Map.Entry<String, String> page : this.paths.entrySet()) {
			Path report = LIGHTHOUSE.resolve(page.getKey() + ".json");
			List<String> command = new ArrayList<>(List.of(lighthouse, "http://localhost:" + this.port + page.getValue(),
					"--quiet", "--output=json", "--output-path=" + report.toAbsolutePath(),
					"--only-categories=accessibility,performance", "--preset=desktop",
					"--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"));
			if (page.getValue().startsWith("/staff")) {
				command.add("--extra-headers=" + tools.jackson.databind.json.JsonMapper.builder().build()
					.writeValueAsString(Map.of("Cookie", session)));
			}
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
			builder.environment().put("CHROME_PATH", chromium);
			Process run = builder.start();
			String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(run.waitFor(180, TimeUnit.SECONDS)).as(page.getKey()).isTrue();
			assertThat(run.exitValue()).as(page.getKey() + ": " + output).isZero();
			JsonNode result = tools.jackson.databind.json.JsonMapper.builder().build().readTree(report.toFile());
			assertThat(result.get("finalDisplayedUrl").asString()).as("not sent to sign in")
				.endsWith(page.getValue());
			double accessibility = result.get("categories").get("accessibility").get("score").asDouble();
			double shift = result.get("audits").get("cumulative-layout-shift").get("numericValue").asDouble();
			List<String> failed = new ArrayList<>();
			for (JsonNode ref : result.get("categories").get("accessibility").get("auditRefs")) {
				JsonNode audit = result.get("audits").get(ref.get("id").asString());
				if (ref.get("weight").asDouble() > 0 && audit.get("score").isNumber() && audit.get("score").asDouble() < 1) {
					failed.add(audit.get("id").asString());
				}
			}
			scores.put(page.getKey(), String.format(java.util.Locale.ROOT, "accessibility %.0f, CLS %.3f%s",
					accessibility * 100, shift, failed.isEmpty() ? "" : " " + failed));
			assertThat(accessibility).as(page.getKey() + " accessibility, failing " + failed).isEqualTo(1.0);
			assertThat(shift).as(page.getKey() + " cumulative layout shift").isLessThan(0.05);
		}
		System.out.println("Lighthouse " + scores);
	}

	private void page(HttpClient browser, String name, String path) throws Exception {
		this.pages.put(name, get(browser, path));
		this.paths.put(name, path);
	}

	private String get(HttpClient browser, String path) throws Exception {
		HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		return page.body();
	}

}
