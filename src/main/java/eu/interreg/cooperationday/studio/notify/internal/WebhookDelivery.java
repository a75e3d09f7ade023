package eu.interreg.cooperationday.studio.notify.internal;

import java.time.Instant;

/** A webhook in the outbox: its event id (the receiver's de-duplication key), where it goes and what. */
public record WebhookDelivery(long id, String eventId, String requestId, String url, String body, Status status,
		int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

	public enum Status {

		/** Waiting for its (next) attempt. */
		PENDING,
		/** Being sent now. */
		SENDING,
		/** The receiver answered 2xx. */
		SENT,
		/** Every attempt failed; staff see it, and may send it again. */
		GAVE_UP

	}

}
