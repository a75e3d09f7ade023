package eu.interreg.cooperationday.studio.poster.internal;

import eu.interreg.cooperationday.studio.brand.FittedText;
import eu.interreg.cooperationday.studio.brand.FontChain;

/**
 * A line drawn on a poster, with the faces it was set in, so the PDF can add it as real text; {@code second}
 * when it is in the poster's second language (its PDF tag says that language).
 */
public record PlacedText(String slot, FittedText.PlacedLine line, FontChain fonts, float size, boolean second) {

	public PlacedText(String slot, FittedText.PlacedLine line, FontChain fonts, float size) {
		this(slot, line, fonts, size, false);
	}

}
