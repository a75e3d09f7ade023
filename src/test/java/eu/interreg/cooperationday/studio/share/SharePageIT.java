package eu.interreg.cooperationday.studio.share;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import eu.interreg.cooperationday.studio.support.Expected;
import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.Mails;
import eu.interreg.cooperationday.studio.support.VisibilityLogos;
import eu.interreg.cooperationday.studio.support.StudioClient;
import eu.interreg.cooperationday.studio.support.StudioClient.FilePart;
import eu.interreg.cooperationday.studio.support.TestStudio;

import static eu.interreg.cooperationday.studio.support.StudioClient.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A finished request's public side, over real HTTP: its share page unfurls with its link card, its event
 * is a calendar file a calendar library reads, its callback address gets one signed webhook (again after
 * answering 500 once), its downloads are counted for staff, and its communicator can unpublish it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharePageIT {

	static final String SECRET = "whsec-share-page-it";

	static final String STAFF = "staff-share";

	static final String STAFF_PASSWORD = "share-pass-1";

	static final String EVENT_TITLE = "Grenzfest; Musik, Essen & mehr";

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

	/** A webhook receiver on loopback: answers 500 to the first POST, 204 to the rest, and keeps each. */
	static HttpServer receiver;

	static final List<Received> posts = new CopyOnWriteArrayList<>();

	static final AtomicInteger answered = new AtomicInteger();

	record Received(Map<String, List<String>> headers, byte[] body) {

		String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((e) -> e.getKey().equalsIgnoreCase(name))
				.findFirst()
				.map((e) -> e.getValue().get(0))
				.orElse(null);
		}

	}

	static String id;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestStudio.embedded(registry);
		TestStudio.smtp(registry, ServerSetupTest.SMTP);
		registry.add("studio.webhooks.secret", () -> SECRET);
		registry.add("studio.webhooks.allow-loopback", () -> "true");
		registry.add("studio.webhooks.poll-interval", () -> "200ms");
		registry.add("studio.webhooks.first-retry", () -> "1s");
		registry.add("studio.staff.username", () -> STAFF);
		registry.add("studio.staff.password", () -> STAFF_PASSWORD);
	}

	@BeforeAll
	static void startReceiver() throws IOException {
		receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiver.createContext("/hooks/studio", (exchange) -> {
			posts.add(new Received(Map.copyOf(exchange.getRequestHeaders()), exchange.getRequestBody().readAllBytes()));
			int status = answered.getAndIncrement() == 0 ? 500 : 204;
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		receiver.start();
	}

	@AfterAll
	static void stopReceiver() {
		if (receiver != null) {
			receiver.stop(0);
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SharePages pages;

	StudioClient client() {
		return new StudioClient(this.port);
	}

	@Test
	@Order(1)
	void aFinishedRequestIsToldByOneSignedWebhookSentAgainAfterA500() throws Exception {
		StudioClient client = client();
		String callback = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks/studio";
		HttpResponse<String> accepted = client.submit(form("programmeName", "Interreg Deutschland-Nederland",
				"language", "de", "contactEmail", "comms@dnl.example", "logo",
				new FilePart("logo.png", "image/png", Fixtures.png(400, 200)), "eventTitle", EVENT_TITLE,
				"eventDate", "2026-09-21", "eventVenue", "Kleve, Marktplatz", "eventUrl",
				"https://www.deutschland-nederland.eu/cooperation-day", "callbackUrl", callback));
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		id = client.json(accepted.body()).get("id").asString();
		JsonNode status = client.awaitFinished(id, Duration.ofSeconds(120));
		assertThat(status.get("status").asString()).as(status.toString()).isEqualTo("DONE");

		await("the webhook, again after the 500").atMost(Duration.ofSeconds(30)).until(() -> posts.size() >= 2);
		// the delivery is SENT after the 204; nothing more comes
		await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(this.jdbc
			.sql("select status from outbox_webhook where request_id = ?").param(id).query(String.class).single()));
		// several more outbox rounds (200 ms each), in any of which a third POST would have gone out
		await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() -> posts.size() == 2);
		assertThat(posts.get(0).header("Studio-Event-Id")).isNotBlank().isEqualTo(posts.get(1).header("Studio-Event-Id"));
		for (Received post : posts) {
			assertThat(post.header("Content-Type")).startsWith("application/json");
			String signature = post.header("Studio-Signature");
			Matcher parts = Pattern.compile("t=(\\d+),v1=([0-9a-f]{64})").matcher(signature);
			assertThat(parts.matches()).as(signature).isTrue();
			long t = Long.parseLong(parts.group(1));
			assertThat(Math.abs(Instant.now().getEpochSecond() - t)).isLessThan(120);
			assertThat(parts.group(2)).as("v1 verifies with the secret").isEqualTo(hmac(SECRET, t + ".", post.body()));
			assertThat(parts.group(2)).as("and not with another").isNotEqualTo(hmac("other", t + ".", post.body()));
			JsonNode body = client.json(new String(post.body(), StandardCharsets.UTF_8));
			assertThat(body.get("id").asString()).isEqualTo(id);
			assertThat(body.get("status").asString()).isEqualTo("DONE");
			assertThat(body.get("assets")).hasSize(Expected.filesPerRequest());
			assertThat(body.get("shareUrl").asString()).isEqualTo(status.get("shareUrl").asString());
		}
	}

	@Test
	@Order(2)
	void theSharePageUnfurlsWithTheLinkCardAndShowsTheEventAndTheCaptionedVideo() throws Exception {
		StudioClient client = client();
		String shareUrl = client.json(client.get("/api/render-requests/" + id).body()).get("shareUrl").asString();
		assertThat(shareUrl).matches("http://localhost:" + this.port + "/p/interreg-deutschland-nederland-[a-z2-9]{10}");
		HttpResponse<String> page = client.get(shareUrl);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		String html = page.body();
		assertThat(html).contains("<html lang=\"de\" dir=\"ltr\">")
			.contains("<h1>Interreg Deutschland-Nederland</h1>")
			.contains("Grenzfest; Musik, Essen &amp; mehr")
			.contains("21. September 2026")
			.contains("Kleve, Marktplatz")
			.contains("Interreg-Kooperationstag");
		assertThat(meta(html, "og:title")).isEqualTo("Interreg Deutschland-Nederland · Interreg-Kooperationstag");
		assertThat(meta(html, "og:url")).isEqualTo(shareUrl);
		assertThat(meta(html, "twitter:card")).isEqualTo("summary_large_image");
		String image = meta(html, "og:image");
		assertThat(image).as("an absolute stable link").matches("http://localhost:" + this.port + "/d/[A-Za-z0-9_-]{32}");
		assertThat(meta(html, "twitter:image")).isEqualTo(image);
		HttpResponse<byte[]> card = client.download(image);
		assertThat(card.statusCode()).isEqualTo(200);
		BufferedImage png = Fixtures.read(card.body());
		assertThat(png.getWidth()).isEqualTo(1200);
		assertThat(png.getHeight()).isEqualTo(630);

		Matcher track = Pattern.compile("<track kind=\"captions\" src=\"([^\"]+)\" srclang=\"de\" label=\"Deutsch\" default(=\"default\")?>")
			.matcher(html);
		assertThat(track.find()).as(html).isTrue();
		HttpResponse<String> captions = client.get(track.group(1));
		assertThat(captions.statusCode()).isEqualTo(200);
		assertThat(captions.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/vtt");
		assertThat(captions.body()).startsWith("WEBVTT");
		assertThat(html).containsPattern("<video id=\"video\" controls preload=\"metadata\" src=\"http://localhost:\\d+/d/")
			.contains("width=\"1920\" height=\"1080\"")
			.contains("<meta property=\"og:locale\" content=\"de_DE\">");
		assertThat(Pattern.compile("<img ").matcher(html).results().count())
			.isEqualTo(Pattern.compile("<img [^>]*alt=\"[^\"]+\"").matcher(html).results().count())
			.isPositive();

		assertAudioDescription(client, html);

		assertThat(client.get("/p/interreg-deutschland-nederland-aaaaaaaaaa").statusCode()).isEqualTo(404);
		assertThat(client.get("/p/" + "x".repeat(300)).statusCode()).isEqualTo(404);
	}

	@Test
	@Order(3)
	void theEventIsACalendarFileThatACalendarLibraryReads() throws Exception {
		StudioClient client = client();
		String shareUrl = client.json(client.get("/api/render-requests/" + id).body()).get("shareUrl").asString();
		HttpResponse<String> ics = client.get(shareUrl + "/event.ics");
		assertThat(ics.statusCode()).isEqualTo(200);
		assertThat(ics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
		assertThat(ics.body()).contains("\r\n").doesNotContain("\n\n");
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
		assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
		List<VEvent> events = calendar.getComponents();
		assertThat(events).hasSize(1);
		VEvent event = events.get(0);
		assertThat(value(event, Property.DTSTART)).isEqualTo("20260921");
		assertThat(value(event, Property.SUMMARY)).isEqualTo(EVENT_TITLE);
		assertThat(value(event, Property.LOCATION)).isEqualTo("Kleve, Marktplatz");
		assertThat(value(event, Property.URL)).isEqualTo("https://www.deutschland-nederland.eu/cooperation-day");
		String uid = value(event, Property.UID);
		Calendar again = new CalendarBuilder().build(new StringReader(client.get(shareUrl + "/event.ics").body()));
		assertThat(value(again.<VEvent>getComponents().get(0), Property.UID)).as("a stable UID").isEqualTo(uid);
	}

	@Test
	@Order(4)
	void downloadsAndPageViewsShowUpInTheStaffStatistics() throws Exception {
		StudioClient client = client();
		HttpResponse<String> anonymous = client.get("/api/stats");
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");

		JsonNode stats = client.json(client.get("/api/stats", STAFF, STAFF_PASSWORD).body());
		assertThat(stats.get("downloads").asLong()).as(stats.toString()).isGreaterThanOrEqualTo(1);
		assertThat(stats.get("sharePageViews").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(stats.get("requests").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(named(stats.get("downloadsPerKind"))).containsKey("social");
		assertThat(named(stats.get("downloadsPerFormat"))).containsKey("social link-card-1200x630");
		assertThat(named(stats.get("requestsPerLanguage"))).containsEntry("de", 1L);
		assertThat(named(stats.get("requestsPerProgramme"))).containsEntry("Interreg Deutschland-Nederland", 1L);
		assertThat(stats.get("downloadsPerDay")).isNotEmpty();

		long before = stats.get("downloads").asLong();
		JsonNode status = client.json(client.get("/api/render-requests/" + id).body());
		client.download(status.get("assets").get(0).get("downloadUrl").asString());
		// the zip of every file counts as a download too, as kind "zip"
		HttpResponse<byte[]> zip = client.getBytes(client.url("/requests/" + id + "/download.zip"));
		assertThat(zip.statusCode()).isEqualTo(200);
		try (java.util.zip.ZipInputStream entries = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
			assertThat(entries.getNextEntry()).isNotNull();
		}
		JsonNode after = client.json(client.get("/api/stats", STAFF, STAFF_PASSWORD).body());
		assertThat(after.get("downloads").asLong()).isEqualTo(before + 2);
		assertThat(named(after.get("downloadsPerKind"))).containsEntry("zip", 1L);

		HttpResponse<String> csv = client.get("/api/stats?format=csv", STAFF, STAFF_PASSWORD);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csv.body()).startsWith("section,name,count\r\n")
			.contains("total,downloads," + (before + 2) + "\r\n")
			.contains("requests per programme,Interreg Deutschland-Nederland,1\r\n");
	}

	@Test
	@Order(5)
	void theCommunicatorUnpublishesThePageFromTheEmailAndStaffPublishItAgain() throws Exception {
		StudioClient client = client();
		MimeMessage mail = await().atMost(Duration.ofSeconds(30))
			.until(() -> List.of(smtp.getReceivedMessagesForDomain("comms@dnl.example")), (m) -> !m.isEmpty())
			.get(0);
		String text = Mails.part(mail, "text/plain");
		String shareUrl = client.json(client.get("/api/render-requests/" + id).body()).get("shareUrl").asString();
		assertThat(text).contains(shareUrl);
		Matcher link = Pattern.compile(Pattern.quote(shareUrl) + "/unpublish\\?key=([A-Za-z0-9_-]{43})").matcher(text);
		assertThat(link.find()).as(text).isTrue();
		String key = link.group(1);

		HttpResponse<String> confirm = client.get(link.group());
		assertThat(confirm.statusCode()).isEqualTo(200);
		assertThat(confirm.body()).contains("Unpublish the page");
		assertThat(client.get(shareUrl).statusCode()).as("a link preview of the email does not unpublish").isEqualTo(200);

		assertThat(post(shareUrl + "/unpublish", "key=" + "A".repeat(43)).statusCode()).isEqualTo(404);
		assertThat(client.get(shareUrl).statusCode()).isEqualTo(200);
		HttpResponse<String> unpublished = post(shareUrl + "/unpublish", "key=" + key);
		assertThat(unpublished.statusCode()).isEqualTo(200);
		assertThat(unpublished.body()).contains("no longer public");
		assertThat(client.get(shareUrl).statusCode()).isEqualTo(404);
		assertThat(client.get(shareUrl + "/event.ics").statusCode()).isEqualTo(404);
		assertThat(client.json(client.get("/api/render-requests/" + id).body()).get("shareUrl").isNull()).isTrue();

		assertThat(this.pages.setPublished(id, true)).isTrue();
		assertThat(client.get(shareUrl).statusCode()).isEqualTo(200);
	}

	@Test
	@Order(6)
	void aCallbackToAPrivateOrNonHttpAddressIsRefusedAtTheDoor() throws Exception {
		StudioClient client = client();
		for (String callback : List.of("https://10.1.2.3/hooks", "https://169.254.169.254/latest/meta-data",
				"https://[fd00::1]/hooks", "ftp://hooks.example.org/x", "https://user:pw@127.0.0.1/hooks",
				"http://192.168.1.10/hooks")) {
			HttpResponse<String> refused = client.submit(form("programmeName", "Interreg Alpine Space", "language",
					"en", "contactEmail", "comms@alpine.example", "logo",
					new FilePart("logo.png", "image/png", Fixtures.png(40, 20)), "callbackUrl", callback));
			assertThat(refused.statusCode()).as(callback).isEqualTo(422);
			assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
			JsonNode problem = client.json(refused.body());
			assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("callbackUrl");
		}
		assertThat(this.jdbc.sql("select count(*) from render_request where programme_name = 'Interreg Alpine Space'")
			.query(Long.class)
			.single()).isZero();
	}

	/**
	 * With espeak-ng (CI installs it), the page has the descriptions track, the transcript of what the voice
	 * says and the audio-described video; without it, none of them, and the status page says why.
	 */
	private void assertAudioDescription(StudioClient client, String html) throws Exception {
		String statusPage = client.get("/requests/" + id).body();
		if (!Expected.SPEAKS) {
			assertThat(html).doesNotContain("kind=\"descriptions\"").doesNotContain("id=\"transcript\"");
			assertThat(statusPage).contains("id=\"no-description\"").contains("Captions only: the speech engine espeak-ng is not installed");
			return;
		}
		assertThat(statusPage).doesNotContain("id=\"no-description\"")
			.containsPattern("<track kind=\"descriptions\" src=\"/requests/" + id + "/descriptions.vtt\" srclang=\"de\"");
		Matcher track = Pattern.compile("<track kind=\"descriptions\" src=\"([^\"]+)\" srclang=\"de\"").matcher(html);
		assertThat(track.find()).as(html).isTrue();
		HttpResponse<String> descriptions = client.get(track.group(1));
		assertThat(descriptions.statusCode()).isEqualTo(200);
		assertThat(descriptions.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/vtt");
		assertThat(descriptions.body()).startsWith("WEBVTT").contains("Interreg Deutschland-Nederland")
			.contains("Grenzfest; Musik, Essen &amp; mehr");
		assertThat(html).contains("<details id=\"transcript\">").contains("<span>Interreg Deutschland-Nederland</span>")
			.contains("<span>Grenzfest; Musik, Essen &amp; mehr</span>");
		Matcher described = Pattern.compile("<a class=\"button secondary\" id=\"described\" href=\"([^\"]+)\">Mit Audiodeskription</a>")
			.matcher(html);
		assertThat(described.find()).as(html).isTrue();
		HttpResponse<byte[]> mp4 = client.download(described.group(1));
		assertThat(mp4.statusCode()).isEqualTo(200);
		Path file = Files.createTempFile("described", ".mp4");
		try {
			Files.write(file, mp4.body());
			try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
				grabber.start();
				assertThat(grabber.getImageWidth()).isEqualTo(1920);
				assertThat(grabber.getImageHeight()).isEqualTo(1080);
				assertThat(grabber.getAudioChannels()).isEqualTo(2);
				assertThat(grabber.getLengthInTime() / 1e6).isBetween(14.5, 15.5);
			}
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	@Test
	@Order(7)
	void aBilingualRequestHasCaptionsPerLanguageOnItsPageAndBothLanguagesInItsEmail() throws Exception {
		StudioClient client = client();
		HttpResponse<String> accepted = client.submit(form("programmeName", "Interreg Deutschland-Nederland", "language",
				"de", "secondLanguage", "nl", "programmeNameSecond", "Interreg Duitsland-Nederland", "contactEmail",
				"comms@bilingual.example", "logo", new FilePart("logo.png", "image/png", Fixtures.png(400, 200)), "assets",
				"video"));
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String bilingual = client.json(accepted.body()).get("id").asString();
		JsonNode status = client.awaitFinished(bilingual, Duration.ofSeconds(120));
		assertThat(status.get("status").asString()).as(status.toString()).isEqualTo("DONE");
		assertThat(status.get("secondLanguage").asString()).isEqualTo("nl");
		assertThat(status.get("programmeNameSecond").asString()).isEqualTo("Interreg Duitsland-Nederland");
		Map<String, String> captions = new java.util.TreeMap<>();
		for (JsonNode asset : status.get("assets")) {
			if (asset.get("kind").asString().equals("captions")) {
				captions.put(asset.get("format").asString(), asset.get("downloadUrl").asString());
			}
		}
		assertThat(captions).containsOnlyKeys("landscape-1920x1080-de", "landscape-1920x1080-nl", "portrait-1080x1920-de",
				"portrait-1080x1920-nl", "square-1080x1080-de", "square-1080x1080-nl");
		String german = new String(client.download(captions.get("landscape-1920x1080-de")).body(), StandardCharsets.UTF_8);
		String dutch = new String(client.download(captions.get("landscape-1920x1080-nl")).body(), StandardCharsets.UTF_8);
		assertThat(german).startsWith("WEBVTT").contains("Interreg Deutschland-Nederland").contains("Interreg-Kooperationstag")
			.doesNotContain("Interreg Duitsland-Nederland");
		assertThat(dutch).startsWith("WEBVTT").contains("Interreg Duitsland-Nederland").contains("Interreg-samenwerkingsdag")
			.doesNotContain("Interreg-Kooperationstag");

		String page = client.get(status.get("shareUrl").asString()).body();
		assertThat(page).containsPattern("<track kind=\"captions\" src=\"[^\"]+-de\" srclang=\"de\" label=\"Deutsch\" default")
			.containsPattern("<track kind=\"captions\" src=\"[^\"]+-nl\" srclang=\"nl\" label=\"Nederlands\">");

		MimeMessage mail = await().atMost(Duration.ofSeconds(30))
			.until(() -> List.of(smtp.getReceivedMessagesForDomain("comms@bilingual.example")), (m) -> !m.isEmpty())
			.get(0);
		String text = Mails.part(mail, "text/plain");
		assertThat(text.indexOf("Interreg-Kooperationstag")).as("German first").isNotNegative()
			.isLessThan(text.indexOf("Interreg Duitsland-Nederland"));
		assertThat(Mails.part(mail, "text/html")).contains("<div id=\"second-language\" lang=\"nl\">");
	}

	@Test
	@Order(8)
	void aFileThatCannotKeepTheEmblemRuleIsDeliveredMarkedAndEveryoneIsTold() throws Exception {
		StudioClient client = client();
		// a harmonised logo 30 times as wide as high: on the A4 poster its own emblem is smaller than the
		// campaign mark may shrink to
		byte[] logo = VisibilityLogos.tooWideHarmonisedPng(List.of("Co-funded by the European Union")).bytes();
		HttpResponse<String> accepted = client.submit(form("programmeName", "Interreg Very Wide Programme",
				"language", "en", "contactEmail", "comms@wide.example", "assets", "posters", "logo",
				new FilePart("logo.png", "image/png", logo)));
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String wide = client.json(accepted.body()).get("id").asString();
		JsonNode status = client.awaitFinished(wide, Duration.ofSeconds(120));
		assertThat(status.get("status").asString()).as(status.toString()).isEqualTo("DONE");
		JsonNode a4 = status.get("assets").valueStream()
			.filter((a) -> a.get("kind").asString().equals("poster") && a.get("format").asString().equals("a4-print"))
			.findFirst()
			.orElseThrow();
		JsonNode visibility = a4.get("visibility");
		assertThat(visibility.get("compliant").asBoolean()).as(visibility.toString()).isFalse();
		assertThat(visibility.get("emblems")).as("the logo's own emblem, and no second one").hasSize(1);
		assertThat(visibility.get("reasons").get(0).asString()).contains("smaller than the campaign logo");
		assertThat(visibility.get("ratio").asDouble()).isLessThan(1);
		assertThat(client.download(a4.get("downloadUrl").asString()).statusCode()).as("delivered all the same")
			.isEqualTo(200);

		String page = client.get("/requests/" + wide).body();
		assertThat(page).contains("Not followed: The emblem");
		String console = client.staffConsole(STAFF, STAFF_PASSWORD);
		assertThat(console).contains("Files that break the EU visibility rules").contains("Interreg Very Wide Programme")
			.contains("poster · a4-print");
		MimeMessage mail = await().atMost(Duration.ofSeconds(30))
			.until(() -> List.of(smtp.getReceivedMessagesForDomain("comms@wide.example")), (m) -> !m.isEmpty())
			.get(0);
		assertThat(Mails.part(mail, "text/plain")).contains("do not follow the EU visibility rules")
			.contains("poster · a4-print: The emblem");
		assertThat(Mails.part(mail, "text/html")).contains("<div id=\"visibility\" lang=\"en\"");
	}

	private HttpResponse<String> post(String url, String form) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String meta(String html, String property) {
		Matcher meta = Pattern.compile("<meta (?:property|name)=\"" + Pattern.quote(property) + "\" content=\"([^\"]*)\">")
			.matcher(html);
		assertThat(meta.find()).as("meta %s in %s", property, html).isTrue();
		return meta.group(1).replace("&amp;", "&");
	}

	private static String value(VEvent event, String property) {
		return event.<Property>getProperty(property).orElseThrow(() -> new AssertionError("no " + property)).getValue();
	}

	private static Map<String, Long> named(JsonNode list) {
		Map<String, Long> map = new java.util.LinkedHashMap<>();
		list.forEach((n) -> map.put(n.get("name").asString(), n.get("count").asLong()));
		return map;
	}

	static String hmac(String secret, String prefix, byte[] body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		mac.update(prefix.getBytes(StandardCharsets.US_ASCII));
		return HexFormat.of().formatHex(mac.doFinal(body));
	}

}
