package eu.interreg.cooperationday.studio.notify.internal;

import java.time.Instant;

/** A queued email and how its delivery is going. */
public record OutboxEmail(long id, String requestId, String recipient, String subject, String bodyText,
		String bodyHtml, Status status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

	/** PENDING waits for its next attempt, SENDING is claimed by a dispatcher, SENT is done. */
	public enum Status {

		PENDING, SENDING, SENT

	}

}
