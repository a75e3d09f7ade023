package eu.interreg.cooperationday.studio.events;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One local event of the campaign. {@code id} is its public id (in its page's address); {@code requestId}
 * the programme's request it belongs to, whose own event is its {@code first}. A time-less event lasts the
 * day; {@code start} and {@code end} are wall-clock times in {@code zone}. {@code latitude} and
 * {@code longitude} (WGS 84, null when unknown) come from the gazetteer, or from the communicator's pin
 * ({@code pinned}). {@code sequence} counts its changes, as calendars want (RFC 5545 SEQUENCE).
 */
public record CampaignEvent(String id, String requestId, boolean first, String title, LocalDate date,
		LocalTime start, LocalTime end, ZoneId zone, String venue, String city, String country, Double latitude,
		Double longitude, boolean pinned, URI url, List<String> languages, EventFormat format, String description,
		boolean cancelled, int sequence, Instant createdAt, Instant updatedAt) {

	public CampaignEvent {
		languages = List.copyOf(languages);
	}

	public boolean allDay() {
		return this.start == null;
	}

	public boolean located() {
		return this.latitude != null && this.longitude != null;
	}

	/** When it starts: its start time in its zone, or the start of its day there. */
	public Instant startsAt() {
		return ZonedDateTime.of(this.date, this.start == null ? LocalTime.MIDNIGHT : this.start, this.zone).toInstant();
	}

	/** When it ends: its end time, two hours after its start when it has none, or the end of its day. */
	public Instant endsAt() {
		if (this.start == null) {
			return ZonedDateTime.of(this.date.plusDays(1), LocalTime.MIDNIGHT, this.zone).toInstant();
		}
		if (this.end == null || !this.end.isAfter(this.start)) {
			return startsAt().plusSeconds(2 * 3600);
		}
		return ZonedDateTime.of(this.date, this.end, this.zone).toInstant();
	}

	/** The place in one line: venue, city and country as far as known. */
	public String where() {
		StringBuilder out = new StringBuilder();
		for (String part : new String[] { this.venue, this.city, this.country }) {
			if (part != null && !part.isBlank() && out.indexOf(part) < 0) {
				out.append(out.isEmpty() ? "" : ", ").append(part);
			}
		}
		return out.toString();
	}

}
