package eu.interreg.cooperationday.studio.programme;

import java.net.URI;
import java.time.LocalDate;

/**
 * A programme's local Cooperation Day event; any part may be absent. {@code venue} is the venue's own name
 * and address; {@code city} the place as the gazetteer knows it (its name as given) and {@code country} its
 * ISO 3166-1 alpha-2 code, both present or both absent.
 */
public record Event(String title, LocalDate date, String venue, URI url, String city, String country) {

	public Event(String title, LocalDate date, String venue, URI url) {
		this(title, date, venue, url, null, null);
	}

	public boolean isEmpty() {
		return this.title == null && this.date == null && this.venue == null && this.url == null && this.city == null
				&& this.country == null;
	}

}
