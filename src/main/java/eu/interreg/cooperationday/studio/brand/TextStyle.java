package eu.interreg.cooperationday.studio.brand;

import java.awt.Color;

/**
 * How a text slot is set: its faces, the largest and the smallest size to try (in the units of the
 * surface: px for images, mm-based user units for print), how many lines at most, line spacing as a
 * multiple of the size, colour and alignment.
 */
public record TextStyle(FontChain fonts, float maxSize, float minSize, int maxLines, float lineSpacing, Color color,
		Align align) {

	/** Where lines sit in their box. START and END follow the text direction. */
	public enum Align {

		START, CENTER, END

	}

	public TextStyle {
		if (minSize <= 0 || maxSize < minSize) {
			throw new IllegalArgumentException("Text sizes need 0 < minSize <= maxSize");
		}
		if (maxLines < 1) {
			throw new IllegalArgumentException("A text slot needs at least one line");
		}
	}

}
