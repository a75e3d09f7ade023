package eu.interreg.cooperationday.studio.render;

/**
 * A request is about to be deleted (its sender never confirmed): listeners remove what they keep of it,
 * synchronously, in the transaction that deletes it.
 */
public record RequestDeleted(String requestId) {
}
