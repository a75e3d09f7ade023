package eu.interreg.cooperationday.studio.render;

/**
 * A request was deleted (its sender never confirmed the address), with its logo: listeners remove what
 * they keep of it. Published after the delete, in its transaction.
 */
public record RequestDeleted(String requestId) {
}
