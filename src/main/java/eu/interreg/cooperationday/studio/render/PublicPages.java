package eu.interreg.cooperationday.studio.render;

import java.util.Optional;

/**
 * Where a request's public page is, asked when its status is shown and when it finishes, so the status
 * and the finished event carry the page's links. The module that keeps the pages ({@code share})
 * answers; render owns this interface, so it never depends on that module.
 */
public interface PublicPages {

	/** The request's page while it can be seen, or empty (none, or unpublished). */
	Optional<PublicPage> of(String requestId);

}
