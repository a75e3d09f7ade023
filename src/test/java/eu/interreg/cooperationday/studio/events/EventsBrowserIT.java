package eu.interreg.cooperationday.studio.events;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import eu.interreg.cooperationday.studio.support.Axe;
import eu.interreg.cooperationday.studio.support.Chromium;
import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.StudioClient;
import eu.interreg.cooperationday.studio.support.StudioClient.FilePart;
import eu.interreg.cooperationday.studio.support.TestStudio;

import static eu.interreg.cooperationday.studio.support.StudioClient.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The campaign map in a real browser (Debian's chromium, headless; skipped with the reason where it is not
 * installed): markers from the GeoJSON over tiles from the configured tile server (a local one here),
 * a marker reached with the keyboard and opened with Enter, and the widget inside an {@code <iframe>} of
 * another origin. Screenshots go to {@code target/test-output/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventsBrowserIT {

	static final Path SHOTS = Path.of("target/test-output/screenshots");

	/** Another origin: the map's tiles, and a programme's website that frames the widget. */
	static HttpServer elsewhere;

	static final AtomicInteger tiles = new AtomicInteger();

	static WebDriver browser;

	static String slug;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws IOException {
		TestStudio.embedded(registry);
		startElsewhere();
		registry.add("studio.staff.username", () -> "staff-map");
		registry.add("studio.staff.password", () -> "map-pass-1");
		registry.add("studio.impact.window", () -> "800d");
		registry.add("studio.impact.check-interval", () -> "1h");
		registry.add("studio.map.tiles", () -> "http://127.0.0.1:" + elsewhere.getAddress().getPort() + "/tiles/{z}/{x}/{y}.png");
	}

	static synchronized void startElsewhere() throws IOException {
		if (elsewhere != null) {
			return;
		}
		BufferedImage tile = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = tile.createGraphics();
		g.setColor(new Color(0xE2E8F0));
		g.fillRect(0, 0, 256, 256);
		g.setColor(new Color(0xCBD5E1));
		g.drawRect(0, 0, 255, 255);
		g.dispose();
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(tile, "png", png);
		elsewhere = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		elsewhere.createContext("/tiles/", (exchange) -> {
			tiles.incrementAndGet();
			exchange.getResponseHeaders().set("Content-Type", "image/png");
			exchange.sendResponseHeaders(200, png.size());
			exchange.getResponseBody().write(png.toByteArray());
			exchange.close();
		});
		elsewhere.createContext("/site.html", (exchange) -> {
			String query = exchange.getRequestURI().getRawQuery();
			byte[] page = ("<!doctype html><html lang=\"en\"><head><title>A programme's website</title></head><body>"
					+ "<h1>Our programme</h1><iframe id=\"widget\" title=\"Events\" width=\"600\" height=\"420\" src=\""
					+ query.replace("src=", "").replace("%3A", ":").replace("%2F", "/").replace("%3F", "?").replace("%3D", "=")
					+ "\"></iframe></body></html>").getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, page.length);
			exchange.getResponseBody().write(page);
			exchange.close();
		});
		elsewhere.start();
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
		if (elsewhere != null) {
			elsewhere.stop(0);
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ImpactReports impact;

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	@Test
	@Order(1)
	void theMapShowsTheEventsAndAMarkerIsReachedAndOpenedByKeyboard() throws Exception {
		StudioClient client = new StudioClient(this.port);
		HttpResponse<String> accepted = client.submit(form("programmeName", "Interreg Euregio Meuse-Rhine", "language", "nl",
				"contactEmail", "comms@emr.example", "logo", new FilePart("logo.png", "image/png", Fixtures.png(400, 200)),
				"eventTitle", "Euregio picnic", "eventDate", "2026-09-19", "eventCity", "Maastricht", "eventCountry", "NL",
				"assets", "social"));
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String id = client.json(accepted.body()).get("id").asString();
		assertThat(client.awaitFinished(id, Duration.ofSeconds(120)).get("status").asString()).isEqualTo("DONE");
		Map<String, Object> page = this.jdbc.sql("select slug, share_key from share_page where request_id = ?").param(id)
			.query().singleRow();
		slug = (String) page.get("slug");
		String action = url("/p/" + slug + "/events");
		String[][] more = { { "Scheldt stories", "2026-09-25", "Gent", "BE" }, { "Upper Rhine forum", "2026-09-19", "Strasbourg", "FR" },
				{ "Baltic harbours", "2026-09-27", "Gdańsk", "PL" }, { "Sava river day", "2026-10-05", "Београд", "RS" },
				{ "Atlantic coasts together", "2026-09-21", "Lisboa", "PT" } };
		for (String[] event : more) {
			Map<String, String> fields = new LinkedHashMap<>(Map.of("key", (String) page.get("share_key"), "title", event[0],
					"date", event[1], "city", event[2], "country", event[3], "start", "15:00"));
			assertThat(post(action, fields).statusCode()).isEqualTo(303);
		}

		browser.get(url("/events"));
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until((d) -> "6".equals(d.findElement(By.id("events-map")).getAttribute("data-markers")));
		new WebDriverWait(browser, Duration.ofSeconds(15)).until((d) -> tiles.get() > 0);
		List<?> icons = browser.findElements(By.cssSelector("#events-map .leaflet-marker-icon"));
		assertThat(icons).as("markers or clusters on the map").isNotEmpty();
		assertThat(browser.findElements(By.cssSelector("ol#past li.event, ol#upcoming li.event"))).hasSize(6);

		// from the filters, Tab by Tab, until a marker has the focus; Enter opens its popup
		browser.findElement(By.id("f-to")).click();
		JavascriptExecutor js = (JavascriptExecutor) browser;
		boolean onMarker = false;
		for (int i = 0; i < 40 && !onMarker; i++) {
			new Actions(browser).sendKeys(Keys.TAB).perform();
			onMarker = (Boolean) js.executeScript("return document.activeElement.classList.contains('leaflet-marker-icon')"
					+ " && !document.activeElement.classList.contains('marker-cluster')");
			if (!onMarker && (Boolean) js.executeScript("return document.activeElement.classList.contains('marker-cluster')")) {
				new Actions(browser).sendKeys(Keys.ENTER).perform(); // a cluster opens on Enter (zooms in)
				Thread.sleep(600);
			}
		}
		assertThat(onMarker).as("a marker takes the keyboard focus").isTrue();
		String label = (String) js.executeScript("return document.activeElement.getAttribute('aria-label')");
		assertThat(label).isNotBlank();
		new Actions(browser).sendKeys(Keys.ENTER).perform();
		new WebDriverWait(browser, Duration.ofSeconds(5))
			.until((d) -> !d.findElements(By.cssSelector(".leaflet-popup-content a")).isEmpty());
		assertThat(label).startsWith(browser.findElement(By.cssSelector(".leaflet-popup-content a")).getText().replace(" (cancelled)", ""));
		screenshot("events-1-map");
		js.executeScript("window.scrollTo(0, 0)");

		String axe = Axe.script().orElse(null);
		if (axe != null) {
			Map<String, List<String>> found = new LinkedHashMap<>();
			found.put("events", Axe.violations(browser, axe));
			browser.get(url(browser.findElement(By.cssSelector("ol li.event h3 a")).getAttribute("href").replace(url(""), "")));
			found.put("event page", Axe.violations(browser, axe));
			browser.get(url("/p/" + slug + "/events?key=" + page.get("share_key")));
			found.put("manage", Axe.violations(browser, axe));
			browser.get(url("/p/" + slug + "?key=" + page.get("share_key")));
			assertThat(browser.findElements(By.id("owner"))).as("the owner's box").hasSize(1);
			found.put("share page, its owner's", Axe.violations(browser, axe));
			browser.get(url("/embed/events?programme=" + slug));
			found.put("embed", Axe.violations(browser, axe));
			browser.get(url("/embed/events?programme=" + slug + "&theme=dark"));
			found.put("embed, dark", Axe.violations(browser, axe));
			browser.get(url("/requests/" + id + "/kit/handles"));
			found.put("handles", Axe.violations(browser, axe));
			browser.get(url("/requests/" + id));
			found.put("status, with the kit", Axe.violations(browser, axe));
			System.out.println("axe-core on the campaign pages: " + found);
			assertThat(found).allSatisfy((where, violations) -> assertThat(violations).as(where).isEmpty());
		}
	}

	@Test
	@Order(2)
	void theWidgetLoadsInsideAnIframeOfAnotherOrigin() throws Exception {
		String widget = url("/embed/events?programme=" + slug);
		browser.get("http://127.0.0.1:" + elsewhere.getAddress().getPort() + "/site.html?src="
				+ URLEncoder.encode(widget, StandardCharsets.UTF_8));
		assertThat(browser.getTitle()).isEqualTo("A programme's website");
		browser.switchTo().frame(browser.findElement(By.id("widget")));
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until((d) -> !d.findElements(By.cssSelector("ol.events li")).isEmpty());
		assertThat(browser.findElements(By.cssSelector("ol.events li"))).hasSize(6);
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
		browser.switchTo().defaultContent();
		screenshot("events-2-widget-in-a-site");
	}

	@Test
	@Order(3)
	void aCommunicatorReportsTheFiguresAndStaffSeeTheDashboard() throws Exception {
		assertThat(this.impact.remindDue()).isEqualTo(6);
		List<Map<String, Object>> reports = this.jdbc.sql("select event_id, report_key from event_report order by event_id")
			.query().listOfRows();
		for (int i = 0; i < reports.size(); i++) {
			browser.get(url("/events/" + reports.get(i).get("event_id") + "/report?key=" + reports.get(i).get("report_key")));
			browser.findElement(By.id("attendees")).sendKeys(String.valueOf(40 * (i + 1)));
			browser.findElement(By.id("reach")).sendKeys(String.valueOf(2500 * (i + 1)));
			browser.findElement(By.id("satisfaction")).sendKeys(String.valueOf(7 + i % 4));
			if (i == 0) {
				screenshot("events-3-report-form");
			}
			browser.findElement(By.id("send")).click();
			new WebDriverWait(browser, Duration.ofSeconds(5)).until((d) -> !d.findElements(By.id("saved")).isEmpty());
		}
		String axe = Axe.script().orElse(null);
		List<String> reportViolations = axe == null ? List.of() : Axe.violations(browser, axe);
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys("staff-map");
		browser.findElement(By.id("password")).sendKeys("map-pass-1");
		browser.findElement(By.id("password")).submit();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until((d) -> d.getCurrentUrl().endsWith("/staff"));
		browser.findElement(By.id("impact-link")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until((d) -> !d.findElements(By.id("totals")).isEmpty());
		assertThat(browser.findElement(By.id("totals")).getText()).contains("Attendees 840 50,815");
		assertThat(browser.findElements(By.cssSelector("#chart-country rect[style*='245,158,11']"))).as("a bar per country")
			.hasSize(6);
		screenshot("events-4-impact-dashboard");
		if (axe != null) {
			List<String> dashboardViolations = Axe.violations(browser, axe);
			System.out.println("axe-core on the report form: " + reportViolations + "; on the dashboard: " + dashboardViolations);
			assertThat(reportViolations).isEmpty();
			assertThat(dashboardViolations).isEmpty();
		}
	}

	private static HttpResponse<String> post(String url, Map<String, String> fields) throws Exception {
		return new StudioClient(0).postForm(url, fields);
	}

	private static void screenshot(String name) throws Exception {
		Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

}
