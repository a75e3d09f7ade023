package eu.interreg.cooperationday.studio.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import eu.interreg.cooperationday.studio.support.Axe;
import eu.interreg.cooperationday.studio.support.Chromium;
import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.PdfText;
import eu.interreg.cooperationday.studio.support.StudioClient;
import eu.interreg.cooperationday.studio.support.TestStudio;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The form, the status page and the staff console in a real browser: Debian's chromium, headless,
 * driven by Selenium through chromedriver. Skipped, with the reason, where they are not installed
 * ({@code .ci/run} installs them). Screenshots go to {@code target/test-output/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserIT {

	static final Path SHOTS = Path.of("target/test-output/screenshots");

	static WebDriver browser;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestStudio.embedded(registry);
		registry.add("studio.staff.username", () -> "staff-browser");
		registry.add("studio.staff.password", () -> "browser-pass-1");
	}

	@BeforeAll
	static void start() throws Exception {
		Chromium.assumeInstalled();
		Files.createDirectories(SHOTS);
		browser = Chromium.start(1280, 1700);
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.quit();
		}
	}

	@LocalServerPort
	int port;

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	@Test
	void aCommunicatorAsksForPostersWatchesThemAndDownloadsThePdf() throws Exception {
		Path logo = Files.createTempFile("logo", ".svg");
		Files.write(logo, Fixtures.svg());
		browser.get(url("/"));
		assertThat(browser.getTitle()).contains("Cooperation Day");
		browser.findElement(By.id("programmeName")).sendKeys("Program Interreg Polska – Słowacja");
		new Select(browser.findElement(By.id("language"))).selectByValue("pl");
		// the labels take the chosen language as their second one, without a reload
		new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.textToBePresentInElementLocated(
				By.cssSelector("label[for=programmeName]"), "Nazwa programu"));
		assertThat(browser.findElement(By.cssSelector("label[for=programmeName] .local")).getAttribute("lang")).isEqualTo("pl");
		browser.findElement(By.id("contactEmail")).sendKeys("komunikacja@programme.example");
		browser.findElement(By.id("logo")).sendKeys(logo.toAbsolutePath().toString());
		WebElement preview = browser.findElement(By.id("logo-preview"));
		new WebDriverWait(browser, Duration.ofSeconds(5)).until((d) -> preview.isDisplayed());
		// the live preview follows the form: the square image at 540 px, drawn by the studio
		WebElement live = browser.findElement(By.id("preview-image"));
		new WebDriverWait(browser, Duration.ofSeconds(15)).until((d) -> live.isDisplayed()
				&& ((Number) ((JavascriptExecutor) d).executeScript("return arguments[0].naturalWidth", live)).intValue() == 540);
		String before = live.getAttribute("src");
		browser.findElement(By.id("programmeName")).sendKeys(" 2021–2027");
		new WebDriverWait(browser, Duration.ofSeconds(15)).until((d) -> !live.getAttribute("src").equals(before));
		browser.findElement(By.cssSelector("input[name=assets][value=video]")).click();
		browser.findElement(By.cssSelector("input[name=assets][value=social]")).click();
		screenshot("1-form");
		browser.findElement(By.id("submit")).click();

		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/requests/"));
		screenshot("2-status-rendering");
		new WebDriverWait(browser, Duration.ofSeconds(120))
			.until(ExpectedConditions.textToBe(By.id("status"), "DONE"));
		new WebDriverWait(browser, Duration.ofSeconds(10)).until((d) -> !d.findElements(By.id("download-all")).isEmpty());
		screenshot("3-status-done");
		assertThat(browser.findElement(By.id("progress-text")).getText()).contains("4 of 4");

		String pdfLink = browser.findElements(By.cssSelector("#assets tr"))
			.stream()
			.filter((row) -> row.getText().contains("poster · a4-print"))
			.findFirst()
			.orElseThrow()
			.findElement(By.cssSelector("a.download"))
			.getAttribute("href");
		HttpResponse<byte[]> pdf = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build()
			.send(HttpRequest.newBuilder(URI.create(pdfLink)).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			assertThat(PdfText.of(document)).contains("Program Interreg Polska – Słowacja 2021–2027");
		}
	}

	@Test
	void aFailingSubmissionShowsItsErrorNextToTheField() throws Exception {
		browser.get(url("/"));
		new Select(browser.findElement(By.id("language"))).selectByValue("de");
		browser.findElement(By.id("contactEmail")).sendKeys("not-an-email");
		browser.findElement(By.id("submit")).click();
		WebElement error = new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("programmeName-error")));
		assertThat(error.getText()).isEqualTo("The programme name is required.");
		assertThat(browser.findElement(By.id("programmeName")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.findElement(By.id("contactEmail-error")).getText()).contains("not a valid address");
		assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Please correct the form");
		assertThat(browser.findElement(By.id("contactEmail")).getAttribute("value")).isEqualTo("not-an-email");
		screenshot("4-form-errors");
	}

	@Test
	void staffSignInAndSeeTheJobsPage() throws Exception {
		startABulkRender();
		browser.manage().deleteAllCookies(); // signed out, whatever ran before
		browser.get(url("/staff"));
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
		browser.findElement(By.id("username")).sendKeys("staff-browser");
		browser.findElement(By.id("password")).sendKeys("browser-pass-1");
		browser.findElement(By.id("sign-in")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/staff"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Staff console");
		// this test's bulk render, and another test's when that one ran first
		assertThat(browser.findElements(By.cssSelector("#jobs tbody tr"))).isNotEmpty()
			.allSatisfy((row) -> assertThat(row.getText()).contains("/ min").contains("by staff-browser"));
		screenshot("5-staff-console");
	}

	/**
	 * Seeks the video to the middle of frame {@code n} and takes a screenshot of what chromium shows (the
	 * video comes from the object store, another origin, so a canvas could not read it), and compares it
	 * with frame {@code n} decoded from the file by FFmpeg, both scaled to 64 x 36: the mean difference of
	 * the colour values, 0 to 255.
	 */
	private static double frameDifference(JavascriptExecutor js, WebElement video, Path mp4, int n) throws Exception {
		js.executeAsyncScript("""
				const [video, time, done] = arguments;
				video.pause();
				video.controls = false;
				video.style.width = '640px';
				video.style.height = '360px';
				video.style.objectFit = 'fill';
				video.addEventListener('seeked', () => {
				  // two frames of the page later the seeked picture is on the screen
				  requestAnimationFrame(() => requestAnimationFrame(() => done(true)));
				}, { once: true });
				video.currentTime = time;
				""", video, (n + 0.5) / 30.0);
		java.awt.image.BufferedImage shown = javax.imageio.ImageIO
			.read(new java.io.ByteArrayInputStream(video.getScreenshotAs(OutputType.BYTES)));
		java.awt.image.BufferedImage browserFrame = small(shown);
		java.awt.image.BufferedImage fileFrame = small(eu.interreg.cooperationday.studio.support.Mp4Probe.frame(mp4, n));
		long sum = 0;
		for (int y = 0; y < browserFrame.getHeight(); y++) {
			for (int x = 0; x < browserFrame.getWidth(); x++) {
				int a = browserFrame.getRGB(x, y);
				int b = fileFrame.getRGB(x, y);
				for (int shift = 0; shift <= 16; shift += 8) {
					sum += Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF));
				}
			}
		}
		return sum / (3.0 * browserFrame.getWidth() * browserFrame.getHeight());
	}

	private static java.awt.image.BufferedImage small(java.awt.image.BufferedImage image) {
		java.awt.image.BufferedImage small = new java.awt.image.BufferedImage(64, 36, java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = small.createGraphics();
		g.drawImage(image.getScaledInstance(64, 36, java.awt.Image.SCALE_AREA_AVERAGING), 0, 0, null);
		g.dispose();
		return small;
	}

	@Test
	void aSharePageIsAccessibleByKeyboardAndPlaysItsCaptionedVideo() throws Exception {
		StudioClient client = new StudioClient(this.port);
		HttpResponse<String> accepted = client.submit(StudioClient.form("programmeName", "Interreg VI-A France-Italia ALCOTRA",
				"language", "it", "contactEmail", "comms@alcotra.example", "logo",
				new StudioClient.FilePart("logo.svg", "image/svg+xml", Fixtures.svg()), "eventTitle", "Festa della cooperazione",
				"eventDate", "2026-09-21", "eventVenue", "Torino, Piazza Castello", "eventUrl", "https://www.interreg-alcotra.eu/",
				"assets", "social,video"));
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String id = client.json(accepted.body()).get("id").asString();
		JsonNode status = client.awaitFinished(id, Duration.ofSeconds(120));
		assertThat(status.get("status").asString()).as(status.toString()).isEqualTo("DONE");

		browser.get(status.get("shareUrl").asString());
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Interreg VI-A France-Italia ALCOTRA");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("it");
		assertThat(browser.findElement(By.cssSelector("#event time")).getText()).isEqualTo("21 settembre 2026");
		@SuppressWarnings("unchecked")
		java.util.List<String> problems = (java.util.List<String>) ((JavascriptExecutor) browser)
			.executeScript(new String(BrowserIT.class.getResourceAsStream("/browser/a11y-check.js").readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8));
		assertThat(problems).as("WCAG checks of the share page").isEmpty();

		// the video loads in the browser with its captions track
		WebElement video = browser.findElement(By.id("video"));
		JavascriptExecutor js = (JavascriptExecutor) browser;
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until((d) -> ((Number) js.executeScript("return arguments[0].readyState", video)).intValue() >= 1
					|| js.executeScript("return arguments[0].error", video) != null);
		assertThat(js.executeScript("return arguments[0].error && arguments[0].error.message", video)).isNull();
		assertThat(((Number) js.executeScript("return arguments[0].duration", video)).doubleValue()).isGreaterThan(5);
		assertThat(js.executeScript("return arguments[0].textTracks[0].language", video)).isEqualTo("it");
		new WebDriverWait(browser, Duration.ofSeconds(10)).until((d) -> ((Number) js
			.executeScript("const t = arguments[0].textTracks[0]; return t.cues ? t.cues.length : 0", video)).intValue() > 0);

		// the video is stitched from kept scenes and the programme's own: after each join (frames 90, 225,
		// 300 and 405 of a video with an event, see SegmentReuseTest) chromium shows the frame the file has there
		String videoUrl = (String) js.executeScript("return arguments[0].currentSrc", video);
		Path mp4 = Files.createTempFile(Path.of("target"), "share-video-", ".mp4");
		try {
			Files.write(mp4, client.download(videoUrl).body());
			for (int frame : new int[] { 90, 225, 300, 405 }) {
				double shown = frameDifference(js, video, mp4, frame);
				System.out.printf("chromium at frame %d: mean difference %.2f from the file's frame %d%n", frame, shown, frame);
				assertThat(shown).as("chromium's frame %d against the file's (mean difference, 0-255)", frame).isLessThan(6);
			}
		}
		finally {
			Files.deleteIfExists(mp4);
		}

		// from the top of the page the keyboard reaches the skip link, the calendar file and the downloads
		browser.navigate().refresh();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until((d) -> "complete".equals(js.executeScript("return document.readyState")));
		java.util.List<String> focused = new java.util.ArrayList<>();
		for (int i = 0; i < 12; i++) {
			new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.TAB).perform();
			WebElement active = browser.switchTo().activeElement();
			focused.add(active.getTagName() + "#" + active.getAttribute("id") + ":" + active.getText());
		}
		assertThat(focused.get(0)).as(focused.toString()).contains("Skip to content");
		assertThat(focused).as("tab order").anyMatch((f) -> f.startsWith("a#calendar"))
			.anyMatch((f) -> f.startsWith("a#event-link"));
		screenshot("6-share-page");
		HttpResponse<String> ics = client.get(browser.findElement(By.id("calendar")).getAttribute("href"));
		assertThat(ics.body()).contains("DTSTART;VALUE=DATE:20260921");

		// staff see the page's view and the downloads on their dashboard
		browser.get(url("/staff/stats"));
		if (browser.getCurrentUrl().contains("/login")) {
			browser.findElement(By.id("username")).sendKeys("staff-browser");
			browser.findElement(By.id("password")).sendKeys("browser-pass-1");
			browser.findElement(By.id("sign-in")).click();
			new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/staff"));
			browser.get(url("/staff/stats"));
		}
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Campaign figures");
		assertThat(Long.parseLong(browser.findElement(By.id("total-views")).getText())).isGreaterThanOrEqualTo(1);
		assertThat(browser.findElement(By.id("downloads-chart")).getAttribute("role")).isEqualTo("img");
		assertThat(browser.findElement(By.cssSelector("#per-language tbody")).getText()).contains("it");
		screenshot("7-staff-stats");
	}

	@Test
	void aLogoOverTheLimitIsNamedBesideTheFieldBeforeAndAfterItIsSent() throws Exception {
		Path big = Files.createTempFile("big-logo", ".png");
		Files.write(big, new byte[11 * 1024 * 1024]);
		browser.get(url("/"));
		browser.findElement(By.id("programmeName")).sendKeys("Interreg Heavy Logo");
		new Select(browser.findElement(By.id("language"))).selectByValue("en");
		browser.findElement(By.id("contactEmail")).sendKeys("comms@heavy.example");
		browser.findElement(By.id("logo")).sendKeys(big.toAbsolutePath().toString());
		// at once, in the browser, in the API's words
		WebElement error = new WebDriverWait(browser, Duration.ofSeconds(5))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("logo-error")));
		assertThat(error.getText()).isEqualTo("The logo is larger than 10 MB.");
		assertThat(browser.findElement(By.id("logo")).getAttribute("aria-invalid")).isEqualTo("true");
		screenshot("8-form-logo-too-large");
		// a browser that sends it anyway (the check taken away) gets the form back, not raw JSON: 413, the
		// reason beside the logo field
		((JavascriptExecutor) browser).executeScript("const logo = document.getElementById('logo');"
				+ "logo.setCustomValidity(''); logo.removeAttribute('data-max-bytes'); logo.form.noValidate = true; HTMLFormElement.prototype.submit.call(logo.form);");
		WebElement refused = new WebDriverWait(browser, Duration.ofSeconds(20)).until((d) -> {
			java.util.List<WebElement> found = d.findElements(By.cssSelector("#logo-error"));
			return !found.isEmpty() && found.get(0).getText().contains("larger than 10 MB")
					&& d.findElements(By.id("error-summary")).size() == 1 ? found.get(0) : null;
		});
		assertThat(refused.getText()).startsWith("The logo is larger than 10 MB.");
		assertThat(browser.getPageSource()).doesNotContain("\"type\":\"about:blank\"");
		screenshot("9-form-413");
	}

	@Test
	void staffReadAnEmailOfTheOutboxAsItsRecipientWouldAndSeeHowToFillTheBulkCsv() throws Exception {
		StudioClient client = new StudioClient(this.port);
		HttpResponse<String> accepted = client.submit(StudioClient.form("programmeName", "Interreg Danube Region", "language",
				"de", "contactEmail", "comms@danube.example", "logo", new StudioClient.FilePart("logo.svg", "image/svg+xml",
						Fixtures.svg()), "assets", "posters"));
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String id = client.json(accepted.body()).get("id").asString();
		assertThat(client.awaitFinished(id, Duration.ofSeconds(120)).get("status").asString()).isEqualTo("DONE");
		signInTo("/staff");
		WebElement subject = new WebDriverWait(browser, Duration.ofSeconds(30)).until((d) -> {
			d.navigate().refresh();
			return d.findElements(By.xpath("//table[@id='outbox']//a[contains(., 'Interreg Danube Region')]")).stream()
				.findFirst()
				.orElse(null);
		});
		// the bulk form says what each column holds, with samples to download
		browser.findElement(By.cssSelector("#csv-columns summary")).click();
		assertThat(browser.findElement(By.id("csv-columns")).getText()).contains("YYYY-MM-DD")
			.contains("the logo's file name inside the zip");
		assertThat(browser.findElement(By.id("sample-csv")).getAttribute("href")).endsWith("/staff/bulk/sample.csv");
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("csv-columns")));
		screenshot("10-bulk-form");

		subject.click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/staff/emails/"));
		assertThat(browser.findElement(By.id("email-to")).getText()).isEqualTo("comms@danube.example");
		assertThat(browser.findElement(By.id("email-text")).getText()).contains("Plakate zum Drucken")
			.contains("A4-Plakat, Druck-PDF mit Beschnitt").contains("/download.zip");
		WebElement frame = browser.findElement(By.id("email-html"));
		assertThat(frame.getAttribute("sandbox")).isEmpty();
		browser.switchTo().frame(frame);
		assertThat(browser.findElement(By.tagName("body")).getText()).contains("Plakate zum Drucken")
			.contains("A3-Plakat, Druck-PDF mit Beschnitt").contains("Herunterladen");
		browser.switchTo().defaultContent();
		screenshot("11-email-preview");
	}

	@Test
	void thePreviewShowsWhyItCannotBeDrawnWhereThePersonLooks() throws Exception {
		Path gif = Files.createTempFile("logo", ".png");
		Files.write(gif, "GIF89a\u0001\0\u0001\0\0\0\0;".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
		browser.get(url("/"));
		browser.findElement(By.id("programmeName")).sendKeys("Interreg Wrong File");
		new Select(browser.findElement(By.id("language"))).selectByValue("en");
		browser.findElement(By.id("logo")).sendKeys(gif.toAbsolutePath().toString());
		// the preview section opens with the reason (it stayed hidden before), and the logo's own reason
		// stands beside the logo field
		WebElement status = new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("preview-status")));
		new WebDriverWait(browser, Duration.ofSeconds(15)).until((d) -> status.getText().contains("GIF"));
		assertThat(browser.findElement(By.id("live-preview")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.id("preview-image")).isDisplayed()).as("no broken picture").isFalse();
		assertThat(browser.findElement(By.id("logo-preview-error")).getText()).contains("GIF");
		screenshot("12-preview-error");
	}

	@Test
	void theStaffConsoleUpdatesWithoutReloadingAndLeavesAChosenFileAlone() throws Exception {
		signInTo("/staff");
		JavascriptExecutor js = (JavascriptExecutor) browser;
		js.executeScript("window.__sameDocument = true;");
		// a staff member has picked the bulk CSV: the form must keep it while the console updates
		Path csv = Files.createTempFile("programmes", ".csv");
		Files.writeString(csv, "code,name,language,contact_email,logo_file,event_title,event_date,event_venue,event_url\n");
		browser.findElement(By.id("programmes")).sendKeys(csv.toAbsolutePath().toString());
		StudioClient client = new StudioClient(this.port);
		HttpResponse<String> accepted = client.submit(StudioClient.form("programmeName", "Interreg Live Update", "language",
				"fr", "contactEmail", "comms@live.example", "logo", new StudioClient.FilePart("logo.svg", "image/svg+xml",
						Fixtures.svg()), "assets", "posters"));
		assertThat(accepted.statusCode()).isEqualTo(202);
		new WebDriverWait(browser, Duration.ofSeconds(40)).until(
				(d) -> d.findElement(By.id("live-requests")).getText().contains("Interreg Live Update"));
		assertThat(js.executeScript("return window.__sameDocument === true")).as("no reload").isEqualTo(true);
		assertThat(browser.findElement(By.id("live-status")).getAttribute("textContent")).contains("Updated").contains("requests");
		assertThat(browser.findElement(By.id("programmes")).getAttribute("value")).as("the chosen CSV is still chosen")
			.endsWith(csv.getFileName().toString());
		assertThat(browser.getPageSource()).doesNotContain("http-equiv=\"refresh\"");
	}

	/**
	 * axe-core finds nothing against WCAG 2.2 AA on any page a person sees: the form (empty, refused and
	 * with its live preview), sign-in, a finished bilingual request's status page and share page, the staff
	 * console, a bulk render's page, the figures and an email as staff read it.
	 */
	@Test
	void noPageBreaksWcag22AaForAxe() throws Exception {
		String axe = Axe.script().orElse(null);
		Assumptions.assumeTrue(axe != null,
				"axe-core is not installed (npm install axe-core; STUDIO_IT_AXE_JS names its axe.min.js)");
		StudioClient client = new StudioClient(this.port);
		HttpResponse<String> accepted = client.submit(StudioClient.form("programmeName", "Interreg Euregio Maas-Rijn",
				"language", "de", "secondLanguage", "nl", "contactEmail", "comms@emr.example", "logo",
				new StudioClient.FilePart("logo.svg", "image/svg+xml", Fixtures.svg()), "eventTitle", "Grenzfest",
				"eventDate", "2026-09-21", "eventVenue", "Aachen", "assets", "social"));
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String id = client.json(accepted.body()).get("id").asString();
		JsonNode status = client.awaitFinished(id, Duration.ofSeconds(120));
		assertThat(status.get("status").asString()).as(status.toString()).isEqualTo("DONE");
		startABulkRender();

		Map<String, List<String>> found = new LinkedHashMap<>();
		browser.get(url("/"));
		found.put("form", Axe.violations(browser, axe));
		browser.findElement(By.id("contactEmail")).sendKeys("not-an-email");
		browser.findElement(By.id("submit")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("programmeName-error")));
		found.put("form, refused", Axe.violations(browser, axe));
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		found.put("sign-in", Axe.violations(browser, axe));
		browser.get(url("/requests/" + id));
		found.put("status", Axe.violations(browser, axe));
		browser.get(status.get("shareUrl").asString());
		found.put("share", Axe.violations(browser, axe));
		signInTo("/staff");
		found.put("staff console", Axe.violations(browser, axe));
		WebElement email = new WebDriverWait(browser, Duration.ofSeconds(30)).until((d) -> {
			d.navigate().refresh();
			return d.findElements(By.xpath("//table[@id='outbox']//a[contains(., 'Euregio Maas-Rijn')]")).stream()
				.findFirst()
				.orElse(null);
		});
		String bulk = browser.findElements(By.xpath("//a[contains(@href, '/staff/bulk/')]")).stream()
			.map((a) -> a.getAttribute("href"))
			.findFirst()
			.orElseThrow();
		browser.get(email.getAttribute("href"));
		found.put("email, as staff read it", Axe.violations(browser, axe));
		browser.get(bulk);
		found.put("bulk render", Axe.violations(browser, axe));
		browser.get(url("/staff/stats"));
		found.put("figures", Axe.violations(browser, axe));
		System.out.println("axe-core (" + String.join(",", Axe.TAGS) + ") over " + found.keySet() + ": "
				+ found.values().stream().mapToInt(List::size).sum() + " violations");
		assertThat(found).allSatisfy((page, violations) -> assertThat(violations).as(page).isEmpty());
	}

	/** Opens {@code path} of the staff console, signing in first when the browser is not yet. */
	private void signInTo(String path) {
		browser.get(url(path));
		if (browser.getCurrentUrl().contains("/login")) {
			browser.findElement(By.id("username")).sendKeys("staff-browser");
			browser.findElement(By.id("password")).sendKeys("browser-pass-1");
			browser.findElement(By.id("sign-in")).click();
			new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/staff"));
			browser.get(url(path));
		}
	}

	/** One row through the staff API, so the jobs page has a job to show. */
	private void startABulkRender() throws Exception {
		java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
			out.putNextEntry(new java.util.zip.ZipEntry("logo.svg"));
			out.write(Fixtures.svg());
			out.closeEntry();
		}
		byte[] csv = ("code,name,language,contact_email,logo_file,event_title,event_date,event_venue,event_url\n"
				+ "BAL,Interreg Baltic Sea Region,lv,comms@programme.example,logo.svg,,,,\n")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		String boundary = "----browser" + UUID.randomUUID();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		for (Object[] part : new Object[][] { { "programmes", "programmes.csv", csv }, { "logos", "logos.zip", zip.toByteArray() } }) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part[0] + "\"; filename=\""
					+ part[1] + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
			body.writeBytes((byte[]) part[2]);
			body.writeBytes("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		HttpResponse<String> started = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/api/bulk-renders")))
				.header("Authorization", "Basic " + java.util.Base64.getEncoder()
					.encodeToString("staff-browser:browser-pass-1".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
	}

	private static void screenshot(String name) throws Exception {
		byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
		Files.write(SHOTS.resolve(name + ".png"), png);
	}

}
