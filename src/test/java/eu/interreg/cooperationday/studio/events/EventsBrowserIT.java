package eu.interreg.cooperationday.studio.events;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import eu.interreg.cooperationday.studio.support.Axe;
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

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SHOTS = Path.of("target/test-output/screenshots");

	/** Another origin: the map's tiles, and a programme's website that frames the widget. */
	static HttpServer elsewhere;

	static final AtomicInteger tiles = new AtomicInteger();

	static WebDriver browser;

	static Path profile;

	static String slug;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws IOException {
		TestStudio.embedded(registry);
		startElsewhere();
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
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
		Files.createDirectories(SHOTS);
		profile = Files.createTempDirectory("chromium-profile");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,1400", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
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
			browser.get(url("/embed/events?programme=" + slug));
			found.put("embed", Axe.violations(browser, axe));
			browser.get(url("/embed/events?programme=" + slug + "&theme=dark"));
			found.put("embed, dark", Axe.violations(browser, axe));
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

	private static HttpResponse<String> post(String url, Map<String, String> fields) throws Exception {
		StringBuilder body = new StringBuilder();
		fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=')
			.append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void screenshot(String name) throws Exception {
		Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

}
