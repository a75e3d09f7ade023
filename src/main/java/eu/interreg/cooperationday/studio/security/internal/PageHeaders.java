package eu.interreg.cooperationday.studio.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;

/**
 * Content-Security-Policy and X-Frame-Options per page. Everywhere: no inline or foreign scripts; images
 * and videos from the studio and its public object store only; nothing frames the studio. The campaign
 * map's pages ({@code /events}, {@code /embed/events}) also take images from the map's tile origin; the
 * widget ({@code /embed/...}) may be framed by any site ({@code frame-ancestors *}, no X-Frame-Options),
 * which is all it loosens.
 */
final class PageHeaders implements HeaderWriter {

	private final String media;

	private final String tiles;

	PageHeaders(String media, String tiles) {
		this.media = media;
		this.tiles = tiles;
	}

	@Override
	public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		String path = request.getRequestURI();
		boolean embed = path.startsWith("/embed/");
		boolean map = embed || path.equals("/events") || path.equals("/events/");
		if (!response.containsHeader("Content-Security-Policy")) {
			response.setHeader("Content-Security-Policy", policy(map, embed));
		}
		if (!embed && !response.containsHeader("X-Frame-Options")) {
			response.setHeader("X-Frame-Options", "DENY");
		}
	}

	String policy(boolean map, boolean embed) {
		return "default-src 'self'; script-src 'self'; img-src 'self' data: blob: " + this.media + (map ? " " + this.tiles : "")
				+ "; media-src 'self' " + this.media + "; style-src 'self' 'unsafe-inline'; object-src 'none'; "
				+ "base-uri 'self'; form-action 'self'; frame-ancestors " + (embed ? "*" : "'none'");
	}

}
