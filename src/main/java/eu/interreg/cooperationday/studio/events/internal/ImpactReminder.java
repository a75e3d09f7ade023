package eu.interreg.cooperationday.studio.events.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import eu.interreg.cooperationday.studio.events.ImpactReports;

/** Looks for events that are over and asks for their figures ({@code studio.impact.check-interval}). */
@Component
class ImpactReminder {

	private final ImpactReports reports;

	ImpactReminder(ImpactReports reports) {
		this.reports = reports;
	}

	@Scheduled(fixedDelayString = "${studio.impact.check-interval:10m}", initialDelayString = "${studio.impact.check-interval:10m}")
	void remind() {
		this.reports.remindDue();
	}

}
