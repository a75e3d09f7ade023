package eu.interreg.cooperationday.studio.competition.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An event entered in a category of an edition, by its programme's communicator: the story (in any of
 * the campaign's languages, {@code language} naming it), an optional English summary, its photos, whether
 * the people shown consented, and where it stands.
 */
record Entry(String id, String editionId, String categoryId, String requestId, String eventId, String programme,
		String eventTitle, LocalDate eventDate, String language, String story, String summaryEn, Integer attendees,
		boolean consent, Status status, String reason, List<Photo> photos, Instant createdAt, Instant updatedAt) {

	Entry {
		photos = List.copyOf(photos);
	}

	enum Status {
		ENTERED, REJECTED, WITHDRAWN
	}

	/** Whether the public may see it (once the vote opens): entered, and its people consented. */
	boolean publishable() {
		return this.status == Status.ENTERED && this.consent;
	}

	/** A photo as published: re-encoded, without metadata, at most the configured edge. */
	record Photo(int ordinal, String objectKey, int width, int height, String alt, String sha256) {
	}

}
