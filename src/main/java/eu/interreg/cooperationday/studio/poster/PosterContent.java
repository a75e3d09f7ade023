package eu.interreg.cooperationday.studio.poster;

import java.awt.image.BufferedImage;

import eu.interreg.cooperationday.studio.brand.Art;
import eu.interreg.cooperationday.studio.brand.SvgArt;
import eu.interreg.cooperationday.studio.visibility.LogoMarks;

/**
 * What one poster shows, already resolved: localised campaign words, the programme's name, its logo
 * ready to paint, and its event (title and a formatted detail line) when it has one. {@code second}
 * (null for one language) holds the same words in a second language, set beneath the first.
 *
 * @param language the code of the poster's language, which its funding statement is written in
 */
public record PosterContent(String language, String campaignName, String slogan, String cofunded,
		String programmeName, boolean rightToLeft, Logo logo, String eventTitle, String eventDetails, String eventUrl,
		Second second) {

	public PosterContent(String language, String campaignName, String slogan, String cofunded, String programmeName,
			boolean rightToLeft, Logo logo, String eventTitle, String eventDetails, String eventUrl) {
		this(language, campaignName, slogan, cofunded, programmeName, rightToLeft, logo, eventTitle, eventDetails,
				eventUrl, null);
	}

	/**
	 * The campaign's words in the second language; {@code programmeName} null when the programme has one
	 * name for both (it is then set once).
	 */
	public record Second(String language, String campaignName, String slogan, String cofunded, String programmeName,
			boolean rightToLeft) {
	}

	/**
	 * The programme's logo: its art, its own proportions (width and height in any unit) and what it
	 * carries of the EU's marks (null when it was never looked at, which lays it out as one without).
	 */
	public record Logo(Art art, double width, double height, LogoMarks marks, boolean vector) {

		public static Logo of(SvgArt svg, LogoMarks marks) {
			return new Logo(svg::paintFit, svg.width(), svg.height(), marks, true);
		}

		public static Logo of(BufferedImage image, LogoMarks marks) {
			return new Logo(Art.of(image), image.getWidth(), image.getHeight(), marks, false);
		}

		/**
		 * Whether the logo carries the funding statement: an SVG says so by its text; a raster logo that
		 * carries the emblem is a harmonised logo, which carries the statement with it.
		 */
		public boolean carriesStatement() {
			return this.marks != null && this.marks.carriesStatement(this.vector);
		}

	}

}
