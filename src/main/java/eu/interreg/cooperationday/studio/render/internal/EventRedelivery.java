package eu.interreg.cooperationday.studio.render.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import eu.interreg.cooperationday.studio.render.TakesRequests;
import eu.interreg.cooperationday.studio.system.StudioProperties;

/**
 * Events between modules whose listener failed (an outage, a bug fixed since) are delivered again once
 * they are {@code studio.redeliver-events-after} old, and again at every check after that until a
 * listener takes them. Events cut off by a crash are republished at the next start
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}). Listeners are idempotent, so
 * a repeat costs nothing.
 */
@Component
@TakesRequests
class EventRedelivery {

	private static final Logger log = LoggerFactory.getLogger(EventRedelivery.class);

	private final FailedEventPublications failed;

	private final StudioProperties properties;

	EventRedelivery(FailedEventPublications failed, StudioProperties properties) {
		this.failed = failed;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${studio.redeliver-events-after:1m}", initialDelayString = "${studio.redeliver-events-after:1m}")
	void redeliver() {
		log.debug("Delivering failed events again");
		this.failed.resubmit(ResubmissionOptions.defaults().withMinAge(this.properties.redeliverEventsAfter()));
	}

}
