package eu.interreg.cooperationday.studio.poster;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * What one poster shows, already resolved: localised campaign words, the programme's name, its logo
 * ready to paint, and its event (title and a formatted detail line) when it has one.
 */
public record PosterContent(String campaignName, String slogan, String cofunded, String programmeName,
		boolean rightToLeft, LogoArt logo, String eventTitle, String eventDetails, String eventUrl) {

	/** A logo that paints itself into a box, keeping its proportions. */
	@FunctionalInterface
	public interface LogoArt {

		void paintFit(Graphics2D g, Rectangle2D box);

	}

}
