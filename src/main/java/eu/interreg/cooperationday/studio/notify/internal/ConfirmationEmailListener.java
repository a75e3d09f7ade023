package eu.interreg.cooperationday.studio.notify.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import eu.interreg.cooperationday.studio.render.RequestDeleted;
import eu.interreg.cooperationday.studio.render.TakesRequests;
import eu.interreg.cooperationday.studio.sender.ConfirmationRequested;
import eu.interreg.cooperationday.studio.notify.EmailOutbox;

/**
 * Mails the link that confirms a sender's address when a request waits for it (once per request: the
 * outbox keeps one confirmation email each), and forgets a deleted request's emails.
 */
@Component
@TakesRequests
class ConfirmationEmailListener {

	private static final Logger log = LoggerFactory.getLogger(ConfirmationEmailListener.class);

	private final EmailOutbox outbox;

	ConfirmationEmailListener(EmailOutbox outbox) {
		this.outbox = outbox;
	}

	@ApplicationModuleListener
	void on(ConfirmationRequested requested) {
		this.outbox.enqueueConfirmation(requested);
		log.debug("Confirmation email of request {} queued", requested.requestId());
	}

	@EventListener
	void on(RequestDeleted deleted) {
		this.outbox.forget(deleted.requestId());
	}

}
