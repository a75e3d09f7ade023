package eu.interreg.cooperationday.studio.sender;

import eu.interreg.cooperationday.studio.brand.Language;

/**
 * A public request waits for its sender to confirm the address: carries what the email with the link
 * needs. Published in the transaction that stores the request, and kept in the event publication registry
 * until it is mailed.
 */
public record ConfirmationRequested(String requestId, String email, String programmeName, Language language,
		String link) {
}
