package eu.interreg.cooperationday.studio.notify.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import eu.interreg.cooperationday.studio.competition.CompetitionMail;
import eu.interreg.cooperationday.studio.notify.EmailOutbox;

/** Queues the competition's emails (vote links, rejections, awards) as the competition wrote them. */
@Component
class CompetitionMailListener {

	private final EmailOutbox outbox;

	CompetitionMailListener(EmailOutbox outbox) {
		this.outbox = outbox;
	}

	@ApplicationModuleListener
	void on(CompetitionMail mail) {
		this.outbox.enqueueCompetition(mail);
	}

}
