package eu.interreg.cooperationday.studio.notify;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import eu.interreg.cooperationday.studio.notify.internal.WebhookDelivery;
import eu.interreg.cooperationday.studio.notify.internal.WebhookOutbox;

/** What staff see of the webhooks: each delivery and its state; a given-up one can be sent again. */
@Component
public class Webhooks {

	private final WebhookOutbox outbox;

	Webhooks(WebhookOutbox outbox) {
		this.outbox = outbox;
	}

	/** A delivery as the console shows it. */
	public record Delivery(String eventId, String requestId, String url, WebhookDelivery.Status status, int attempts,
			String lastError, Instant sentAt) {
	}

	public List<Delivery> all() {
		return this.outbox.all()
			.stream()
			.map((d) -> new Delivery(d.eventId(), d.requestId(), d.url(), d.status(), d.attempts(), d.lastError(),
					d.sentAt()))
			.toList();
	}

	/** Sends a request's given-up webhooks again; how many. */
	public int resend(String requestId) {
		return this.outbox.resend(requestId);
	}

}
