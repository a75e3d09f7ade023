package eu.interreg.cooperationday.studio.events.internal;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import eu.interreg.cooperationday.studio.events.CampaignEvent;
import eu.interreg.cooperationday.studio.events.CampaignEvents.Listed;
import eu.interreg.cooperationday.studio.events.EventFormat;

import static org.assertj.core.api.Assertions.assertThat;

class EventFeedsTest {

	static final Instant NOW = Instant.parse("2026-08-01T10:00:00Z");

	static Listed listed(String id, String title, LocalTime start, Double lat, Double lon, boolean cancelled) {
		return new Listed(new CampaignEvent(id, "r1", false, title, LocalDate.of(2026, 9, 19), start,
				start == null ? null : start.plusHours(3), ZoneId.of("Europe/Lisbon"), "Praça do Comércio; Lisboa", "Lisboa",
				"PT", lat, lon, false, URI.create("https://example.org/day"), List.of("pt"), EventFormat.ONSITE,
				"Música, comida\nand a long description that goes on and on past the seventy-five octets of a line: ç ã é",
				cancelled, 2, NOW, NOW), "Interreg España-Portugal", "poctep-abc", "pt");
	}

	@Test
	void theCalendarIsFoldedEscapedAndTimedInUtc() throws Exception {
		String ics = EventFeeds.calendar("Events", List.of(listed("aaaaaaaaaa", "Festa, praia; música", LocalTime.of(14, 0),
				38.7167, -9.1333, false), listed("bbbbbbbbbb", "Cancelada", null, null, null, true)),
				(e) -> "https://studio.example/events/" + e.id(), "studio.example", NOW);
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		assertThat(ics).doesNotContain("\n\n").endsWith("END:VCALENDAR\r\n");
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(2);
		VEvent timed = events.get(0);
		assertThat(value(timed, Property.UID)).isEqualTo("aaaaaaaaaa@studio.example");
		assertThat(value(timed, Property.DTSTART)).as("14:00 in Lisbon in September is 13:00 UTC").isEqualTo("20260919T130000Z");
		assertThat(value(timed, Property.SUMMARY)).isEqualTo("Festa, praia; música · Interreg España-Portugal");
		assertThat(value(timed, Property.SEQUENCE)).isEqualTo("2");
		assertThat(value(timed, Property.GEO)).isEqualTo("38.7167;-9.1333");
		assertThat(value(events.get(1), Property.DTSTART)).isEqualTo("20260919");
		assertThat(value(events.get(1), Property.STATUS)).isEqualTo("CANCELLED");
	}

	@Test
	void geoJsonPositionsAreLongitudeThenLatitudeAndOnlyLocatedEventsAreFeatures() {
		JsonNode geo = JsonMapper.builder().build().readTree(EventFeeds.geoJson(List.of(listed("aaaaaaaaaa", "A",
				null, 38.7167, -9.1333, false), listed("bbbbbbbbbb", "B", null, null, null, false)),
				(e) -> "/events/" + e.id(), (slug) -> "/p/" + slug, java.util.Map.of("aaaaaaaaaa",
						new eu.interreg.cooperationday.studio.events.EventAwards.Award(1, "Winner: Best local event 2026",
								"/competition/awards/t/badge-1080-en.png", "/competition/2026"))));
		assertThat(geo.get("type").asString()).isEqualTo("FeatureCollection");
		assertThat(geo.get("features")).hasSize(1);
		JsonNode award = geo.get("features").get(0).get("properties").get("award");
		assertThat(award.get("label").asString()).isEqualTo("Winner: Best local event 2026");
		assertThat(award.get("badge").asString()).isEqualTo("/competition/awards/t/badge-1080-en.png");
		JsonNode point = geo.get("features").get(0).get("geometry");
		assertThat(point.get("type").asString()).isEqualTo("Point");
		assertThat(point.get("coordinates").get(0).asDouble()).isEqualTo(-9.1333);
		assertThat(point.get("coordinates").get(1).asDouble()).isEqualTo(38.7167);
	}

	@Test
	void theAtomFeedIsWellFormedWhateverTheTitles() throws Exception {
		String atom = EventFeeds.atom("New", "https://s/events.atom", "https://s/events",
				List.of(listed("aaaaaaaaaa", "A </title> & \u0001 <b>", null, null, null, false)), (e) -> "https://s/events/" + e.id(), 50);
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(atom.getBytes(StandardCharsets.UTF_8)));
		assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isEqualTo(1);
		assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(1).getTextContent())
			.isEqualTo("A </title> &  <b> · Interreg España-Portugal");
	}

	private static String value(VEvent event, String property) {
		return event.<Property>getProperty(property).orElseThrow().getValue();
	}

}
