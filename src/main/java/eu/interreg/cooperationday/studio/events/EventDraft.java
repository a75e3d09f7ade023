package eu.interreg.cooperationday.studio.events;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * An event as a communicator or staff member wrote it, checked in every part (see
 * {@code internal/EventDrafts}): where it is has been looked up, or pinned by hand ({@code pinned}).
 * {@code warnings} say what was accepted but looks wrong (a date outside the campaign's window).
 */
public record EventDraft(String title, LocalDate date, LocalTime start, LocalTime end, ZoneId zone, String venue,
		String city, String country, Double latitude, Double longitude, boolean pinned, URI url, List<String> languages,
		EventFormat format, String description, List<String> warnings) {

	public EventDraft {
		languages = List.copyOf(languages);
		warnings = List.copyOf(warnings);
	}

}
