package eu.interreg.cooperationday.studio.events.internal;

import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.interreg.cooperationday.studio.events.EventDraft;
import eu.interreg.cooperationday.studio.events.EventFormat;
import eu.interreg.cooperationday.studio.places.Gazetteer;
import eu.interreg.cooperationday.studio.problem.FieldProblem;
import eu.interreg.cooperationday.studio.problem.Refusal;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventDraftsTest {

	static final EventDrafts.Window WINDOW = new EventDrafts.Window(MonthDay.of(7, 1), MonthDay.of(10, 31));

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private static EventDraft parse(String title, String date, String start, String end, String city, String country,
			String lat, String lon, String description) {
		return EventDrafts.parse(new EventDrafts.Fields(title, date, start, end, "Rathaus", city, country, lat, lon,
				"https://example.org/day", List.of("de", "nl"), "hybrid", description), Gazetteer.bundled(), WINDOW, BRUSSELS);
	}

	@Test
	void anEventIsPlacedByTheGazetteerAndTakesItsPlacesTimeZone() {
		EventDraft draft = parse("Grenzfest", "2026-09-19", "14:00", "17:30", "Θεσσαλονίκη", "gr", null, null, null);
		assertThat(draft.country()).isEqualTo("GR");
		assertThat(Gazetteer.kilometres(draft.latitude(), draft.longitude(), 40.6401, 22.9444)).isLessThan(25);
		assertThat(draft.zone()).isEqualTo(ZoneId.of("Europe/Athens"));
		assertThat(draft.pinned()).isFalse();
		assertThat(draft.format()).isEqualTo(EventFormat.HYBRID);
		assertThat(draft.languages()).containsExactly("de", "nl");
		assertThat(draft.warnings()).isEmpty();
	}

	@Test
	void aPinPlacedByHandWinsAndAnOnlineEventNeedsNoPlace() {
		EventDraft pinned = parse("On the bridge", "2026-09-19", null, null, "Nowhere-on-the-map", "DE", "47.5", "9.7", null);
		assertThat(pinned.pinned()).isTrue();
		assertThat(pinned.latitude()).isEqualTo(47.5);
		assertThat(pinned.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
		EventDraft online = parse("Webinar", "2026-09-19", null, null, null, null, null, null, null);
		assertThat(online.latitude()).isNull();
		assertThat(online.zone()).isEqualTo(BRUSSELS);
	}

	@Test
	void aDateOutsideTheWindowIsTakenWithAWarningAndHtmlStaysText() {
		EventDraft winter = parse("Winter", "2026-12-12", null, null, null, null, null, null, "<script>alert(1)</script>\r\nline");
		assertThat(winter.warnings()).singleElement().asString().contains("outside the campaign's window");
		assertThat(winter.description()).isEqualTo("<script>alert(1)</script>\nline");
	}

	@Test
	void everyWrongFieldIsNamedAtOnce() {
		assertThatThrownBy(() -> parse("Fest\u202E", "19.09.2026", "25:00", null, "Kolnn", "DE", "91", null,
				"x".repeat(1001)))
			.isInstanceOfSatisfying(RequestRefusedException.class, (ex) -> {
				assertThat(ex.refusal().kind()).isEqualTo(Refusal.Kind.INVALID);
				assertThat(ex.problems()).extracting(FieldProblem::field)
					.containsExactlyInAnyOrder("title", "date", "start", "latitude", "city", "description");
			});
		assertThatThrownBy(() -> parse("Fest", "2026-09-19", "18:00", "17:00", "Kolnn", "DE", null, null, null))
			.isInstanceOfSatisfying(RequestRefusedException.class, (ex) -> {
				assertThat(ex.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder("end", "city");
				assertThat(ex.problems()).filteredOn((p) -> p.field().equals("city")).singleElement()
					.extracting(FieldProblem::reason).asString().contains("Did you mean").contains("Köln");
			});
		assertThatThrownBy(() -> parse(null, null, null, null, "Köln", null, null, null, null))
			.isInstanceOfSatisfying(RequestRefusedException.class, (ex) -> {
				assertThat(ex.refusal().kind()).isEqualTo(Refusal.Kind.INCOMPLETE);
				assertThat(ex.problems()).extracting(FieldProblem::field).contains("title", "date", "country");
			});
	}

}
