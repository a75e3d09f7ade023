package eu.interreg.cooperationday.studio.events;

import java.time.LocalDate;

/**
 * An event is over and its figures are not reported yet: its communicator is asked for them (the
 * {@code reminder}th time, 1 first) at the private {@code reportUrl}. Carries what the email says, so its
 * listener asks nothing back.
 */
public record ImpactReportDue(String requestId, String eventId, int reminder, String recipient, String language,
		String programme, String eventTitle, LocalDate date, String reportUrl) {
}
