package eu.interreg.cooperationday.studio.template;

import java.util.Locale;

/** How an animated value moves between two keyframes; {@code apply} maps progress 0..1 to 0..1. */
public enum Easing {

	LINEAR, EASE_IN_QUAD, EASE_OUT_QUAD, EASE_IN_OUT_QUAD, EASE_OUT_CUBIC, EASE_IN_OUT_CUBIC, EASE_OUT_BACK;

	public double apply(double t) {
		double x = Math.max(0, Math.min(1, t));
		return switch (this) {
			case LINEAR -> x;
			case EASE_IN_QUAD -> x * x;
			case EASE_OUT_QUAD -> 1 - (1 - x) * (1 - x);
			case EASE_IN_OUT_QUAD -> x < 0.5 ? 2 * x * x : 1 - Math.pow(-2 * x + 2, 2) / 2;
			case EASE_OUT_CUBIC -> 1 - Math.pow(1 - x, 3);
			case EASE_IN_OUT_CUBIC -> x < 0.5 ? 4 * x * x * x : 1 - Math.pow(-2 * x + 2, 3) / 2;
			case EASE_OUT_BACK -> 1 + 2.70158 * Math.pow(x - 1, 3) + 1.70158 * Math.pow(x - 1, 2);
		};
	}

	/** "easeOutCubic" -> EASE_OUT_CUBIC */
	public static Easing fromName(String name) {
		return valueOf(name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
	}

}
