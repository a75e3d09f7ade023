package eu.interreg.cooperationday.studio.notify.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import eu.interreg.cooperationday.studio.render.RenderRequestFinished;
import eu.interreg.cooperationday.studio.render.TakesRequests;
import eu.interreg.cooperationday.studio.notify.EmailOutbox;

/**
 * Queues the "your material is ready" email when a request is DONE. Runs after the render's transaction
 * commits, in its own; if it fails the event stays in the publication registry and is delivered again.
 * The outbox keeps one email per request, so a repeated delivery sends nothing twice.
 */
@Component
@TakesRequests
class ReadyEmailListener {

	private static final Logger log = LoggerFactory.getLogger(ReadyEmailListener.class);

	private final EmailOutbox outbox;

	ReadyEmailListener(EmailOutbox outbox) {
		this.outbox = outbox;
	}

	@ApplicationModuleListener
	void on(RenderRequestFinished finished) {
		if (!finished.done() || finished.update()) {
			return; // files made again after an event changed: the links sent before give them already
		}
		this.outbox.enqueueReady(finished);
		log.debug("Ready email of request {} queued", finished.requestId());
	}

}
