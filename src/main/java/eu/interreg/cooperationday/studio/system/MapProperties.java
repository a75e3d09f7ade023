package eu.interreg.cooperationday.studio.system;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The campaign map's tiles ({@code studio.map.*}): the tile address template ({z}, {x}, {y}) and the credit
 * the tiles' licence asks for. OpenStreetMap's own tiles by default; a campaign with many visitors should
 * point this at a tile service it has an agreement with. The pages that show the map allow images from
 * its origin, and only those pages.
 */
@ConfigurationProperties("studio.map")
public record MapProperties(@DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png") String tiles,
		@DefaultValue("© OpenStreetMap contributors") String attribution,
		@DefaultValue("https://www.openstreetmap.org/copyright") String attributionUrl) {

	/** The tiles' origin (scheme, host and port), for a Content-Security-Policy. */
	public String tilesOrigin() {
		URI uri = URI.create(this.tiles.replace("{", "").replace("}", ""));
		return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
	}

}
