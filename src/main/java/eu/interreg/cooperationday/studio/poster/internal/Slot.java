package eu.interreg.cooperationday.studio.poster.internal;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import java.util.Map;

import eu.interreg.cooperationday.studio.brand.TextStyle;

/**
 * A box in a poster template that the renderer fills, in the template's user units, with how text is
 * set in it: the designer's {@code data-*} attributes, read once when the template loads, so a wrong
 * value stops the template from loading rather than a render.
 */
public record Slot(String name, Rectangle2D box, Text text) {

	/**
	 * How a slot's text is set: weight, at most {@code maxLines} lines, shrunk from {@code maxSize} to
	 * {@code minSize} (template units), line spacing, colour and alignment.
	 */
	public record Text(boolean bold, int maxLines, float maxSize, float minSize, float lineSpacing, Color color,
			TextStyle.Align align) {

		/** Reads the designer's hints ({@code data-*} attributes without the prefix); absent ones take defaults. */
		static Text of(String slot, Map<String, String> hints) {
			try {
				return new Text("bold".equals(hints.getOrDefault("weight", "regular")),
						(int) Float.parseFloat(hints.getOrDefault("max-lines", "1")),
						Float.parseFloat(hints.getOrDefault("max-size", "12")),
						Float.parseFloat(hints.getOrDefault("min-size", "6")),
						Float.parseFloat(hints.getOrDefault("line-spacing", "1.18")),
						Color.decode(hints.getOrDefault("color", "#000000")),
						TextStyle.Align.valueOf(hints.getOrDefault("align", "start").toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("The poster slot " + slot + " has a hint that is not valid: "
						+ ex.getMessage(), ex);
			}
		}

	}

}
