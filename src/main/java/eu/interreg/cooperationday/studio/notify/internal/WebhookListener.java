package eu.interreg.cooperationday.studio.notify.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import eu.interreg.cooperationday.studio.render.RenderRequest;
import eu.interreg.cooperationday.studio.render.RenderRequestFinished;
import eu.interreg.cooperationday.studio.render.TakesRequests;

/**
 * Queues a request's webhook when it is DONE or FAILED and it named a {@code callbackUrl}: the body is
 * its status JSON as the API shows it at that moment. Like the ready email, it runs after the render's
 * transaction and is delivered again if it fails; the outbox keeps one per finish.
 */
@Component
@TakesRequests
class WebhookListener {

	private static final Logger log = LoggerFactory.getLogger(WebhookListener.class);

	private final JsonMapper json = JsonMapper.builder().build();

	private final WebhookOutbox outbox;

	WebhookListener(WebhookOutbox outbox) {
		this.outbox = outbox;
	}

	@ApplicationModuleListener
	void on(RenderRequestFinished finished) {
		RenderRequest request = finished.request();
		if (request.callbackUrl() == null) {
			return;
		}
		String key = request.id() + ":" + request.status().name() + ":" + request.updatedAt().toEpochMilli();
		if (this.outbox.enqueue(request.id(), key, request.callbackUrl().toString(),
				this.json.writeValueAsString(finished.status()))) {
			log.info("Webhook of request {} ({}) queued for {}", request.id(), request.status(),
					request.callbackUrl().getHost());
		}
	}

}
