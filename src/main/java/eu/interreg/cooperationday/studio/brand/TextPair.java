package eu.interreg.cooperationday.studio.brand;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A text set in two languages in one box, first language leading: it is fitted in the top
 * {@value #FIRST_SHARE} of the box at the box's style; the second, beneath it, at most {@value #SECOND_SCALE}
 * of the style's largest size and {@value #SECOND_AT_MOST} of the size the first got, with one line fewer,
 * in the room the first leaves. The first keeps the slot's smallest size as its floor; the second's floor
 * is {@value #SECOND_FLOOR} of it. The pair is centred in the box as one block. Each line is shaped in its
 * own script's face and direction (the layout finds each run's direction); both lines align by the
 * layout's direction, which is the first language's, so a mirrored poster stays one mirrored block.
 */
public final class TextPair {

	static final double FIRST_SHARE = 0.62;

	static final double LEAST_SHARE = 0.38;

	static final float SECOND_SCALE = 0.6f;

	/** The second language is at most this part of the first's size, so the first always leads. */
	static final float SECOND_AT_MOST = 0.8f;

	/** The second language's smallest size, as a part of the slot's smallest. */
	static final float SECOND_FLOOR = 0.75f;

	/** The gap between the two languages, as a part of the first's size. */
	static final double GAP = 0.35;

	private TextPair() {
	}

	/** The two fitted texts and how they sit. */
	public record Fitted(FittedText first, TextStyle firstStyle, FittedText second, TextStyle secondStyle,
			double gap) {

		public double height() {
			return this.first.height() + this.gap + this.second.height();
		}

		/** Draws both into the box; the first language's lines come first in the list. */
		public List<FittedText.PlacedLine> paint(Graphics2D g, Rectangle2D box, boolean rightToLeft) {
			double top = box.getY() + Math.max(0, (box.getHeight() - height()) / 2);
			Rectangle2D firstBox = new Rectangle2D.Double(box.getX(), top, box.getWidth(), this.first.height());
			Rectangle2D secondBox = new Rectangle2D.Double(box.getX(), top + this.first.height() + this.gap,
					box.getWidth(), this.second.height());
			List<FittedText.PlacedLine> placed = new ArrayList<>(this.first.paint(g, firstBox, this.firstStyle, rightToLeft));
			placed.addAll(this.second.paint(g, secondBox, this.secondStyle, rightToLeft));
			return placed;
		}

		/** How many of the painted lines are the first language's. */
		public int firstLines() {
			return this.first.lines().size();
		}

	}

	/**
	 * Fits the pair in {@code width} x {@code height}. When the second language does not fit in what the
	 * first leaves, the first gets less room (down to {@value #LEAST_SHARE} of the box) until both do; when
	 * even that is not enough, the second keeps one line at its floor and the first has the rest.
	 */
	public static Fitted fit(TextFitter fitter, String first, String second, TextStyle style, double width,
			double height) {
		for (double share = FIRST_SHARE; share >= LEAST_SHARE - 1e-9; share -= 0.06) {
			FittedText fittedFirst = fitter.fit(first, style, width, height * share);
			Fitted fitted = withSecond(fitter, fittedFirst, second, style, width, height, style.maxLines() - 1);
			if (fittedFirst.fits() && fitted.second().fits() && fitted.height() <= height) {
				return fitted;
			}
		}
		TextStyle oneLine = secondStyle(style, style.minSize() * SECOND_FLOOR, 1);
		FittedText probe = fitter.fit(second, oneLine, width, Double.MAX_VALUE);
		double gap = style.minSize() * GAP;
		FittedText fittedFirst = fitter.fit(first, style, width, Math.max(0, height - probe.height() - gap));
		return withSecond(fitter, fittedFirst, second, style, width, height, 1);
	}

	private static Fitted withSecond(TextFitter fitter, FittedText fittedFirst, String second, TextStyle style,
			double width, double height, int maxLines) {
		double gap = fittedFirst.size() * GAP;
		float size = Math.min(style.maxSize() * SECOND_SCALE, fittedFirst.size() * SECOND_AT_MOST);
		TextStyle secondStyle = secondStyle(style, size, Math.max(1, maxLines));
		FittedText fittedSecond = fitter.fit(second, secondStyle, width, Math.max(0, height - fittedFirst.height() - gap));
		return new Fitted(fittedFirst, style, fittedSecond, secondStyle, gap);
	}

	/** The second language's style: at most {@code size}, its floor {@value #SECOND_FLOOR} of the slot's. */
	private static TextStyle secondStyle(TextStyle style, float size, int maxLines) {
		float floor = style.minSize() * SECOND_FLOOR;
		return new TextStyle(style.fonts(), Math.max(floor, size), floor, maxLines, style.lineSpacing(), style.color(),
				style.align());
	}

}
