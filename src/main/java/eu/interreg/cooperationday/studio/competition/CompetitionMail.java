package eu.interreg.cooperationday.studio.competition;

/**
 * An email the competition sends (a vote's link, an entry's rejection, an award), written in full: the
 * mail module queues it as it is. {@code topic} names it so that it is queued once per request (votes,
 * which belong to no request, have a null {@code requestId}).
 */
public record CompetitionMail(String topic, String requestId, String recipient, String subject, String text) {
}
