package eu.interreg.cooperationday.studio.poster;

import eu.interreg.cooperationday.studio.brand.Art;

/**
 * What one poster shows, already resolved: localised campaign words, the programme's name, its logo
 * ready to paint, and its event (title and a formatted detail line) when it has one. {@code second}
 * (null for one language) holds the same words in a second language, set beneath the first.
 */
public record PosterContent(String campaignName, String slogan, String cofunded, String programmeName,
		boolean rightToLeft, Art logo, String eventTitle, String eventDetails, String eventUrl, Second second) {

	public PosterContent(String campaignName, String slogan, String cofunded, String programmeName,
			boolean rightToLeft, Art logo, String eventTitle, String eventDetails, String eventUrl) {
		this(campaignName, slogan, cofunded, programmeName, rightToLeft, logo, eventTitle, eventDetails, eventUrl, null);
	}

	/**
	 * The campaign's words in the second language; {@code programmeName} null when the programme has one
	 * name for both (it is then set once).
	 */
	public record Second(String campaignName, String slogan, String cofunded, String programmeName,
			boolean rightToLeft) {
	}

}
