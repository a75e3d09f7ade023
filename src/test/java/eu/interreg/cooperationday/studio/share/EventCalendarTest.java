package eu.interreg.cooperationday.studio.share;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The event file by RFC 5545: escaping, folding at 75 octets, CRLF; read back by ical4j. */
class EventCalendarTest {

	@Test
	void textIsEscapedAndLongLinesFoldedWithoutSplittingACharacter() throws Exception {
		String title = "Ημέρα Συνεργασίας Interreg; κοινή γιορτή, με μουσική \\ χορό\nκαι φαγητό — "
				+ "Ελλάδα–Βουλγαρία 2021–2027 στην πλατεία της Ξάνθης";
		String ics = EventCalendar.write(new EventCalendar.Entry("r-1@studio", Instant.parse("2026-06-01T10:15:30Z"),
				LocalDate.of(2026, 9, 21), title, "Ξάνθη, Κεντρική Πλατεία", "line one\r\nline two",
				URI.create("https://greece-bulgaria.eu/day?a=1&b=2")));
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
			assertThat(line).doesNotContain("\n").doesNotContain("\r");
		}
		assertThat(ics.replace("\r\n ", "")).as("unfolded").endsWith("END:VCALENDAR\r\n")
			.contains("DTSTART;VALUE=DATE:20260921\r\n")
			.contains("DTEND;VALUE=DATE:20260922\r\n")
			.contains("DTSTAMP:20260601T101530Z\r\n")
			.contains("Interreg\\; κοινή γιορτή\\, με μουσική \\\\ χορό\\nκαι");
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
		VEvent event = calendar.<VEvent>getComponents().get(0);
		assertThat(event.<Property>getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo(title);
		assertThat(event.<Property>getProperty(Property.DESCRIPTION).orElseThrow().getValue()).isEqualTo("line one\nline two");
		assertThat(event.<Property>getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Ξάνθη, Κεντρική Πλατεία");
		assertThat(event.<Property>getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("r-1@studio");
	}

	@Test
	void controlCharactersAreDroppedFromText() {
		assertThat(EventCalendar.text("a\u0007b\u0000c\td")).isEqualTo("abcd");
		assertThat(EventCalendar.text("a\u2028b")).isEqualTo("a\\nb");
	}

}
