package eu.interreg.cooperationday.studio.competition;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import eu.interreg.cooperationday.studio.support.ExifJpeg;
import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.Mails;
import eu.interreg.cooperationday.studio.support.StudioClient;
import eu.interreg.cooperationday.studio.support.StudioClient.FilePart;
import eu.interreg.cooperationday.studio.support.StudioProcess;
import eu.interreg.cooperationday.studio.support.TestStudio;

import static eu.interreg.cooperationday.studio.support.StudioClient.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The competition over real HTTP, SMTP and S3: two programmes enter four events (one photo carrying GPS),
 * the public votes through the emailed links, abuse is refused, limited, flagged and voided, two jurors
 * score, the results are published, and the winners get their certificate, badge and email.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CompetitionIT {

	static final String STAFF = "staff-competition";

	static final String STAFF_PASSWORD = "competition-pass-1";

	static final String JUROR = "juror-two";

	static final String JUROR_PASSWORD = "jury-pass-2";

	static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

	static final ServerSetup SMTP = ServerSetupTest.SMTP.port(freePort());

	private static int freePort() {
		try {
			return StudioProcess.freePort();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(SMTP).withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestStudio.embedded(registry);
		TestStudio.smtp(registry, SMTP);
		registry.add("studio.staff.username", () -> STAFF);
		registry.add("studio.staff.password", () -> STAFF_PASSWORD);
		registry.add("studio.staff.users[0].username", () -> JUROR);
		registry.add("studio.staff.users[0].password-hash", () -> new BCryptPasswordEncoder().encode(JUROR_PASSWORD));
		registry.add("studio.staff.jurors[0]", () -> STAFF);
		registry.add("studio.staff.jurors[1]", () -> JUROR);
		// the test's voters come through a proxy on this machine, each from its own address
		registry.add("studio.rate-limits.trusted-proxies[0]", () -> "127.0.0.1");
		registry.add("studio.rate-limits.votes", () -> 10);
		registry.add("studio.rate-limits.votes-per-network", () -> 30);
		// the voters' address hashes are forgotten two seconds after the results (90 days by default)
		registry.add("studio.competition.vote-retention", () -> "2s");
		registry.add("studio.competition.retention-check-interval", () -> "500ms");
		registry.add("studio.competition.retention-first-check", () -> "500ms");
	}

	/** The programmes' competition links (slug and key), by contact email. */
	static final Map<String, String> LINKS = new LinkedHashMap<>();

	static final Map<String, String> REQUESTS = new LinkedHashMap<>();

	/** The four entries: A's first event (best event), A's second (cross-border), B's first (best event), B's second. */
	static final List<String> ENTRIES = new ArrayList<>();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	StudioClient client() {
		return new StudioClient(this.port);
	}

	@Test
	@Order(1)
	void twoProgrammesWithTwoPastEventsEach() throws Exception {
		StudioClient client = client();
		String[][] programmes = { { "Interreg Deutschland-Nederland", "de", "comms@dnl.example", "Grenzfest am Rhein", "Kleve", "DE" },
				{ "Interreg Euregio Maas-Rhein", "nl", "comms@emr.example", "Grensdag in Maastricht", "Maastricht", "NL" } };
		for (String[] p : programmes) {
			HttpResponse<String> accepted = client.submit(form("programmeName", p[0], "language", p[1], "contactEmail", p[2],
					"logo", new FilePart("logo.png", "image/png", Fixtures.png(400, 200)), "eventTitle", p[3], "eventDate",
					"2026-09-19", "eventCity", p[4], "eventCountry", p[5], "assets", "social"));
			assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
			REQUESTS.put(p[2], client.json(accepted.body()).get("id").asString());
		}
		for (Map.Entry<String, String> request : REQUESTS.entrySet()) {
			assertThat(client.awaitFinished(request.getValue(), Duration.ofSeconds(180)).get("status").asString()).isEqualTo("DONE");
			MimeMessage mail = await().atMost(Duration.ofSeconds(30))
				.until(() -> List.of(smtp.getReceivedMessagesForDomain(request.getKey())), (m) -> !m.isEmpty())
				.get(0);
			Matcher link = Pattern.compile("/p/([a-z0-9-]+)/events\\?key=([A-Za-z0-9_-]{43})").matcher(Mails.part(mail, "text/plain"));
			assertThat(link.find()).isTrue();
			LINKS.put(request.getKey(), "/p/" + link.group(1) + "/competition?key=" + link.group(2));
			// a second event, the day after
			HttpResponse<String> added = client.postForm("/p/" + link.group(1) + "/events", Map.of("key", link.group(2), "title",
					"Second day of " + request.getKey().substring(6, 9), "date", "2026-09-20", "city", "Venlo", "country", "NL",
					"format", "ONSITE", "languages", "nl"));
			assertThat(added.statusCode()).as(added.body()).isEqualTo(303);
			// the events page leads to the competition
			HttpResponse<String> events = client.get("/p/" + link.group(1) + "/events?key=" + link.group(2));
			assertThat(events.body()).contains("id=\"competition-entry\"").contains("/p/" + link.group(1) + "/competition?key=");
		}
	}

	@Test
	@Order(2)
	void staffSetUpAnEditionWithTwoCategories() throws Exception {
		ZonedDateTime now = ZonedDateTime.now(ZONE);
		HttpResponse<String> saved = staffPost("/staff/competition/editions", edition(now.minusHours(1), now.plusHours(1),
				now.plusHours(2), now.plusDays(1)));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
		HttpResponse<String> page = client().get("/competition");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Interreg Cooperation Day 2026").contains("Entries are open until")
			.contains("Best local event").contains("Best cross-border cooperation").contains("id=\"not-yet\"");
		// an edition whose windows are backwards is refused with the field named
		HttpResponse<String> refused = staffPost("/staff/competition/editions", edition(now, now.minusHours(1), now, now.plusDays(1)));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("Entries must close after they open.");
	}

	private static Map<String, String> edition(ZonedDateTime entryOpens, ZonedDateTime entryCloses, ZonedDateTime votingOpens,
			ZonedDateTime votingCloses) {
		return Map.of("id", "2026", "title", "Interreg Cooperation Day 2026: the competition", "entryOpens", local(entryOpens),
				"entryCloses", local(entryCloses), "votingOpens", local(votingOpens), "votingCloses", local(votingCloses),
				"juryWeight", "70", "categories", "best-event | Best local event | originality; participation; visibility\n"
						+ "cross-border | Best cross-border cooperation | partners; results");
	}

	private static String local(ZonedDateTime at) {
		return at.toLocalDateTime().withSecond(0).withNano(0).toString();
	}

	@Test
	@Order(3)
	void theCommunicatorsEnterFourEventsWithPhotos() throws Exception {
		List<String> links = List.copyOf(LINKS.values());
		byte[] phone = ExifJpeg.withGps(900, 600, 1);
		byte[] webp = CompetitionIT.class.getResourceAsStream("/competition/photo.webp").readAllBytes();
		// a form without consent and with a photo without alt text comes back with both fields named
		HttpResponse<byte[]> refused = client().post(path(links.get(0)), form("key", key(links.get(0)), "event",
				events(REQUESTS.get("comms@dnl.example")).get(0), "category", "best-event", "story", "Ein Fest.", "language", "de",
				"photo1", new FilePart("fest.jpg", "image/jpeg", phone), "alt1", ""));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("Confirm that the people shown")
			.contains("Describe photo 1");
		String[][] entries = { { "0", "0", "best-event" }, { "0", "1", "cross-border" }, { "1", "0", "best-event" },
				{ "1", "1", "cross-border" } };
		for (String[] e : entries) {
			String link = links.get(Integer.parseInt(e[0]));
			String event = events(List.copyOf(REQUESTS.values()).get(Integer.parseInt(e[0]))).get(Integer.parseInt(e[1]));
			Map<String, Object> fields = new LinkedHashMap<>(form("key", key(link), "event", event, "category", e[2], "story",
					"Hunderte kamen über die Grenze: Musik, Essen und Gespräche. " + e[2], "summaryEn",
					"Hundreds came across the border.", "language", "de", "attendees", "350", "consent", "on"));
			fields.put("photo1", new FilePart("fest.jpg", "image/jpeg", phone));
			fields.put("alt1", "People dancing by the river at " + event);
			if (ENTRIES.isEmpty()) {
				fields.put("photo2", new FilePart("stage.webp", "image/webp", webp));
				fields.put("alt2", "The stage, blue to amber");
			}
			HttpResponse<byte[]> saved = client().post(path(link), fields);
			assertThat(saved.statusCode()).as(new String(saved.body(), StandardCharsets.UTF_8)).isEqualTo(303);
			ENTRIES.add(this.jdbc.sql("select id from competition_entry where event_id = :event").param("event", event)
				.query(String.class).single());
		}
		// the attendees given with the entries are their events' figures, as none was reported
		assertThat(this.jdbc.sql("select attendees from event_report where event_id = :event")
			.param("event", events(REQUESTS.get("comms@dnl.example")).get(0)).query(Integer.class).single()).isEqualTo(350);
		// one event, one entry per category
		HttpResponse<byte[]> twice = client().post(path(links.get(0)), form("key", key(links.get(0)), "event",
				events(REQUESTS.get("comms@dnl.example")).get(0), "category", "best-event", "story", "Again", "language", "de",
				"consent", "on"));
		assertThat(twice.statusCode()).isEqualTo(422);
		assertThat(new String(twice.body(), StandardCharsets.UTF_8)).contains("entered in this category already");
		// the entry is not public before the vote opens
		assertThat(client().getBytes(client().url("/competition/photos/" + ENTRIES.get(0) + "/1.jpg")).statusCode()).isEqualTo(404);
		// a fifth entry, to be withdrawn once public
		String second = events(REQUESTS.get("comms@dnl.example")).get(1);
		assertThat(client().post(path(links.get(0)), form("key", key(links.get(0)), "event", second, "category", "best-event",
				"story", "Zweiter Tag.", "language", "de", "consent", "on", "photo1", new FilePart("x.jpg", "image/jpeg", phone),
				"alt1", "The second day")).statusCode()).isEqualTo(303);
		WITHDRAWN = this.jdbc.sql("select id from competition_entry where event_id = :event and category_id = 'best-event'")
			.param("event", second).query(String.class).single();
	}

	static String WITHDRAWN;

	@Test
	@Order(4)
	void staffRejectAnEntryWithAReasonMailedToItsEntrantWhoCorrectsIt() throws Exception {
		HttpResponse<String> rejected = staffPost("/staff/competition/2026/entries/" + ENTRIES.get(3) + "/reject",
				Map.of("reason", "The story must say what happened across the border."));
		assertThat(rejected.statusCode()).isEqualTo(303);
		MimeMessage mail = await().atMost(Duration.ofSeconds(30))
			.until(() -> List.of(smtp.getReceivedMessagesForDomain("comms@emr.example")),
					(m) -> m.stream().anyMatch((x) -> subject(x).startsWith("Uw inzending is niet aanvaard")))
			.stream().filter((x) -> subject(x).startsWith("Uw inzending is niet aanvaard")).findFirst().orElseThrow();
		assertThat(Mails.part(mail, "text/plain")).contains("The story must say what happened across the border.");
		String link = List.copyOf(LINKS.values()).get(1);
		assertThat(client().get(link).body()).contains("Not accepted: The story must say what happened across the border.");
		// corrected (the photo kept, its alt text changed): entered again
		HttpResponse<byte[]> corrected = client().post(path(link), form("key", key(link), "entry", ENTRIES.get(3), "story",
				"Samen met partners uit Aken en Luik.", "language", "nl", "consent", "on", "alt1", "Dancing by the Maas"));
		assertThat(corrected.statusCode()).as(new String(corrected.body(), StandardCharsets.UTF_8)).isEqualTo(303);
		assertThat(this.jdbc.sql("select status from competition_entry where id = :id").param("id", ENTRIES.get(3))
			.query(String.class).single()).isEqualTo("ENTERED");
		assertThat(this.jdbc.sql("select alt from competition_photo where entry_id = :id").param("id", ENTRIES.get(3))
			.query(String.class).single()).isEqualTo("Dancing by the Maas");
	}

	@Test
	@Order(5)
	void votingOpensAndThePublishedPhotoCarriesNoGps() throws Exception {
		ZonedDateTime now = ZonedDateTime.now(ZONE);
		assertThat(staffPost("/staff/competition/editions", edition(now.minusDays(2), now.minusMinutes(5), now.minusMinutes(2),
				now.plusDays(1))).statusCode()).isEqualTo(303);
		HttpResponse<String> page = client().get("/competition/2026");
		assertThat(page.body()).contains("Voting is open until").contains("id=\"entry-" + ENTRIES.get(0) + "\"")
			.contains("alt=\"People dancing by the river").contains("alt=\"The stage, blue to amber\"")
			.contains("Hundreds came across the border.");
		HttpResponse<byte[]> photo = client().getBytes(client().url("/competition/photos/" + ENTRIES.get(0) + "/1.jpg"));
		assertThat(photo.statusCode()).isEqualTo(200);
		assertThat(photo.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/jpeg");
		assertThat(ExifJpeg.hasApp1(photo.body())).isFalse();
		assertThat(new String(photo.body(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("GPS");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo.body()));
		assertThat(image.getWidth()).isEqualTo(900);
		HttpResponse<byte[]> fromWebp = client().getBytes(client().url("/competition/photos/" + ENTRIES.get(0) + "/2.jpg"));
		assertThat(ImageIO.read(new ByteArrayInputStream(fromWebp.body())).getWidth()).isEqualTo(320);
		// an entry withdrawn (its consent with it) leaves the page, and its photo is no longer served
		String withdrawnPhoto = "/competition/photos/" + WITHDRAWN + "/1.jpg";
		assertThat(client().getBytes(client().url(withdrawnPhoto)).statusCode()).isEqualTo(200);
		String link = List.copyOf(LINKS.values()).get(0);
		assertThat(client().postForm(path(link) + "/" + WITHDRAWN + "/withdraw", Map.of("key", key(link))).statusCode())
			.isEqualTo(303);
		assertThat(client().getBytes(client().url(withdrawnPhoto)).statusCode()).isEqualTo(404);
		assertThat(client().get("/competition/2026").body()).doesNotContain("entry-" + WITHDRAWN);
	}

	@Test
	@Order(6)
	void thirtyConfirmedVotesCountThroughTheirEmailedLinks() throws Exception {
		// best event: A1 8, B1 12; cross-border: A2 6, B2 4
		int[] plan = { 8, 6, 12, 4 };
		int voter = 0;
		for (int entry = 0; entry < 4; entry++) {
			for (int i = 0; i < plan[entry]; i++, voter++) {
				HttpResponse<String> asked = vote(ENTRIES.get(entry), "voter" + voter + "@example.org", "10." + voter + ".0.7");
				assertThat(asked.statusCode()).as(asked.body()).isEqualTo(303);
			}
		}
		for (int v = 0; v < voter; v++) {
			HttpResponse<String> opened = client().get(voteLink("voter" + v + "@example.org", 0));
			assertThat(opened.statusCode()).isEqualTo(200);
			assertThat(opened.body()).contains("id=\"counted\"");
		}
		assertThat(counted()).containsExactly(8L, 6L, 12L, 4L);
		// a link works once
		assertThat(client().get(voteLink("voter0@example.org", 0)).body()).contains("id=\"unknown\"");
		// the address is kept only as a keyed hash
		assertThat(this.jdbc.sql("select count(*) from competition_vote where address_hash like '%@%' or address_hash like '%voter%'")
			.query(Long.class).single()).isZero();
	}

	@Test
	@Order(7)
	void oneAddressInFiveSpellingsCountsOnce() throws Exception {
		List<String> spellings = List.of("Jane.Doe@gmail.com", "janedoe+vote@gmail.com", "JANEDOE@googlemail.com",
				"j.a.n.e.d.o.e@gmail.com", "jane.doe+again@GMail.com");
		for (String spelling : spellings) {
			assertThat(vote(ENTRIES.get(1), spelling, "10.200.0.1").statusCode()).isEqualTo(303);
		}
		List<String> outcomes = new ArrayList<>();
		for (String spelling : spellings) {
			outcomes.add(client().get(voteLink(spelling, 0)).body().contains("id=\"counted\"") ? "counted" : "already");
		}
		assertThat(outcomes).containsExactly("counted", "already", "already", "already", "already");
		assertThat(counted().get(1)).isEqualTo(7L);
	}

	@Test
	@Order(8)
	void aDisposableAddressIsRefusedWith422() throws Exception {
		HttpResponse<String> refused = vote(ENTRIES.get(0), "someone@mailinator.com", "10.201.0.1");
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("disposable").contains("aria-invalid=\"true\"");
		assertThat(vote(ENTRIES.get(0), "not an address", "10.201.0.1").statusCode()).isEqualTo(422);
	}

	@Test
	@Order(9)
	void fortyVotesFromOneNetworkInAMinuteAreLimitedFlaggedAndVoided() throws Exception {
		List<Integer> statuses = new ArrayList<>();
		for (int i = 1; i <= 40; i++) {
			statuses.add(vote(ENTRIES.get(0), "burst" + i + "@example.net", "198.51.100." + i).statusCode());
		}
		assertThat(statuses.stream().filter((s) -> s == 303).count()).isEqualTo(30);
		assertThat(statuses.stream().filter((s) -> s == 429).count()).isEqualTo(10);
		// twelve of them open their links: they count until staff void them
		for (int i = 1; i <= 12; i++) {
			assertThat(client().get(voteLink("burst" + i + "@example.net", 0)).body()).contains("id=\"counted\"");
		}
		assertThat(counted().get(0)).isEqualTo(20L);
		HttpClient staff = client().signedIn(STAFF, STAFF_PASSWORD);
		String console = staff.send(HttpRequest.newBuilder(URI.create(client().url("/staff/competition"))).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		String row = console.substring(console.indexOf("id=\"row-" + ENTRIES.get(0) + "\""));
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).contains("class=\"flagged\"")
			.contains("Flagged: 30 votes from 198.51.100.0/24 within 10 minutes").contains("198.51.100.0/24: 12 counted");
		HttpResponse<String> voided = staffPost("/staff/competition/2026/entries/" + ENTRIES.get(0) + "/void",
				Map.of("network", "198.51.100.0/24", "reason", "A burst of 30 from one network in a minute"));
		assertThat(voided.statusCode()).isEqualTo(303);
		assertThat(voided.headers().firstValue("Location").orElseThrow()).contains("done=voided-12");
		assertThat(counted().get(0)).isEqualTo(8L);
		assertThat(this.jdbc.sql("select count(*) from competition_vote where void_reason = 'A burst of 30 from one network in a minute' and voided_by = :staff")
			.param("staff", STAFF).query(Long.class).single()).isEqualTo(12L);
	}

	@Test
	@Order(10)
	void jurorsScoreSeeingTheVotesOnlyOnceTheyHaveScored() throws Exception {
		String page = "/staff/competition/2026/jury";
		HttpClient staff = client().signedIn(STAFF, STAFF_PASSWORD);
		String before = staff.send(HttpRequest.newBuilder(URI.create(client().url(page))).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		assertThat(before).contains("id=\"votes-" + ENTRIES.get(0) + "\">Public votes: shown once you have scored");
		// best event (3 criteria): A1 9 and 8, B1 6 and 6; cross-border (2): A2 4 and 4, B2 6 and 6
		int[][] mine = { { 9, 9, 9 }, { 4, 4 }, { 6, 6, 6 }, { 6, 6 } };
		int[][] theirs = { { 8, 8, 8 }, { 4, 4 }, { 6, 6, 6 }, { 6, 6 } };
		for (int e = 0; e < 4; e++) {
			assertThat(score(STAFF, STAFF_PASSWORD, e, mine[e]).statusCode()).isEqualTo(303);
			assertThat(score(JUROR, JUROR_PASSWORD, e, theirs[e]).statusCode()).isEqualTo(303);
		}
		String after = staff.send(HttpRequest.newBuilder(URI.create(client().url(page))).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		assertThat(after).contains("id=\"votes-" + ENTRIES.get(0) + "\">Public votes: 8<");
		// a score out of range is refused; the jury page is the jurors' alone
		assertThat(score(STAFF, STAFF_PASSWORD, 0, new int[] { 11, 1, 1 }).statusCode()).isEqualTo(422);
	}

	private HttpResponse<String> score(String user, String password, int entry, int[] scores) throws Exception {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < scores.length; i++) {
			fields.put("c" + i, String.valueOf(scores[i]));
		}
		return staffPost("/staff/competition/2026/jury/" + ENTRIES.get(entry), fields, user, password, "/staff/competition");
	}

	@Test
	@Order(11)
	void theResultsArePublishedSeventyThirtyWithCertificatesBadgesAndEmails() throws Exception {
		ZonedDateTime now = ZonedDateTime.now(ZONE);
		assertThat(staffPost("/staff/competition/editions", edition(now.minusDays(3), now.minusDays(2), now.minusDays(1),
				now.minusMinutes(1))).statusCode()).isEqualTo(303);
		HttpResponse<String> published = staffPost("/staff/competition/2026/publish", Map.of());
		assertThat(published.statusCode()).as(published.body()).isEqualTo(303);
		// best event: A1 .7 x 8.5/14.5 + .3 x 8/20 = .530 beats B1 .470 (the public preferred B1);
		// cross-border: B2 .7 x 6/10 + .3 x 4/11 = .529 beats A2 .471 (the public preferred A2)
		assertThat(this.jdbc.sql("select entry_id from competition_award where award_rank = 1 order by category_id")
			.query(String.class).list()).containsExactly(ENTRIES.get(0), ENTRIES.get(3));
		assertThat(this.jdbc.sql("select entry_id from competition_award where award_rank = 2 order by category_id")
			.query(String.class).list()).containsExactly(ENTRIES.get(2), ENTRIES.get(1));

		// the programme placed twice (first in one category, second in the other): its winner's mail, not whichever came first
		MimeMessage mail = await().atMost(Duration.ofSeconds(30))
			.until(() -> List.of(smtp.getReceivedMessagesForDomain("comms@dnl.example")),
					(m) -> m.stream().filter(CompetitionIT::isAward).count() >= 2)
			.stream().filter(CompetitionIT::isAward).filter((m) -> subject(m).contains("gewonnen")).findFirst()
			.orElseThrow();
		assertThat(mail.getSubject()).startsWith("Ihre Veranstaltung hat gewonnen");
		String text = Mails.part(mail, "text/plain");
		Matcher certificate = Pattern.compile("http://\\S+/certificate-de\\.pdf").matcher(text);
		Matcher badge = Pattern.compile("http://\\S+/badge-1080-de\\.png").matcher(text);
		Matcher overlay = Pattern.compile("http://\\S+/badge-overlay-de\\.png").matcher(text);
		assertThat(certificate.find() && badge.find() && overlay.find()).as(text).isTrue();

		HttpResponse<byte[]> pdf = client().getBytes(certificate.group());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
		String words = pdfText(pdf.body());
		assertThat(words).contains("Urkunde").contains("Gewinner").contains("Interreg Deutschland-Nederland")
			.contains("Grenzfest am Rhein").contains("19. September 2026").contains("in der Kategorie Best local event");
		assertThat(fonts(pdf.body())).isNotEmpty().allSatisfy((font) -> assertThat(font).doesNotContain("not embedded"));
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			assertThat(document.getPage(0).getTrimBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
			assertThat(document.getPage(0).getMediaBox().getWidth() - document.getPage(0).getTrimBox().getWidth())
				.isCloseTo(17.0f, org.assertj.core.data.Offset.offset(0.1f));
			java.nio.file.Path shots = java.nio.file.Path.of("target/test-output/screenshots");
			java.nio.file.Files.createDirectories(shots);
			ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 72), "png",
					shots.resolve("competition-certificate.png").toFile());
		}
		BufferedImage square = ImageIO.read(new ByteArrayInputStream(client().getBytes(badge.group()).body()));
		ImageIO.write(square, "png", java.nio.file.Path.of("target/test-output/screenshots/competition-badge.png").toFile());
		assertThat(square.getWidth()).isEqualTo(1080);
		assertThat(square.getHeight()).isEqualTo(1080);
		BufferedImage clear = ImageIO.read(new ByteArrayInputStream(client().getBytes(overlay.group()).body()));
		assertThat(clear.getWidth()).isEqualTo(1080);
		assertThat(clear.getRGB(10, 10) >>> 24).isZero();
		assertThat(clear.getRGB(900, 900) >>> 24).isEqualTo(255);

		// the Dutch programme's cross-border win is in Dutch
		MimeMessage dutch = await().atMost(Duration.ofSeconds(30))
			.until(() -> List.of(smtp.getReceivedMessagesForDomain("comms@emr.example")),
					(m) -> m.stream().filter(CompetitionIT::isAward).count() == 2)
			.stream().filter(CompetitionIT::isAward).filter((m) -> subject(m).startsWith("Uw evenement heeft gewonnen"))
			.findFirst().orElseThrow();
		Matcher nl = Pattern.compile("http://\\S+/certificate-nl\\.pdf").matcher(Mails.part(dutch, "text/plain"));
		assertThat(nl.find()).isTrue();
		assertThat(pdfText(client().getBytes(nl.group()).body())).contains("Oorkonde").contains("Winnaar")
			.contains("Interreg Euregio Maas-Rhein").contains("Best cross-border cooperation");
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isAward(MimeMessage message) {
		try {
			return Mails.part(message, "text/plain").contains("/competition/awards/");
		}
		catch (Exception ex) {
			return false;
		}
	}

	@Test
	@Order(12)
	void theResultsPageTheCsvAndWhatCanNoLongerChange() throws Exception {
		HttpResponse<String> page = client().get("/competition/2026");
		assertThat(page.body()).contains("The results were published").contains("· Winner").contains("· Second place")
			.contains("class=\"award-badge\"").doesNotContain("class=\"vote\"");
		// a German visitor reads the page's own words in German (the categories are as staff named them)
		String german = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(client().url("/competition/2026")))
			.header("Accept-Language", "de-AT,de;q=0.9,en;q=0.5").build(), HttpResponse.BodyHandlers.ofString()).body();
		assertThat(german).contains("<html lang=\"de\"").contains("Die Ergebnisse wurden am").contains("· Gewinner")
			.contains("· Zweiter Platz").contains("Die Jury achtet auf:");
		// an Arabic visitor reads it right to left, the programmes' names in their own direction
		String arabic = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(client().url("/competition/2026")))
			.header("Accept-Language", "ar-EG,ar;q=0.9").build(), HttpResponse.BodyHandlers.ofString()).body();
		assertThat(arabic).contains("<html lang=\"ar\" dir=\"rtl\"").contains("<span dir=\"auto\">Interreg Deutschland-Nederland</span>");
		assertThat(german).contains("dir=\"ltr\"").doesNotContain("dir=\"rtl\"");
		HttpClient staff = client().signedIn(STAFF, STAFF_PASSWORD);
		HttpResponse<String> csv = staff.send(HttpRequest.newBuilder(URI.create(client().url("/staff/competition/2026/export.csv")))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(csv.statusCode()).isEqualTo(200);
		List<String> rows = csv.body().lines().toList();
		assertThat(rows).hasSize(6);
		assertThat(rows.stream().filter((r) -> r.contains(WITHDRAWN)).findFirst().orElseThrow()).contains(",WITHDRAWN,");
		assertThat(rows.get(0)).startsWith("edition,category,entry,programme,event");
		assertThat(csv.body()).doesNotContain("@").doesNotContain("example.org");
		assertThat(rows.stream().filter((r) -> r.contains(ENTRIES.get(0))).findFirst().orElseThrow()).contains(",8.5000,8,")
			.endsWith(",1");
		// the winner's share page, its event's page and the map show the place and the badge
		String link0 = List.copyOf(LINKS.values()).get(0);
		String share = client().get(path(link0).replace("/competition", "")).body();
		assertThat(share).contains("id=\"awards\"").contains("Winner: Best local event 2026 · Grenzfest am Rhein")
			.contains("/badge-1080-de.png");
		String event = this.jdbc.sql("select event_id from competition_entry where id = :id").param("id", ENTRIES.get(0))
			.query(String.class).single();
		assertThat(client().get("/events/" + event).body()).contains("id=\"award\"").contains("Winner: Best local event 2026");
		String geo = client().get("/events.geojson").body();
		assertThat(geo).contains("\"award\":{\"rank\":1,\"label\":\"Winner: Best local event 2026\"");
		// the pages that show places, through the Nu HTML Checker where it is installed
		java.util.Optional<java.nio.file.Path> vnu = eu.interreg.cooperationday.studio.support.NuChecker.jar();
		if (vnu.isPresent()) {
			String report = eu.interreg.cooperationday.studio.support.NuChecker.errors(vnu.get(), Map.of("results", page.body(),
					"results-de", german, "results-ar", arabic, "share-awarded", share, "event-awarded", client().get("/events/" + event).body()),
					java.nio.file.Path.of("target/test-output/html-awards"));
			System.out.println("vnu over the awarded pages: " + (report.isBlank() ? "no errors" : report));
			assertThat(report).as("vnu --errors-only").isBlank();
		}
		// after the results an entry can no longer be withdrawn
		String link = List.copyOf(LINKS.values()).get(0);
		HttpResponse<String> withdraw = client().postForm(path(link) + "/" + ENTRIES.get(0) + "/withdraw", Map.of("key", key(link)));
		assertThat(withdraw.statusCode()).isEqualTo(422);
		// and the jury's page no longer takes scores
		assertThat(score(STAFF, STAFF_PASSWORD, 0, new int[] { 1, 1, 1 }).statusCode()).isEqualTo(422);
	}

	@Test
	@Order(13)
	void theVotersAddressHashesAreForgottenAfterTheRetentionTheVotesStay() {
		await().atMost(Duration.ofSeconds(20)).until(() -> this.jdbc
			.sql("select count(*) from competition_vote where address_hash is not null").query(Long.class).single() == 0);
		assertThat(this.jdbc.sql("select count(*) from competition_vote_link where address_hash is not null")
			.query(Long.class).single()).isZero();
		// 30 + 1 + 12 votes, their networks and times kept for the figures
		assertThat(this.jdbc.sql("select count(*) from competition_vote where network is not null").query(Long.class).single())
			.isEqualTo(43L);
		assertThat(counted()).containsExactly(8L, 7L, 12L, 4L);
	}

	/** Counted (not voided) votes per entry, in the order of {@link #ENTRIES}. */
	private List<Long> counted() {
		List<Long> counts = new ArrayList<>();
		for (String entry : ENTRIES) {
			counts.add(this.jdbc.sql("select count(*) from competition_vote where entry_id = :entry and voided_at is null")
				.param("entry", entry).query(Long.class).single());
		}
		return counts;
	}

	private HttpResponse<String> vote(String entry, String email, String from) throws Exception {
		String body = "entry=" + entry + "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8);
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(client().url("/competition/2026/vote")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Forwarded-For", from)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The {@code index}th vote link mailed to an address (as typed). */
	private static String voteLink(String email, int index) throws Exception {
		String to = email.strip();
		List<MimeMessage> mails = await().atMost(Duration.ofSeconds(30))
			.until(() -> List.of(smtp.getReceivedMessagesForDomain(to)), (m) -> m.size() > index);
		String text = Mails.part(mails.get(index), "text/plain");
		Matcher link = Pattern.compile("http://[^\\s]+/competition/vote/[A-Za-z0-9_-]{43}").matcher(text);
		assertThat(link.find()).as(text).isTrue();
		return link.group();
	}

	private List<String> events(String request) {
		return this.jdbc.sql("select id from campaign_event where request_id = :request order by starts_on")
			.param("request", request).query(String.class).list();
	}

	private static String path(String link) {
		return link.substring(0, link.indexOf('?'));
	}

	private static String key(String link) {
		return link.substring(link.indexOf("key=") + 4);
	}

	/** A staff form posted as a signed-in person does: the console's CSRF token, the session's cookie. */
	HttpResponse<String> staffPost(String path, Map<String, String> fields) throws Exception {
		return staffPost(path, fields, STAFF, STAFF_PASSWORD, "/staff/competition");
	}

	HttpResponse<String> staffPost(String path, Map<String, String> fields, String user, String password, String page)
			throws Exception {
		HttpClient staff = client().signedIn(user, password);
		String html = staff.send(HttpRequest.newBuilder(URI.create(client().url(page))).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(html);
		assertThat(csrf.find()).as(html).isTrue();
		StringBuilder body = new StringBuilder("_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));
		fields.forEach((k, v) -> body.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
		return staff.send(HttpRequest.newBuilder(URI.create(client().url(path)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String pdfText(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	static List<String> fonts(byte[] pdf) throws Exception {
		List<String> fonts = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (org.apache.pdfbox.cos.COSName name : document.getPage(0).getResources().getFontNames()) {
				PDFont font = document.getPage(0).getResources().getFont(name);
				fonts.add(font.getName() + (font.isEmbedded() ? "" : " (not embedded)"));
			}
		}
		return fonts;
	}

}
