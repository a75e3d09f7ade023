package eu.interreg.cooperationday.studio.poster.internal;

import java.awt.geom.Rectangle2D;
import java.util.Map;

/**
 * A box in a poster template that the renderer fills, in the template's user units, with the style
 * hints the designer put on it ({@code data-*} attributes without the prefix).
 */
public record Slot(String name, Rectangle2D box, Map<String, String> hints) {

	String hint(String key, String fallback) {
		return this.hints.getOrDefault(key, fallback);
	}

	public float floatHint(String key, float fallback) {
		String value = this.hints.get(key);
		return value == null ? fallback : Float.parseFloat(value);
	}

}
