package eu.interreg.cooperationday.studio.programme;

import java.net.URI;
import java.time.LocalDate;

/** A programme's local Cooperation Day event; any part may be absent. */
public record Event(String title, LocalDate date, String venue, URI url) {

	public boolean isEmpty() {
		return this.title == null && this.date == null && this.venue == null && this.url == null;
	}

}
