package eu.interreg.cooperationday.studio.system;

import java.net.URI;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Absolute addresses of the studio as users reach it: {@code studio.public-base-url} when set, else
 * this server on localhost at the port it actually listens on.
 */
@Component
public class PublicUrls {

	private final URI configured;

	private volatile URI local = URI.create("http://localhost:8080");

	PublicUrls(StudioProperties properties) {
		this.configured = properties.publicBaseUrl();
	}

	@EventListener
	void onStarted(WebServerInitializedEvent event) {
		this.local = URI.create("http://localhost:" + event.getWebServer().getPort());
	}

	public String base() {
		String base = (this.configured != null ? this.configured : this.local).toString();
		return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	public String download(String token) {
		return base() + "/d/" + token;
	}

	/** A request's public share page. */
	public String share(String slug) {
		return base() + "/p/" + slug;
	}

	/** The link, mailed to a request's communicator, that unpublishes its share page. */
	public String unpublish(String slug, String key) {
		return share(slug) + "/unpublish?key=" + key;
	}

	/** The link, mailed to a request's communicator, where its programme's events are added, edited and cancelled. */
	public String manageEvents(String slug, String key) {
		return share(slug) + "/events?key=" + key;
	}

	/** The events widget of a programme, for an {@code <iframe>} on its own website. */
	public String embedEvents(String slug) {
		return base() + "/embed/events?programme=" + slug;
	}

	/** A campaign event's public page. */
	public String event(String id) {
		return base() + "/events/" + id;
	}

	public String requestStatus(String id) {
		return base() + "/api/render-requests/" + id;
	}

}
