package eu.interreg.cooperationday.studio.visibility;

import java.awt.geom.Rectangle2D;
import java.util.Locale;

/**
 * How large the EU emblem must be beside the other logos of a file. Staff choose one by name in
 * settings ({@code studio.visibility.rule}); every report says which one it was measured against, so a
 * relaxed rule is never a silent one.
 */
public enum VisibilityRule {

	/**
	 * Regulation (EU) 2021/1060, Annex IX: the emblem at least as large, measured in height or width, as
	 * the largest of the other logos. The default.
	 */
	EU_ANNEX_IX("eu-annex-ix") {
		@Override
		double margin(Rectangle2D emblem, Rectangle2D other) {
			return Math.max(emblem.getHeight() / other.getHeight(), emblem.getWidth() / other.getWidth());
		}
	},

	/** Tighter than the regulation: the emblem at least as high and at least as wide as every other logo. */
	STRICT_BOTH_DIMENSIONS("strict-both-dimensions") {
		@Override
		double margin(Rectangle2D emblem, Rectangle2D other) {
			return Math.min(emblem.getHeight() / other.getHeight(), emblem.getWidth() / other.getWidth());
		}
	},

	/**
	 * For material outside the EU's rules (an external partner's own event): the emblem is still shown
	 * with the statement, but no size is required of it. Reports say so.
	 */
	OUTSIDE_EU_RULES("outside-eu-rules") {
		@Override
		double margin(Rectangle2D emblem, Rectangle2D other) {
			return Double.POSITIVE_INFINITY;
		}
	};

	private final String id;

	VisibilityRule(String id) {
		this.id = id;
	}

	/** The option's name in settings and reports. */
	public String id() {
		return this.id;
	}

	/**
	 * How many times over the emblem meets the rule beside {@code other}: 1 or more holds. For the EU
	 * rule, the larger of the emblem's height and width ratios to the other logo's.
	 */
	abstract double margin(Rectangle2D emblem, Rectangle2D other);

	/** Whether an emblem of this box is large enough beside a logo of that box. */
	public boolean holds(Rectangle2D emblem, Rectangle2D other) {
		return margin(emblem, other) >= 1;
	}

	/**
	 * By how much {@code other} must be scaled (1 or less) for the rule to hold with {@code headroom} to
	 * spare (0.96: the other logo ends up 4 % smaller than the bound, so measuring the pixels of the
	 * finished file still finds the rule kept).
	 */
	public double scaleToHold(Rectangle2D emblem, Rectangle2D other, double headroom) {
		if (other.isEmpty()) {
			return 1;
		}
		return Math.min(1, margin(emblem, other) * headroom);
	}

	/** The ratio a report gives: how large the emblem is against the largest other logo, by this rule. */
	public double ratio(Rectangle2D emblem, Rectangle2D other) {
		return this == OUTSIDE_EU_RULES ? EU_ANNEX_IX.margin(emblem, other) : margin(emblem, other);
	}

	/** The option named {@code id} ({@code eu-annex-ix}), or an error listing the names there are. */
	public static VisibilityRule named(String id) {
		for (VisibilityRule rule : values()) {
			if (rule.id.equals(id.strip().toLowerCase(Locale.ROOT)) || rule.name().equalsIgnoreCase(id.strip())) {
				return rule;
			}
		}
		throw new IllegalArgumentException("No visibility rule named " + id + "; the options are eu-annex-ix, "
				+ "strict-both-dimensions and outside-eu-rules");
	}

}
