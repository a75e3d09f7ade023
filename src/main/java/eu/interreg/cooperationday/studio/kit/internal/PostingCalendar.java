package eu.interreg.cooperationday.studio.kit.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import eu.interreg.cooperationday.studio.kit.Post;
import eu.interreg.cooperationday.studio.system.CalendarText;

/**
 * The posting calendar (RFC 5545): one VEVENT per planned post, 15 minutes long at the post's local time
 * (written in UTC), the post's text and its file's link in the description, and a display alarm 15
 * minutes before. A post's UID stays the same when its event changes; its SEQUENCE is the event's, so a
 * calendar that subscribed updates the entry.
 */
public final class PostingCalendar {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

	private PostingCalendar() {
	}

	public static String write(String programme, List<Post> posts, String host, Instant stamp) {
		StringBuilder out = new StringBuilder();
		CalendarText.line(out, "BEGIN:VCALENDAR");
		CalendarText.line(out, "VERSION:2.0");
		CalendarText.line(out, "PRODID:-//Interreg Cooperation Day//Studio kit//EN");
		CalendarText.line(out, "CALSCALE:GREGORIAN");
		CalendarText.line(out, "X-WR-CALNAME:" + CalendarText.text("Posts: " + programme));
		for (Post post : posts) {
			Instant at = post.when().toInstant();
			CalendarText.line(out, "BEGIN:VEVENT");
			CalendarText.line(out, "UID:" + post.uid() + "@" + host);
			CalendarText.line(out, "DTSTAMP:" + UTC.format(stamp));
			CalendarText.line(out, "DTSTART:" + UTC.format(at));
			CalendarText.line(out, "DTEND:" + UTC.format(at.plusSeconds(15 * 60)));
			CalendarText.line(out, "SEQUENCE:" + post.eventSequence());
			CalendarText.line(out, "SUMMARY:" + CalendarText.text("Post on " + post.platform().label() + " ("
					+ post.language() + "): " + post.moment().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
			CalendarText.line(out, "DESCRIPTION:" + CalendarText.text(post.text() + "\n\n" + post.file() + ": "
					+ post.fileUrl() + "\nAlt text: " + post.altText()));
			CalendarText.line(out, "URL:" + post.fileUrl());
			CalendarText.line(out, "TRANSP:TRANSPARENT");
			CalendarText.line(out, "BEGIN:VALARM");
			CalendarText.line(out, "ACTION:DISPLAY");
			CalendarText.line(out, "DESCRIPTION:" + CalendarText.text("Post on " + post.platform().label()));
			CalendarText.line(out, "TRIGGER:-PT15M");
			CalendarText.line(out, "END:VALARM");
			CalendarText.line(out, "END:VEVENT");
		}
		CalendarText.line(out, "END:VCALENDAR");
		return out.toString();
	}

}
