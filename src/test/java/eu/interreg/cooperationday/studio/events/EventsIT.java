package eu.interreg.cooperationday.studio.events;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
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
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

import eu.interreg.cooperationday.studio.places.Gazetteer;
import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.Mails;
import eu.interreg.cooperationday.studio.support.StudioClient;
import eu.interreg.cooperationday.studio.support.StudioClient.FilePart;
import eu.interreg.cooperationday.studio.support.TestStudio;

import static eu.interreg.cooperationday.studio.support.StudioClient.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The campaign's events over real HTTP: three programmes ask with their event's city and country (found
 * offline in three spellings), their communicators add the other 27 of the 30 fixture events from the
 * link in their email, and the list, the feeds, an event's page and the widget show all 30 where they are.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventsIT {

	static final String STAFF = "staff-events";

	static final String STAFF_PASSWORD = "events-pass-1";

	static final ServerSetup SMTP = new ServerSetup(3027, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(SMTP).withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestStudio.embedded(registry);
		TestStudio.smtp(registry, SMTP);
		// the fixture's events were in September and October: they are still to be reported here
		registry.add("studio.impact.window", () -> "800d");
		registry.add("studio.staff.username", () -> STAFF);
		registry.add("studio.staff.password", () -> STAFF_PASSWORD);
		registry.add("studio.impact.check-interval", () -> "1h");
		registry.add("studio.kit.write-when-done", () -> true);
	}

	/** One row of the fixture: 30 events in 25 countries with their reference coordinates. */
	record Row(String title, String date, String city, String country, double latitude, double longitude,
			String format, String language) {
	}

	static final List<Row> ROWS = rows();

	/** The programmes: their email, and (filled as the tests go) their events link. */
	static final Map<String, String> LINKS = new LinkedHashMap<>();

	static final Map<String, String> REQUESTS = new LinkedHashMap<>();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ImpactReports impact;

	StudioClient client() {
		return new StudioClient(this.port);
	}

	static List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				EventsIT.class.getResourceAsStream("/events/thirty-events.csv"), StandardCharsets.UTF_8))) {
			in.readLine();
			String line;
			while ((line = in.readLine()) != null) {
				String[] f = line.split(",");
				rows.add(new Row(f[0], f[1], f[2], f[3], Double.parseDouble(f[4]), Double.parseDouble(f[5]), f[6], f[7]));
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return rows;
	}

	@Test
	@Order(1)
	void anUnknownPlaceIsRefusedNamingTheFieldWithSuggestions() throws Exception {
		HttpResponse<String> refused = client().submit(form("programmeName", "Interreg Rhein-Maas", "language", "de",
				"contactEmail", "comms@rm.example", "logo", new FilePart("logo.png", "image/png", Fixtures.png(400, 200)),
				"eventTitle", "Grenzfest", "eventDate", "2026-09-19", "eventCity", "Maastrikt", "eventCountry", "NL",
				"assets", "social"));
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
		assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		JsonNode error = client().json(refused.body()).get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("eventCity");
		assertThat(error.get("reason").asString()).contains("Maastrikt").contains("Did you mean").contains("Maastricht");

		HttpResponse<String> noCountry = client().submit(form("programmeName", "Interreg Rhein-Maas", "language", "de",
				"contactEmail", "comms@rm.example", "logo", new FilePart("logo.png", "image/png", Fixtures.png(400, 200)),
				"eventCity", "Köln", "eventCountry", "ZZ"));
		assertThat(noCountry.statusCode()).isEqualTo(422);
		assertThat(client().json(noCountry.body()).get("errors").get(0).get("field").asString()).isEqualTo("eventCountry");
	}

	@Test
	@Order(2)
	void threeProgrammesAskWithTheirEventsPlaceInThreeSpellings() throws Exception {
		StudioClient client = client();
		// the fixture's Köln, Θεσσαλονίκη and Lisbon, spelled Koeln, Thessaloniki and Lisboa
		String[][] programmes = { { "Interreg Deutschland-Nederland", "de", "comms@dnl.example", "0", "Koeln" },
				{ "Interreg Greece-Bulgaria", "el", "comms@grbg.example", "19", "Thessaloniki" },
				{ "Interreg Spain-Portugal", "pt", "comms@poctep.example", "2", "Lisboa" } };
		for (String[] p : programmes) {
			Row row = ROWS.get(Integer.parseInt(p[3]));
			HttpResponse<String> accepted = client.submit(form("programmeName", p[0], "language", p[1], "contactEmail",
					p[2], "logo", new FilePart("logo.png", "image/png", Fixtures.png(400, 200)), "eventTitle", row.title(),
					"eventDate", row.date(), "eventVenue", "Town hall", "eventCity", p[4], "eventCountry", row.country(),
					"assets", "social"));
			assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
			REQUESTS.put(p[2], client.json(accepted.body()).get("id").asString());
		}
		for (Map.Entry<String, String> request : REQUESTS.entrySet()) {
			assertThat(client.awaitFinished(request.getValue(), Duration.ofSeconds(180)).get("status").asString()).isEqualTo("DONE");
			MimeMessage mail = await().atMost(Duration.ofSeconds(30))
				.until(() -> List.of(smtp.getReceivedMessagesForDomain(request.getKey())), (m) -> !m.isEmpty())
				.get(0);
			String text = Mails.part(mail, "text/plain");
			Matcher link = Pattern.compile("http://[^\\s]+/p/[a-z0-9-]+/events\\?key=[A-Za-z0-9_-]{43}").matcher(text);
			assertThat(link.find()).as(text).isTrue();
			LINKS.put(request.getKey(), link.group());
			assertThat(text).contains("<iframe src=\"").contains("/embed/events?programme=");
			assertThat(Mails.part(mail, "text/html")).contains("id=\"events\"").contains("id=\"kit\"");
			assertThat(text).contains("/requests/" + request.getValue() + "/kit/campaign-kit.zip");
			// its kit is stored once it is DONE, before anyone asks for it
			await().atMost(Duration.ofSeconds(60)).until(() -> kit(request.getValue()).keySet(),
					(names) -> names.containsAll(List.of("posts.md", "posts.csv", "posting-calendar.ics")) && names.size() == 4);
		}
	}

	@Test
	@Order(3)
	void theCommunicatorsAddTheOther27EventsFromTheirLink() throws Exception {
		StudioClient client = client();
		List<String> links = List.copyOf(LINKS.values());
		Set<Integer> own = Set.of(0, 19, 2);
		for (int i = 0; i < ROWS.size(); i++) {
			if (own.contains(i)) {
				continue;
			}
			Row row = ROWS.get(i);
			String link = links.get(i % 3);
			HttpResponse<String> saved = post(link.substring(0, link.indexOf('?')), Map.of("key", key(link), "title",
					row.title(), "date", row.date(), "start", "14:00", "end", "17:30", "city", row.city(), "country",
					row.country(), "format", row.format(), "languages", row.language(), "description",
					"<b>Doors open</b> at 14:00 & music"));
			assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
		}
		HttpResponse<String> page = client.get(links.get(0));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Open border day").contains("River Douro walk").doesNotContain("Bridges of the Danube");
		assertThat(client.get(links.get(0).replaceAll("key=.*", "key=" + "A".repeat(43))).statusCode()).isEqualTo(404);
	}

	@Test
	@Order(4)
	void badEventsAreRefusedNamingEachFieldAndOutOfWindowDatesWarn() throws Exception {
		String link = LINKS.values().iterator().next();
		String action = link.substring(0, link.indexOf('?'));
		HttpResponse<String> refused = post(action, Map.of("key", key(link), "title", "Somewhere", "date", "2026-09-19",
				"city", "Kolnn", "country", "DE", "end", "10:00"));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("No place called &quot;Kolnn&quot; is known in DE. Did you mean: ").contains("Köln")
			.contains("The end time must come after the start time.");
		HttpResponse<String> winter = post(action, Map.of("key", key(link), "title", "Winter reunion", "date", "2026-12-12",
				"format", "online"));
		assertThat(winter.statusCode()).isEqualTo(303);
		String location = winter.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("warning=window");
		assertThat(client().get(location).body()).contains("outside the campaign&#39;s window");
		String id = location.replaceAll(".*saved=([a-z0-9]+).*", "$1");
		HttpResponse<String> cancelled = post(action + "/" + id + "/cancel", Map.of("key", key(link), "cancelled", "true"));
		assertThat(cancelled.statusCode()).isEqualTo(303);
	}

	@Test
	@Order(5)
	void theListShowsEveryEventWithoutJavaScriptAndFilters() throws Exception {
		StudioClient client = client();
		HttpResponse<String> list = client.get("/events");
		assertThat(list.statusCode()).isEqualTo(200);
		String html = list.body();
		assertThat(Pattern.compile("<li class=\"event( cancelled)?\" id=\"event-").matcher(html).results().count())
			.as("30 events and the cancelled winter one").isEqualTo(31);
		for (Row row : ROWS) {
			assertThat(html).contains(escape(row.title()));
		}
		assertThat(html).contains("Cancelled").contains("GeoNames").contains("OpenStreetMap");
		String csp = list.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(csp).contains("img-src 'self' data: blob:").contains("https://tile.openstreetmap.org")
			.contains("frame-ancestors 'none'");
		assertThat(list.headers().firstValue("X-Frame-Options")).hasValue("DENY");

		String germany = client.get("/events?country=DE").body();
		assertThat(count(germany)).as("Köln and München").isEqualTo(2);
		String online = client.get("/events?format=online").body();
		assertThat(online).contains("Meuse-Rhine cafe").contains("Centrope talks").doesNotContain("Open border day");
		String september = client.get("/events?from=2026-09-19&to=2026-09-19").body();
		assertThat(count(september)).isEqualTo(ROWS.stream().filter((r) -> r.date().equals("2026-09-19")).count());
		String greek = client.get("/events?language=el").body();
		assertThat(greek).contains("Island cooperation evening").doesNotContain("Riga open doors");
	}

	@Test
	@Order(6)
	void theCalendarHoldsThirtyEventsWithStableUids() throws Exception {
		StudioClient client = client();
		HttpResponse<String> ics = client.get("/events.ics");
		assertThat(ics.statusCode()).isEqualTo(200);
		assertThat(ics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
		// ical4j's GEO rule takes no minus sign, which RFC 5545 (3.8.1.6, FLOAT) allows: Lisbon is at -9.1
		assertThat(calendar.validate().getEntries()).as(calendar.validate().toString())
			.allMatch((entry) -> "GEO".equals(entry.getContext()) && entry.getMessage().contains("MUST match expression"));
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(31);
		Set<String> uids = new HashSet<>();
		events.forEach((e) -> uids.add(value(e, Property.UID)));
		assertThat(uids).hasSize(31);
		assertThat(events.stream().filter((e) -> "CANCELLED".equals(value(e, Property.STATUS)))).hasSize(1);
		Calendar again = new CalendarBuilder().build(new StringReader(client.get("/events.ics").body()));
		Set<String> uidsAgain = new HashSet<>();
		again.<VEvent>getComponents("VEVENT").forEach((e) -> uidsAgain.add(value(e, Property.UID)));
		assertThat(uidsAgain).isEqualTo(uids);
		// the added ones start at 14:00 where they are: Helsinki is UTC+3 in October
		VEvent oulu = events.stream().filter((e) -> value(e, Property.SUMMARY).startsWith("Northern Periphery")).findFirst().orElseThrow();
		assertThat(value(oulu, Property.DTSTART)).isEqualTo("20261009T110000Z");

		Calendar greece = new CalendarBuilder().build(new StringReader(client.get("/events.ics?country=GR").body()));
		assertThat(greece.<VEvent>getComponents("VEVENT")).hasSize(1);
	}

	@Test
	@Order(7)
	void theGeoJsonHasThirtyFeaturesWhereTheyAre() throws Exception {
		HttpResponse<String> geo = client().get("/events.geojson");
		assertThat(geo.statusCode()).isEqualTo(200);
		assertThat(geo.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/geo+json");
		JsonNode collection = client().json(geo.body());
		assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
		JsonNode features = collection.get("features");
		assertThat(features).as("the winter reunion is online and has no place").hasSize(30);
		for (JsonNode feature : features) {
			String title = feature.get("properties").get("title").asString();
			Row row = ROWS.stream().filter((r) -> r.title().equals(title)).findFirst().orElseThrow();
			double lon = feature.get("geometry").get("coordinates").get(0).asDouble();
			double lat = feature.get("geometry").get("coordinates").get(1).asDouble();
			assertThat(Gazetteer.kilometres(row.latitude(), row.longitude(), lat, lon)).as(title + " as [lon, lat]").isLessThan(25);
		}
	}

	@Test
	@Order(8)
	void theAtomFeedAndAnEventsPageWithItsCardAndSchemaOrgEvent() throws Exception {
		StudioClient client = client();
		HttpResponse<String> atom = client.get("/events.atom");
		assertThat(atom.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(atom.body().getBytes(StandardCharsets.UTF_8)));
		assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isEqualTo(31);

		JsonNode feature = client.json(client.get("/events.geojson?country=HU").body()).get("features").get(0);
		String url = feature.get("properties").get("url").asString();
		HttpResponse<String> page = client.get(url);
		assertThat(page.statusCode()).isEqualTo(200);
		String html = page.body();
		assertThat(html).contains("<meta property=\"og:title\" content=\"Szigetköz festival · ")
			.contains("&lt;b&gt;Doors open&lt;/b&gt; at 14:00 &amp; music").doesNotContain("<b>Doors open");
		Matcher ld = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(html);
		assertThat(ld.find()).isTrue();
		JsonNode event = client.json(ld.group(1));
		assertThat(event.get("@type").asString()).isEqualTo("Event");
		assertThat(event.get("startDate").asString()).isEqualTo("2026-09-30T14:00+02:00");
		assertThat(event.get("location").get("address").get("addressCountry").asString()).isEqualTo("HU");
		assertThat(event.get("description").asString()).isEqualTo("<b>Doors open</b> at 14:00 & music");
		assertThat(ld.group(1)).as("nothing in the JSON-LD closes its script").doesNotContain("<");
		HttpResponse<String> one = client.get(url + ".ics");
		assertThat(new CalendarBuilder().build(new StringReader(one.body())).<VEvent>getComponents("VEVENT")).hasSize(1);
		assertThat(client.get("/events/zzzzzzzzzz").statusCode()).isEqualTo(404);
	}

	@Test
	@Order(9)
	void editingAnAddedEventRendersNothingAndCalendarsSeeTheChange() throws Exception {
		StudioClient client = client();
		List<Map<String, Object>> before = assets();
		String other = LINKS.values().iterator().next();
		String link = List.copyOf(LINKS.values()).get(1); // the row of München went to the second programme
		String action = link.substring(0, link.indexOf('?'));
		JsonNode munich = client.json(client.get("/events.geojson?country=DE").body()).get("features");
		String id = null;
		for (JsonNode f : munich) {
			if (f.get("properties").get("title").asString().startsWith("Bridges")) {
				id = f.get("id").asString();
			}
		}
		assertThat(id).isNotNull();
		String otherAction = other.substring(0, other.indexOf('?'));
		assertThat(post(otherAction + "/" + id, Map.of("key", key(other), "title", "Taken over", "date", "2026-09-20"))
			.statusCode()).as("another programme's link cannot change it").isEqualTo(404);
		HttpResponse<String> edited = post(action + "/" + id, Map.of("key", key(link), "title", "Bridges of the Danube",
				"date", "2026-09-20", "start", "10:00", "city", "Regensburg", "country", "DE", "format", "hybrid",
				"languages", "de"));
		assertThat(edited.statusCode()).as(edited.body()).isEqualTo(303);
		Calendar calendar = new CalendarBuilder().build(new StringReader(client.get("/events.ics?country=DE").body()));
		String uid = id;
		VEvent event = calendar.<VEvent>getComponents("VEVENT").stream()
			.filter((e) -> value(e, Property.UID).startsWith(uid + "@")).findFirst().orElseThrow();
		assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
		assertThat(value(event, Property.LOCATION)).contains("Regensburg");
		assertThat(assets()).as("no file shows an added event, so none was made again").isEqualTo(before);
	}

	@Test
	@Order(10)
	void theWidgetMayBeFramedByAnySiteAndNothingElseIsLoosened() throws Exception {
		StudioClient client = client();
		String slug = LINKS.values().iterator().next().replaceAll(".*/p/([a-z0-9-]+)/events.*", "$1");
		HttpResponse<String> embed = client.get("/embed/events?programme=" + slug + "&theme=dark");
		assertThat(embed.statusCode()).isEqualTo(200);
		assertThat(embed.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors *")
			.contains("script-src 'self'");
		assertThat(embed.headers().firstValue("X-Frame-Options")).isEmpty();
		assertThat(embed.body()).contains("class=\"dark\"").contains("lang=\"de\"").contains("Open border day")
			.doesNotContain("Balkan Mediterranean meeting");
		HttpResponse<String> share = client.get("/p/" + slug);
		assertThat(share.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(share.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'")
			.doesNotContain("openstreetmap");
	}

	@Test
	@Order(11)
	void theDayAfterCommunicatorsReportFiguresThatTheDashboardCsvAndPdfAddUp() throws Exception {
		StudioClient client = client();
		assertThat(this.impact.remindDue()).as("the 30 held events are over; the winter one is cancelled").isEqualTo(30);
		assertThat(this.impact.remindDue()).as("not again before the reminder gap").isZero();
		List<String> links = new ArrayList<>();
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			links.clear();
			for (MimeMessage mail : smtp.getReceivedMessages()) {
				Matcher link = Pattern.compile("http://\\S+/events/[a-z0-9]{10}/report\\?key=[A-Za-z0-9_-]{43}")
					.matcher(Mails.part(mail, "text/plain"));
				if (link.find()) {
					links.add(link.group());
				}
			}
			return links.size() == 30;
		});
		long attendees = 0;
		long reach = 0;
		for (int i = 0; i < links.size(); i++) {
			String link = links.get(i);
			Map<String, String> figures = new LinkedHashMap<>(Map.of("key", key(link), "attendees", String.valueOf(100 + i),
					"reach", String.valueOf(1000L * i), "note", "<i>busy</i>"));
			if (i % 2 == 0) {
				figures.put("satisfaction", String.valueOf(8 + i % 3));
			}
			HttpResponse<String> saved = post(link.substring(0, link.indexOf('?')), figures);
			assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
			attendees += 100 + i;
			reach += 1000L * i;
		}
		String first = links.get(0);
		HttpResponse<String> refused = post(first.substring(0, first.indexOf('?')), Map.of("key", key(first), "attendees",
				"many", "satisfaction", "11"));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("attendees-error").contains("satisfaction-error");
		assertThat(post(first.substring(0, first.indexOf('?')), Map.of("key", "B".repeat(43), "attendees", "5")).statusCode())
			.isEqualTo(404);
		// a correction replaces the figures: 100 people became 150
		assertThat(post(first.substring(0, first.indexOf('?')), Map.of("key", key(first), "attendees", "150", "reach", "0",
				"satisfaction", "8")).statusCode()).isEqualTo(303);
		attendees += 50;
		assertThat(client.get(first).body()).contains("value=\"150\"");
		assertThat(this.impact.remindDue()).as("reported events are not asked again").isZero();

		HttpResponse<String> anonymous = client.get("/staff/impact");
		assertThat(anonymous.statusCode()).isEqualTo(401);
		HttpClient staff = client.signedIn(STAFF, STAFF_PASSWORD);
		String dashboard = staff.send(HttpRequest.newBuilder(URI.create(client.url("/staff/impact"))).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		java.text.NumberFormat english = java.text.NumberFormat.getIntegerInstance(java.util.Locale.ENGLISH);
		assertThat(dashboard).contains("<td>30</td>").contains(english.format(attendees)).contains(english.format(reach))
			.contains("50,815").contains("id=\"chart-country\"").contains("role=\"img\"");
		String csv = staff.send(HttpRequest.newBuilder(URI.create(client.url("/staff/impact.csv"))).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		assertThat(csv.split("\r\n")[1]).isEqualTo("campaign,all,30,30," + attendees + "," + reach + ",9.0");
		assertThat(csv).contains("\r\ncountry,Germany,2,2,");
		long started = System.nanoTime();
		HttpResponse<byte[]> pdf = staff.send(HttpRequest.newBuilder(URI.create(client.url("/staff/impact.pdf"))).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		System.out.printf("impact report PDF of 30 events: %d ms, %d bytes%n", (System.nanoTime() - started) / 1_000_000,
				pdf.body().length);
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/test-output"));
		java.nio.file.Files.write(java.nio.file.Path.of("target/test-output/impact-report.pdf"), pdf.body());
		assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
			String text = eu.interreg.cooperationday.studio.support.PdfText.of(document);
			assertThat(text).contains("Interreg Cooperation Day: impact").contains("Attendees per country")
				.contains(english.format(attendees)).contains("50,815").contains("Germany");
			document.getPage(0).getResources().getFontNames().forEach((name) -> {
				try {
					assertThat(document.getPage(0).getResources().getFont(name).isEmbedded()).isTrue();
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
		}
	}

	@Test
	@Order(12)
	void aFinishedRequestsPostsComeFromItsEventsAndFiles() throws Exception {
		StudioClient client = client();
		String dnl = REQUESTS.get("comms@dnl.example");
		HttpResponse<String> csv = client.get("/requests/" + dnl + "/kit/posts.csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		List<eu.interreg.cooperationday.studio.programme.internal.CsvReader.Row> rows =
				eu.interreg.cooperationday.studio.programme.internal.CsvReader.read(csv.body());
		// German only; its own event and the 9 it added: the arc's 5 moments, and one post before each other event
		assertThat(rows).hasSize(1 + (5 + 9) * 6);
		assertThat(rows.get(1).fields().get(4)).isEqualTo("de");
		assertThat(rows.stream().skip(1).map((r) -> r.fields().get(6))).allMatch((text) -> !text.isBlank());
		assertThat(rows.stream().skip(1).map((r) -> r.fields().get(8)))
			.as("the files' stable links").allMatch((url) -> url.contains("/d/"));
		String markdown = client.get("/requests/" + dnl + "/kit/posts.md").body();
		assertThat(markdown).startsWith("# Posts for Interreg Deutschland-Nederland").contains("Merken Sie sich den Termin vor!");
		assertThat(client.get("/requests/" + dnl).body()).contains("id=\"posts-csv\"").doesNotContain("id=\"kit-english\"");
		// Greek has its kit words (machine-translated); a language without them is KitPostsTest's
		String greek = REQUESTS.get("comms@grbg.example");
		assertThat(client.get("/requests/" + greek).body()).doesNotContain("id=\"kit-english\"");
		assertThat(client.get("/requests/" + greek + "/kit/posts.md").body()).contains("Σημειώστε την ημερομηνία!")
			.doesNotContain("not translated into");
		assertThat(client.get("/requests/00000000-0000-0000-0000-000000000000/kit/posts.csv").statusCode()).isEqualTo(404);
		// the second programme's München event was moved to Regensburg (SEQUENCE 1): its posts say so, same UIDs
		Calendar posting = new CalendarBuilder().build(new StringReader(
				client.get("/requests/" + greek + "/kit/posting-calendar.ics").body()));
		assertThat(posting.validate().hasErrors()).as(posting.validate().toString()).isFalse();
		List<VEvent> planned = posting.getComponents("VEVENT");
		assertThat(planned).hasSize((5 + 9) * 6);
		assertThat(planned.stream().filter((e) -> value(e, Property.DESCRIPTION).contains("Bridges of the Danube")))
			.isNotEmpty()
			.allSatisfy((e) -> assertThat(value(e, Property.SEQUENCE)).isEqualTo("1"))
			.allSatisfy((e) -> assertThat(value(e, Property.DESCRIPTION)).contains("Regensburg"));
	}

	@Test
	@Order(13)
	void theWholeKitIsOneZipAndStaffManageAProgrammesEvents() throws Exception {
		StudioClient client = client();
		String dnl = REQUESTS.get("comms@dnl.example");
		HttpResponse<byte[]> zip = client.getBytes(client.url("/requests/" + dnl + "/kit/campaign-kit.zip"));
		assertThat(zip.statusCode()).isEqualTo(200);
		List<String> entries = new ArrayList<>();
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip.body()))) {
			for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.add(entry.getName());
			}
		}
		int files = client.json(client.get("/api/render-requests/" + dnl).body()).get("assets").size();
		assertThat(entries).startsWith("posts.md", "posts.csv", "posting-calendar.ics", "guide-de.pdf").hasSize(4 + files);
		// the practical guide, in the request's language: its name, its events' dates, its checklist, its files' links
		HttpResponse<byte[]> guide = client.getBytes(client.url("/requests/" + dnl + "/kit/guide-de.pdf"));
		assertThat(guide.statusCode()).isEqualTo(200);
		assertThat(guide.headers().firstValue("Content-Type")).hasValue("application/pdf");
		try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(guide.body())) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replace("\n", " ");
			assertThat(text).contains("Praktischer Leitfaden für Interreg Deutschland-Nederland")
				.contains("Checkliste")
				.contains("Die Plakate sind gedruckt")
				.contains("Ihr Logo neben dem EU-Emblem")
				.contains("/d/");
		}
		assertThat(client.getBytes(client.url("/requests/" + dnl + "/kit/guide-fr.pdf")).statusCode())
			.as("a language the request does not have").isEqualTo(404);
		assertThat(client.get("/requests/" + dnl).body()).contains("id=\"guide-first\"").doesNotContain("id=\"guide-second\"");

		HttpClient staff = client.signedIn(STAFF, STAFF_PASSWORD);
		String page = staff.send(HttpRequest.newBuilder(URI.create(client.url("/staff/requests/" + dnl + "/events"))).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		assertThat(page).contains("Open border day").contains("River Douro walk");
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(csrf.find()).as("the staff forms carry a CSRF token").isTrue();
		HttpResponse<String> added = staff.send(HttpRequest.newBuilder(URI.create(client.url("/staff/requests/" + dnl + "/events")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)
					+ "&title=Staff+added+walk&date=2026-09-27&city=Nijmegen&country=NL&format=onsite"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(added.statusCode()).as(added.body()).isEqualTo(303);
		assertThat(client.get("/events?country=NL").body()).contains("Staff added walk");
		HttpResponse<String> forged = post(client.url("/staff/requests/" + dnl + "/events"), Map.of("title", "Forged",
				"date", "2026-09-27"));
		assertThat(forged.statusCode()).as("without a session and its CSRF token").isIn(401, 403);
	}

	@Test
	@Order(14)
	void theProgrammesHandlesAreCheckedPerPlatformAndItsPostsMentionThem() throws Exception {
		StudioClient client = client();
		String dnl = REQUESTS.get("comms@dnl.example");
		String action = client.url("/requests/" + dnl + "/kit/handles");
		HttpResponse<String> refused = post(action, Map.of("x", "@far_too_long_for_an_x_handle", "mastodon", "@interreg",
				"bluesky", "interreg-dnl.bsky.social"));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("x-error").contains("mastodon-error").doesNotContain("bluesky-error")
			.contains("@name@server");
		assertThat(client.get("/requests/" + dnl + "/kit/posts.csv").body()).as("nothing kept").doesNotContain("bsky.social");
		HttpResponse<String> saved = post(action, Map.of("x", "interreg_dnl", "mastodon", "@dnl@Social.Example",
				"bluesky", "interreg-dnl.bsky.social", "instagram", ""));
		assertThat(saved.statusCode()).isEqualTo(303);
		String csv = client.get("/requests/" + dnl + "/kit/posts.csv").body();
		assertThat(csv).contains("@interreg_dnl").contains("@dnl@social.example").contains("@interreg-dnl.bsky.social");
		assertThat(client.get("/requests/" + dnl + "/kit/handles").body()).contains("value=\"@interreg_dnl\"");
	}

	@Test
	@Order(15)
	void changingTheFirstEventMakesAgainOnlyTheFilesThatShowItBehindTheSameLinks() throws Exception {
		StudioClient client = client();
		String dnl = REQUESTS.get("comms@dnl.example");
		String link = LINKS.get("comms@dnl.example");
		String action = link.substring(0, link.indexOf('?'));
		String first = this.jdbc.sql("select id from campaign_event where request_id = :id and first_event = true")
			.param("id", dnl).query(String.class).single();
		Map<String, Map<String, Object>> before = files(dnl);
		Map<String, Map<String, Object>> kitBefore = kit(dnl);
		BufferedImage squareBefore = png(client, (String) before.get("social/square-1080").get("download_token"));
		Row row = ROWS.get(0);
		Map<String, String> fields = new LinkedHashMap<>(Map.of("key", key(link), "title", "Grenzfest am Niederrhein",
				"date", row.date(), "venue", "Town hall", "city", "Koeln", "country", row.country(), "format", "onsite",
				"languages", "de"));
		HttpResponse<String> edited = post(action + "/" + first, fields);
		assertThat(edited.statusCode()).as(edited.body()).isEqualTo(303);
		String location = edited.headers().firstValue("Location").orElseThrow();
		assertThat(location).as("the two social images that show the event and their thumbnails").contains("remade=4");
		assertThat(client.json(client.get("/api/render-requests/" + dnl).body()).get("status").asString())
			.as("the request stays DONE, its page public, while its files are made again").isEqualTo("DONE");
		assertThat(client.get(location).body()).contains("id=\"remade\"").contains("The 4 files that show this event");
		await().atMost(Duration.ofSeconds(120)).until(() -> this.jdbc
			.sql("select count(*) from asset where request_id = :id and stale = true").param("id", dnl)
			.query(Integer.class).single() == 0);

		Map<String, Map<String, Object>> after = files(dnl);
		assertThat(after.keySet()).isEqualTo(before.keySet());
		for (String shows : List.of("social/square-1080", "social/story-1080x1920", "thumbnail/square-1080",
				"thumbnail/story-1080x1920")) {
			assertThat(after.get(shows).get("sha256")).as(shows + " is made again").isNotEqualTo(before.get(shows).get("sha256"));
			assertThat(after.get(shows).get("download_token")).as(shows + " keeps its link")
				.isEqualTo(before.get(shows).get("download_token"));
		}
		for (String not : List.of("social/link-card-1200x630", "thumbnail/link-card-1200x630")) {
			assertThat(after.get(not)).as(not + " does not show the event: left as it was").isEqualTo(before.get(not));
		}
		// the link sent before gives the new image: the event's lines changed, the name and logo above did not
		BufferedImage square = png(client, (String) after.get("social/square-1080").get("download_token"));
		assertThat(square.getWidth()).isEqualTo(1080);
		assertThat(square.getHeight()).isEqualTo(1080);
		assertThat(differing(squareBefore, square, 0, 0, 1080, 780)).as("above the event's slot").isZero();
		assertThat(differing(squareBefore, square, 130, 796, 820, 78)).as("in the event's slot").isGreaterThan(500);
		assertThat(this.jdbc.sql("select event_title from render_request where id = :id").param("id", dnl)
			.query(String.class).single()).isEqualTo("Grenzfest am Niederrhein");
		// the kit is stored like the files, and written again when what it is made from changed
		assertThat(kitBefore.keySet()).containsExactlyInAnyOrder("posts.md", "posts.csv", "posting-calendar.ics",
				"guide-de.pdf");
		assertThat(client.get("/requests/" + dnl + "/kit/posts.md").body()).contains("Grenzfest am Niederrhein");
		Map<String, Map<String, Object>> kitAfter = kit(dnl);
		assertThat(kitAfter.get("posts.md").get("inputs")).isNotEqualTo(kitBefore.get("posts.md").get("inputs"))
			.isEqualTo(kitAfter.get("guide-de.pdf").get("inputs"));
		assertThat(kitAfter.get("posts.md").get("sha256")).isNotEqualTo(kitBefore.get("posts.md").get("sha256"));
		assertThat(client.get("/requests/" + dnl + "/kit/posts.md").headers().firstValue("ETag"))
			.as("read again with nothing changed: the same stored file")
			.hasValue("\"" + kitAfter.get("posts.md").get("sha256") + "\"");
		assertThat(kit(dnl)).isEqualTo(kitAfter);
		assertThat(client.json(client.get("/api/render-requests/" + dnl).body()).get("status").asString()).isEqualTo("DONE");
	}

	@Test
	@Order(16)
	void theSharePageShowsItsOwnerTheKitAndNobodyElse() throws Exception {
		StudioClient client = client();
		String dnl = REQUESTS.get("comms@dnl.example");
		String link = LINKS.get("comms@dnl.example");
		String slug = link.replaceAll(".*/p/([a-z0-9-]+)/events.*", "$1");
		assertThat(client.get(link).body()).as("the events page leads its owner there")
			.contains("href=\"/p/" + slug + "?key=" + key(link) + "\"");
		HttpResponse<String> owned = client.get("/p/" + slug + "?key=" + key(link));
		assertThat(owned.statusCode()).isEqualTo(200);
		assertThat(owned.body()).contains("id=\"owner\"").contains("lang=\"de\"").contains("Für Ihr Programm")
			.contains("/requests/" + dnl + "/kit/campaign-kit.zip").contains("/p/" + slug + "/unpublish?key=");
		assertThat(owned.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		assertThat(owned.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
		for (String visitor : List.of("/p/" + slug, "/p/" + slug + "?key=" + "x".repeat(43))) {
			HttpResponse<String> page = client.get(visitor);
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).as(visitor).doesNotContain("id=\"owner\"").doesNotContain(dnl);
		}
		HttpResponse<byte[]> kit = client.getBytes(client.url("/requests/" + dnl + "/kit/campaign-kit.zip"));
		assertThat(kit.statusCode()).isEqualTo(200);
		assertThat(kit.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/zip");
	}

	/** The request's files by {@code kind/format}: their bytes' hash, their link, when they were recorded. */
	private Map<String, Map<String, Object>> files(String request) {
		Map<String, Map<String, Object>> files = new java.util.TreeMap<>();
		for (Map<String, Object> row : this.jdbc
			.sql("select kind, format, sha256, download_token, created_at from asset where request_id = :id")
			.param("id", request).query().listOfRows()) {
			Map<String, Object> lower = new java.util.TreeMap<>();
			row.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
			files.put(lower.get("kind") + "/" + lower.get("format"), lower);
		}
		return files;
	}

	/** The request's stored kit files by name: their bytes' hash and the hash of their inputs. */
	private Map<String, Map<String, Object>> kit(String request) {
		Map<String, Map<String, Object>> files = new java.util.TreeMap<>();
		for (Map<String, Object> row : this.jdbc.sql("select name, sha256, inputs, written_at from kit_file where request_id = :id")
			.param("id", request).query().listOfRows()) {
			Map<String, Object> lower = new java.util.TreeMap<>();
			row.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
			files.put((String) lower.get("name"), lower);
		}
		return files;
	}

	/** The PNG a stable download link gives (it redirects to the object store). */
	private static BufferedImage png(StudioClient client, String token) throws Exception {
		HttpResponse<byte[]> redirect = client.getBytes(client.url("/d/" + token));
		assertThat(redirect.statusCode()).isEqualTo(302);
		HttpResponse<byte[]> file = client.getBytes(redirect.headers().firstValue("Location").orElseThrow());
		assertThat(file.statusCode()).isEqualTo(200);
		return javax.imageio.ImageIO.read(new ByteArrayInputStream(file.body()));
	}

	private static int differing(BufferedImage a, BufferedImage b, int x, int y, int w, int h) {
		int differing = 0;
		for (int j = y; j < y + h; j++) {
			for (int i = x; i < x + w; i++) {
				if (a.getRGB(i, j) != b.getRGB(i, j)) {
					differing++;
				}
			}
		}
		return differing;
	}

	private List<Map<String, Object>> assets() {
		return this.jdbc.sql("select request_id, kind, format, sha256, created_at from asset order by request_id, kind, format")
			.query()
			.listOfRows();
	}

	private static long count(String html) {
		return Pattern.compile("<li class=\"event( cancelled)?\" id=\"event-").matcher(html).results().count();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
	}

	private static String key(String link) {
		return link.substring(link.indexOf("key=") + 4);
	}

	private static String value(VEvent event, String property) {
		return event.<Property>getProperty(property).orElseThrow(() -> new AssertionError("no " + property)).getValue();
	}

	private HttpResponse<String> post(String url, Map<String, String> fields) throws Exception {
		return new StudioClient(this.port).postForm(url, fields);
	}

}
