package eu.interreg.cooperationday.studio.poster.internal;

import java.awt.geom.Rectangle2D;

import eu.interreg.cooperationday.studio.poster.PosterContent;
import eu.interreg.cooperationday.studio.visibility.LogoMarks;
import eu.interreg.cooperationday.studio.visibility.VisibilityRule;

/**
 * Where a poster's logos go, by the EU visibility rule rather than by the template's boxes alone. The
 * template gives each a slot ({@code logo}, {@code mark}, {@code emblem}, {@code cofunded}); this sizes
 * them in it:
 * <ul>
 * <li>a logo without the emblem: the emblem fills its slot (with its white border, 1/25 of its height,
 * and clear space as wide again), the statement is written beside it, and the programme's logo and the
 * campaign mark shrink until the emblem is at least as large as each of them (in height or width);</li>
 * <li>a harmonised logo, which carries the emblem: no second emblem, the logo fills its slot, and the
 * campaign mark shrinks until the logo's emblem is at least as large as it; the statement is written
 * only when the logo does not carry it.</li>
 * </ul>
 * A logo is never shrunk below {@link #SMALLEST} of its fitted size: a layout the rule cannot hold in is
 * still drawn, and the checker, measuring the file, says so.
 */
record MarksLayout(Rectangle2D logo, Rectangle2D mark, Rectangle2D emblem, Rectangle2D statement) {

	/** The emblem's white border, as a fraction of the flag's height (and the clear space around it). */
	static final double BORDER = 1 / 25.0;

	/** Other logos end this much under the rule's bound, so a measurement a pixel off still finds it kept. */
	static final double HEADROOM = 0.96;

	/** The least fraction of its fitted size a logo is shrunk to. */
	static final double SMALLEST = 0.3;

	/** The campaign mark's proportions (width over height), as drawn from {@code brand-assets/marks}. */
	static final double MARK_ASPECT = 88 / 92.0;

	/** The flag's proportions: 3 wide for 2 high. */
	static final double FLAG_ASPECT = 1.5;

	/**
	 * @param boxes the slot boxes as this poster uses them (mirrored for a right-to-left language)
	 */
	static MarksLayout of(Slots boxes, PosterContent.Logo logo, VisibilityRule rule) {
		Rectangle2D logoBox = fit(logo.width() / logo.height(), boxes.logo());
		Rectangle2D markBox = fit(MARK_ASPECT, boxes.mark());
		LogoMarks marks = logo.marks();
		if (marks != null && marks.carriesEmblem()) {
			LogoMarks.Area area = marks.emblem();
			Rectangle2D own = new Rectangle2D.Double(logoBox.getX() + area.x() * logoBox.getWidth(),
					logoBox.getY() + area.y() * logoBox.getHeight(), area.width() * logoBox.getWidth(),
					area.height() * logoBox.getHeight());
			Rectangle2D statement = logo.carriesStatement() ? null : boxes.statementWithoutEmblem();
			return new MarksLayout(logoBox, shrunk(markBox, rule.scaleToHold(own, markBox, HEADROOM)), null, statement);
		}
		Rectangle2D emblem = flag(boxes.emblem(), boxes.rightToLeft());
		return new MarksLayout(shrunk(logoBox, rule.scaleToHold(emblem, logoBox, HEADROOM)),
				shrunk(markBox, rule.scaleToHold(emblem, markBox, HEADROOM)), emblem, boxes.statement());
	}

	/** The slot boxes the layout sizes in. */
	record Slots(Rectangle2D logo, Rectangle2D mark, Rectangle2D emblem, Rectangle2D statement, boolean rightToLeft) {

		/** Without an emblem of its own the statement may start where the emblem would have stood. */
		Rectangle2D statementWithoutEmblem() {
			Rectangle2D union = this.statement.createUnion(this.emblem);
			double top = this.statement.getY();
			return new Rectangle2D.Double(union.getX(), top, union.getWidth(), this.statement.getHeight());
		}

	}

	/** The white border drawn around the flag. */
	Rectangle2D border() {
		double b = this.emblem.getHeight() * BORDER;
		return new Rectangle2D.Double(this.emblem.getX() - b, this.emblem.getY() - b, this.emblem.getWidth() + 2 * b,
				this.emblem.getHeight() + 2 * b);
	}

	/**
	 * The largest flag the slot holds with its border and clear space on every side, at the slot's start
	 * edge (right for right-to-left) and centred in its height.
	 */
	static Rectangle2D flag(Rectangle2D slot, boolean rightToLeft) {
		double around = 4 * BORDER;
		double height = Math.min(slot.getHeight() / (1 + around), slot.getWidth() / (FLAG_ASPECT + around));
		double width = height * FLAG_ASPECT;
		double inset = 2 * BORDER * height;
		double x = rightToLeft ? slot.getMaxX() - inset - width : slot.getX() + inset;
		return new Rectangle2D.Double(x, slot.getCenterY() - height / 2, width, height);
	}

	/** The box art of these proportions takes when fitted into {@code box}, centred. */
	static Rectangle2D fit(double aspect, Rectangle2D box) {
		double width = Math.min(box.getWidth(), box.getHeight() * aspect);
		double height = width / aspect;
		return new Rectangle2D.Double(box.getCenterX() - width / 2, box.getCenterY() - height / 2, width, height);
	}

	private static Rectangle2D shrunk(Rectangle2D box, double scale) {
		double by = Math.max(SMALLEST, scale);
		double width = box.getWidth() * by;
		double height = box.getHeight() * by;
		return new Rectangle2D.Double(box.getCenterX() - width / 2, box.getCenterY() - height / 2, width, height);
	}

}
