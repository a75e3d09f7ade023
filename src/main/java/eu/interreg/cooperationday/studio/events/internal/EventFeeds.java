package eu.interreg.cooperationday.studio.events.internal;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import tools.jackson.databind.json.JsonMapper;

import eu.interreg.cooperationday.studio.events.CampaignEvent;
import eu.interreg.cooperationday.studio.events.EventAwards;
import eu.interreg.cooperationday.studio.events.CampaignEvents.Listed;
import eu.interreg.cooperationday.studio.system.CalendarText;

/**
 * The campaign's events as feeds: an iCalendar (RFC 5545) with one VEVENT per event, whose UID stays the
 * event's and whose SEQUENCE counts its changes (a cancelled one has STATUS:CANCELLED, so subscribed
 * calendars drop it); a GeoJSON FeatureCollection (RFC 7946, positions as [longitude, latitude]) of the
 * events that have a place; and an Atom feed (RFC 4287) of the newest events.
 */
final class EventFeeds {

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private EventFeeds() {
	}

	/**
	 * @param pageOf an event's page address
	 * @param host the studio's host name, for UIDs ({@code id@host})
	 */
	static String calendar(String name, List<Listed> events, Function<CampaignEvent, String> pageOf, String host,
			Instant stamp) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Interreg Cooperation Day//Studio//EN");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "X-WR-CALNAME:" + text(name));
		line(out, "REFRESH-INTERVAL;VALUE=DURATION:PT6H");
		for (Listed listed : events) {
			CampaignEvent e = listed.event();
			line(out, "BEGIN:VEVENT");
			line(out, "UID:" + e.id() + "@" + host);
			line(out, "DTSTAMP:" + UTC.format(stamp));
			if (e.allDay()) {
				line(out, "DTSTART;VALUE=DATE:" + DATE.format(e.date()));
				line(out, "DTEND;VALUE=DATE:" + DATE.format(e.date().plusDays(1)));
			}
			else {
				line(out, "DTSTART:" + UTC.format(e.startsAt()));
				line(out, "DTEND:" + UTC.format(e.endsAt()));
			}
			line(out, "SEQUENCE:" + e.sequence());
			line(out, "LAST-MODIFIED:" + UTC.format(e.updatedAt()));
			line(out, "SUMMARY:" + text(e.title() + " · " + listed.programme()));
			if (!e.where().isEmpty()) {
				line(out, "LOCATION:" + text(e.where()));
			}
			if (e.located()) {
				line(out, "GEO:" + e.latitude() + ";" + e.longitude());
			}
			line(out, "DESCRIPTION:" + text((e.description() == null ? "" : e.description() + "\n\n") + e.format().label()
					+ " · " + listed.programme() + "\n" + pageOf.apply(e)));
			line(out, "URL:" + (e.url() != null ? e.url().toASCIIString() : pageOf.apply(e)));
			line(out, "STATUS:" + (e.cancelled() ? "CANCELLED" : "CONFIRMED"));
			line(out, "TRANSP:TRANSPARENT");
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	/** The located events as GeoJSON Features, each with what a map's popup shows (and its competition place). */
	static String geoJson(List<Listed> events, Function<CampaignEvent, String> pageOf,
			Function<String, String> shareOf, Map<String, EventAwards.Award> awards) {
		List<Map<String, Object>> features = events.stream().filter((l) -> l.event().located()).map((l) -> {
			CampaignEvent e = l.event();
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("id", e.id());
			properties.put("title", e.title());
			properties.put("programme", l.programme());
			properties.put("date", e.date().toString());
			properties.put("start", e.allDay() ? null : e.start().toString());
			properties.put("timeZone", e.zone().getId());
			properties.put("where", e.where());
			properties.put("country", e.country());
			properties.put("format", e.format().code());
			properties.put("languages", e.languages());
			properties.put("cancelled", e.cancelled());
			properties.put("url", pageOf.apply(e));
			properties.put("programmeUrl", shareOf.apply(l.slug()));
			EventAwards.Award award = awards.get(e.id());
			if (award != null) {
				Map<String, Object> place = new LinkedHashMap<>();
				place.put("rank", award.rank());
				place.put("label", award.label());
				place.put("badge", award.badgeUrl());
				place.put("results", award.resultsUrl());
				properties.put("award", place);
			}
			Map<String, Object> feature = new LinkedHashMap<>();
			feature.put("type", "Feature");
			feature.put("id", e.id());
			feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(round(e.longitude()), round(e.latitude()))));
			feature.put("properties", properties);
			return feature;
		}).toList();
		Map<String, Object> collection = new LinkedHashMap<>();
		collection.put("type", "FeatureCollection");
		collection.put("features", features);
		return JSON.writeValueAsString(collection);
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e5) / 1e5;
	}

	/** The newest events first (by when they were added), at most {@code limit}. */
	static String atom(String title, String self, String alternate, List<Listed> events,
			Function<CampaignEvent, String> pageOf, int limit) {
		List<Listed> newest = events.stream()
			.sorted((a, b) -> b.event().createdAt().compareTo(a.event().createdAt()))
			.limit(limit)
			.toList();
		Instant updated = events.stream().map((l) -> l.event().updatedAt()).max(Instant::compareTo).orElse(Instant.EPOCH);
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
			element(xml, "title", title);
			element(xml, "id", self);
			element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
			link(xml, "self", self, "application/atom+xml");
			link(xml, "alternate", alternate, "text/html");
			xml.writeStartElement("author");
			element(xml, "name", "Interreg Cooperation Day");
			xml.writeEndElement();
			for (Listed listed : newest) {
				CampaignEvent e = listed.event();
				xml.writeStartElement("entry");
				element(xml, "title", (e.cancelled() ? "[Cancelled] " : "") + e.title() + " · " + listed.programme());
				element(xml, "id", pageOf.apply(e));
				element(xml, "published", DateTimeFormatter.ISO_INSTANT.format(e.createdAt()));
				element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(e.updatedAt()));
				link(xml, "alternate", pageOf.apply(e), "text/html");
				element(xml, "summary", e.date() + (e.where().isEmpty() ? "" : " · " + e.where()) + " · "
						+ e.format().label() + (e.description() == null ? "" : "\n" + e.description()));
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write the Atom feed", ex);
		}
		return out.toString();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(xmlText(text));
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
	}

	/** Text without the characters XML 1.0 cannot carry. */
	private static String xmlText(String text) {
		return text.codePoints()
			.filter((cp) -> cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
					|| (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
	}

	private static String text(String value) {
		return CalendarText.text(value);
	}

	private static void line(StringBuilder out, String content) {
		CalendarText.line(out, content);
	}

}
