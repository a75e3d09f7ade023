package eu.interreg.cooperationday.studio.programme;

import java.net.URI;
import java.util.Optional;

/**
 * Whether the studio will call a request's well-formed callback address: the module that sends webhooks
 * decides (public https hosts only, webhooks switched on), the door asks it while it checks a request.
 */
@FunctionalInterface
public interface CallbackPolicy {

	/** Why the studio will not call {@code url}, or empty when it will. */
	Optional<String> refusal(URI url);

}
