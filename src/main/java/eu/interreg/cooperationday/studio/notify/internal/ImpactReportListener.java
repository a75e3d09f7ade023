package eu.interreg.cooperationday.studio.notify.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import eu.interreg.cooperationday.studio.events.ImpactReportDue;
import eu.interreg.cooperationday.studio.notify.EmailOutbox;

/** Mails the communicator of an event that is over for its figures (the outbox sends it, once per reminder). */
@Component
class ImpactReportListener {

	private final EmailOutbox outbox;

	ImpactReportListener(EmailOutbox outbox) {
		this.outbox = outbox;
	}

	@ApplicationModuleListener
	void on(ImpactReportDue due) {
		this.outbox.enqueueImpactReport(due);
	}

}
