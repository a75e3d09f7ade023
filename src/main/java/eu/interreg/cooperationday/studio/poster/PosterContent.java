package eu.interreg.cooperationday.studio.poster;

import eu.interreg.cooperationday.studio.brand.Art;

/**
 * What one poster shows, already resolved: localised campaign words, the programme's name, its logo
 * ready to paint, and its event (title and a formatted detail line) when it has one.
 */
public record PosterContent(String campaignName, String slogan, String cofunded, String programmeName,
		boolean rightToLeft, Art logo, String eventTitle, String eventDetails, String eventUrl) {

}
