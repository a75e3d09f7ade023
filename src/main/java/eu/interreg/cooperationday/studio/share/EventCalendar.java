package eu.interreg.cooperationday.studio.share;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import eu.interreg.cooperationday.studio.system.CalendarText;

/**
 * A programme's event as an iCalendar file (RFC 5545): one all-day VEVENT with a UID that stays the same
 * for the request, so a calendar that imports it twice updates it instead of adding a second. Text values
 * are escaped (backslash, semicolon, comma, line breaks) and lines folded at 75 octets without splitting
 * a UTF-8 sequence; lines end in CRLF.
 */
final class EventCalendar {

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private EventCalendar() {
	}

	/** What the file says about the event. */
	record Entry(String uid, Instant stamp, LocalDate date, String summary, String location, String description,
			URI url) {
	}

	static String write(Entry entry) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Interreg Cooperation Day//Studio//EN");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "BEGIN:VEVENT");
		line(out, "UID:" + text(entry.uid()));
		line(out, "DTSTAMP:" + STAMP.format(entry.stamp()));
		line(out, "DTSTART;VALUE=DATE:" + DATE.format(entry.date()));
		line(out, "DTEND;VALUE=DATE:" + DATE.format(entry.date().plusDays(1)));
		line(out, "SUMMARY:" + text(entry.summary()));
		if (entry.location() != null) {
			line(out, "LOCATION:" + text(entry.location()));
		}
		if (entry.description() != null) {
			line(out, "DESCRIPTION:" + text(entry.description()));
		}
		if (entry.url() != null) {
			line(out, "URL:" + entry.url().toASCIIString());
		}
		line(out, "TRANSP:TRANSPARENT");
		line(out, "END:VEVENT");
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	static String text(String value) {
		return CalendarText.text(value);
	}

	private static void line(StringBuilder out, String content) {
		CalendarText.line(out, content);
	}

}
