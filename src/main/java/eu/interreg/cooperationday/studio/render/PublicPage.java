package eu.interreg.cooperationday.studio.render;

/**
 * A finished request's public page: where it is, and the secret link that lets its communicator take it
 * down.
 */
public record PublicPage(String url, String unpublishUrl) {
}
