package eu.interreg.cooperationday.studio.render;

/**
 * A public request waits for its sender to confirm the address: the notify module mails the link
 * ({@link RenderService#confirmationLink}). Kept in the event publication registry until mailed.
 */
public record ConfirmationNeeded(String requestId) {
}
