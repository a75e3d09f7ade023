package eu.interreg.cooperationday.studio.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import eu.interreg.cooperationday.studio.render.ConfirmationNeeded;
import eu.interreg.cooperationday.studio.render.RenderRequest;
import eu.interreg.cooperationday.studio.render.RenderService;
import eu.interreg.cooperationday.studio.render.RenderStatus;
import eu.interreg.cooperationday.studio.render.RequestDeleted;
import eu.interreg.cooperationday.studio.render.TakesRequests;

/**
 * Mails the link that confirms a sender's address when a request waits for it (once per request: the
 * outbox keeps one confirmation email each), and forgets a deleted request's emails.
 */
@Component
@TakesRequests
class ConfirmationEmailListener {

	private static final Logger log = LoggerFactory.getLogger(ConfirmationEmailListener.class);

	private final RenderService renders;

	private final EmailOutbox outbox;

	ConfirmationEmailListener(RenderService renders, EmailOutbox outbox) {
		this.renders = renders;
		this.outbox = outbox;
	}

	@ApplicationModuleListener
	void on(ConfirmationNeeded needed) {
		RenderRequest request = this.renders.find(needed.requestId()).orElse(null);
		if (request == null || request.status() != RenderStatus.AWAITING_CONFIRMATION) {
			return; // deleted, or confirmed already
		}
		this.outbox.enqueueConfirmation(request, this.renders.confirmationLink(request.id()));
		log.debug("Confirmation email of request {} queued", request.id());
	}

	@EventListener
	void on(RequestDeleted deleted) {
		this.outbox.forget(deleted.requestId());
	}

}
