package eu.interreg.cooperationday.studio.competition;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import eu.interreg.cooperationday.studio.storage.AssetStore;
import eu.interreg.cooperationday.studio.support.Axe;
import eu.interreg.cooperationday.studio.support.Chromium;
import eu.interreg.cooperationday.studio.support.ExifJpeg;
import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.Mails;
import eu.interreg.cooperationday.studio.support.NuChecker;
import eu.interreg.cooperationday.studio.support.StudioClient;
import eu.interreg.cooperationday.studio.support.StudioClient.FilePart;
import eu.interreg.cooperationday.studio.support.StudioProcess;
import eu.interreg.cooperationday.studio.support.TestStudio;

import static eu.interreg.cooperationday.studio.support.StudioClient.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The competition in a real browser (Debian's chromium, headless; skipped with the reason where it is not
 * installed): a visitor votes by keyboard alone and confirms from the email; axe-core finds no WCAG 2.2 AA
 * violation on the public page, the refused vote, the confirmation, the entry form, the console with a
 * flagged entry and the jury's page; the Nu HTML Checker none on them. Screenshots go to
 * {@code target/test-output/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CompetitionBrowserIT {

	static final Path SHOTS = Path.of("target/test-output/screenshots");

	static final ServerSetup SMTP = ServerSetupTest.SMTP.port(freePort());

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(SMTP).withPerMethodLifecycle(false);

	static WebDriver browser;

	/** Each page's HTML as the browser had it, for the Nu HTML Checker. */
	static final Map<String, String> PAGES = new LinkedHashMap<>();

	static String entry;

	static String ownerLink;

	private static int freePort() {
		try {
			return StudioProcess.freePort();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestStudio.embedded(registry);
		TestStudio.smtp(registry, SMTP);
		registry.add("studio.staff.username", () -> "staff-vote");
		registry.add("studio.staff.password", () -> "vote-pass-1");
		registry.add("studio.staff.jurors[0]", () -> "staff-vote");
	}

	@BeforeAll
	static void start() throws Exception {
		Chromium.assumeInstalled();
		Files.createDirectories(SHOTS);
		browser = Chromium.start(1280, 1400);
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.quit();
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AssetStore store;

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	@Test
	@Order(1)
	void anEditionInItsVoteWithTwoEntries() throws Exception {
		StudioClient client = new StudioClient(this.port);
		HttpResponse<String> accepted = client.submit(form("programmeName", "Interreg Euregio Meuse-Rhine", "language", "en",
				"contactEmail", "comms@emr.example", "logo", new FilePart("logo.png", "image/png", Fixtures.png(400, 200)),
				"eventTitle", "Euregio picnic", "eventDate", "2026-09-19", "eventCity", "Maastricht", "eventCountry", "NL",
				"assets", "social"));
		String request = client.json(accepted.body()).get("id").asString();
		assertThat(client.awaitFinished(request, Duration.ofSeconds(120)).get("status").asString()).isEqualTo("DONE");
		Map<String, Object> page = this.jdbc.sql("select slug, share_key from share_page where request_id = ?").param(request)
			.query().singleRow();
		ownerLink = "/p/" + page.get("slug") + "/competition?key=" + page.get("share_key");
		String event = this.jdbc.sql("select id from campaign_event where request_id = ?").param(request).query(String.class).single();
		Instant now = Instant.now();
		this.jdbc.sql("""
				insert into competition_edition (id, title, zone, entry_opens, entry_closes, voting_opens, voting_closes, jury_weight, created_at)
				values ('2026', 'Interreg Cooperation Day 2026: the competition', 'Europe/Brussels', ?, ?, ?, ?, 70, ?)
				""").params(ts(now.minusSeconds(3 * 86400)), ts(now.minusSeconds(2 * 86400)), ts(now.minusSeconds(86400)),
						ts(now.plusSeconds(86400)), ts(now)).update();
		this.jdbc.sql("insert into competition_category (id, edition_id, name, criteria, ordinal) values ('best-event', '2026', 'Best local event', 'originality\nparticipation', 0)").update();
		this.jdbc.sql("insert into competition_category (id, edition_id, name, criteria, ordinal) values ('youth', '2026', 'Best youth event', 'young people''s part', 1)").update();
		entry = "entrybrowser";
		for (String[] e : new String[][] { { entry, "best-event" }, { "entryyouth01", "youth" } }) {
			this.jdbc.sql("""
					insert into competition_entry (id, edition_id, category_id, request_id, event_id, programme, event_title, event_date,
					    language, story, summary_en, attendees, consent, status, created_at, updated_at)
					values (?, '2026', ?, ?, ?, 'Interreg Euregio Meuse-Rhine', 'Euregio picnic', DATE '2026-09-19', 'nl',
					    'Honderden mensen aten samen aan de Maas.', 'Hundreds ate together by the Meuse.', 300, true, 'ENTERED', ?, ?)
					""").params(e[0], e[1], request, event, ts(now), ts(now)).update();
		}
		byte[] photo = ExifJpeg.withGps(640, 400, 1);
		this.store.put("competition/2026/" + entry + "/1-seed.jpg", photo, "image/jpeg", eu.interreg.cooperationday.studio.system.Sha256.hex(photo));
		this.jdbc.sql("insert into competition_photo (entry_id, ordinal, object_key, width, height, alt, sha256) values (?, 1, ?, 640, 400, 'Families at long tables by the river', 'x')")
			.params(entry, "competition/2026/" + entry + "/1-seed.jpg").update();
	}

	private static Timestamp ts(Instant at) {
		return Timestamp.from(at);
	}

	@Test
	@Order(2)
	void aVisitorVotesByKeyboardAloneAndConfirmsFromTheEmail() throws Exception {
		browser.get(url("/competition/2026"));
		WebElement body = browser.findElement(By.tagName("body"));
		assertThat(body.getText()).contains("Voting is open until");
		shot("competition");
		String email = "email-" + entry;
		tabTo(email);
		new Actions(browser).sendKeys("someone@mailinator.com").perform();
		new Actions(browser).sendKeys(Keys.TAB).perform();
		assertThat(active().getAttribute("id")).isEqualTo("vote-" + entry);
		new Actions(browser).sendKeys(Keys.ENTER).perform();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until((d) -> !d.findElements(By.id("error-" + entry)).isEmpty());
		assertThat(browser.findElement(By.id("error-" + entry)).getText()).contains("disposable");
		assertThat(browser.findElement(By.id(email)).getAttribute("aria-invalid")).isEqualTo("true");
		assertNoViolations("the refused vote");

		WebElement field = browser.findElement(By.id(email));
		tabTo(email);
		new Actions(browser).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE)
			.sendKeys("Keyboard.Voter@example.org").perform();
		assertThat(field.getAttribute("value")).isEqualTo("Keyboard.Voter@example.org");
		new Actions(browser).sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until((d) -> d.getCurrentUrl().contains("sent=" + entry));
		assertThat(browser.findElement(By.id("sent-" + entry)).getText()).contains("Check your inbox");
		assertNoViolations("the competition's page");

		MimeMessage mail = await().atMost(Duration.ofSeconds(30))
			.until(() -> List.of(smtp.getReceivedMessagesForDomain("keyboard.voter@example.org")), (m) -> !m.isEmpty())
			.get(0);
		Matcher link = Pattern.compile("http://[^\\s]+/competition/vote/[A-Za-z0-9_-]{43}").matcher(Mails.part(mail, "text/plain"));
		assertThat(link.find()).isTrue();
		browser.get(link.group());
		assertThat(browser.findElement(By.id("counted")).getText()).isEqualTo("Thank you: your vote counts.");
		assertNoViolations("the confirmation");
		PAGES.put("voted", new StudioClient(this.port).get(link.group()).body());
		assertThat(this.jdbc.sql("select count(*) from competition_vote where entry_id = ?").param(entry).query(Long.class).single())
			.isEqualTo(1L);
	}

	@Test
	@Order(3)
	void theEntryFormTheFlaggedConsoleAndTheJuryPageHaveNoViolations() throws Exception {
		browser.get(url(ownerLink));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Interreg Euregio Meuse-Rhine");
		assertNoViolations("the entry page");
		// a burst of twelve votes asked from one network within two minutes
		Instant now = Instant.now();
		for (int i = 0; i < 12; i++) {
			this.jdbc.sql("insert into competition_vote_link (token_sha256, entry_id, network, asked_at, expires_at) values (?, ?, '198.51.100.0/24', ?, ?)")
				.params("burst" + i, entry, ts(now.minusSeconds(10 * i)), ts(now.plusSeconds(86400))).update();
		}
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys("staff-vote");
		browser.findElement(By.id("password")).sendKeys("vote-pass-1");
		browser.findElement(By.id("password")).submit();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until((d) -> d.getCurrentUrl().endsWith("/staff"));
		browser.get(url("/staff/competition"));
		WebElement row = browser.findElement(By.id("row-" + entry));
		assertThat(row.getAttribute("class")).contains("flagged");
		assertThat(row.getText()).contains("Flagged: 12 votes from 198.51.100.0/24 within 10 minutes");
		shot("competition-console-flagged");
		assertNoViolations("the console");
		browser.get(url("/staff/competition/2026/jury"));
		assertThat(browser.findElement(By.id("votes-" + entry)).getText()).contains("shown once you have scored");
		assertNoViolations("the jury's page");
		// the pages as served (a browser's DOM has no doctype), for the Nu HTML Checker
		StudioClient client = new StudioClient(this.port);
		java.net.http.HttpClient staff = client.signedIn("staff-vote", "vote-pass-1");
		PAGES.put("competition", client.get("/competition/2026").body());
		PAGES.put("vote-refused", client.postForm("/competition/2026/vote", Map.of("entry", entry, "email", "x@mailinator.com")).body());
		PAGES.put("enter", client.get(ownerLink).body());
		for (String[] staffPage : new String[][] { { "console", "/staff/competition" }, { "jury", "/staff/competition/2026/jury" } }) {
			PAGES.put(staffPage[0], staff.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(staffPage[1]))).build(),
					HttpResponse.BodyHandlers.ofString()).body());
		}
		assertThat(PAGES.get("vote-refused")).contains("disposable");
		Optional<Path> vnu = NuChecker.jar();
		if (vnu.isPresent()) {
			String report = NuChecker.errors(vnu.get(), PAGES, Path.of("target/test-output/html-competition"));
			System.out.println("vnu over " + PAGES.keySet() + ": " + (report.isBlank() ? "no errors" : report));
			assertThat(report).as("vnu --errors-only").isBlank();
		}
	}

	/** Presses Tab from where the focus is until {@code id} has it (at most 80 times). */
	private static void tabTo(String id) {
		for (int i = 0; i < 80 && !id.equals(active().getAttribute("id")); i++) {
			new Actions(browser).sendKeys(Keys.TAB).perform();
		}
		assertThat(active().getAttribute("id")).as("reached by Tab").isEqualTo(id);
	}

	private static WebElement active() {
		return browser.switchTo().activeElement();
	}

	private static void assertNoViolations(String what) throws Exception {
		Optional<String> axe = Axe.script();
		if (axe.isPresent()) {
			assertThat(Axe.violations(browser, axe.get())).as("axe on " + what).isEmpty();
		}
	}

	private static void shot(String name) throws Exception {
		Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

}
