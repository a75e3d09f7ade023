package eu.interreg.cooperationday.studio.brand;

import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Text set for a box by {@link TextFitter}: its lines (shaped, bidi resolved), the size chosen, and
 * whether it fitted whole. When it did not, the last line ends with an ellipsis and
 * {@link #fits()} is false, so callers know the text was cut.
 */
public record FittedText(List<Line> lines, float size, boolean fits, double lineAdvance, double ascent,
		double descent) {

	/** One line: the characters it shows (in logical order) and their shaped layout. */
	public record Line(String text, TextLayout layout) {
	}

	/** A line placed in a box: x of its left edge and y of its baseline. */
	public record PlacedLine(Line line, double x, double baseline) {

		public double width() {
			return this.line.layout().getAdvance();
		}

	}

	public double height() {
		return this.lines.isEmpty() ? 0 : (this.lines.size() - 1) * this.lineAdvance + this.ascent + this.descent;
	}

	/** Positions of the lines in {@code box}: centred vertically, aligned as asked, mirrored for RTL. */
	public List<PlacedLine> place(Rectangle2D box, TextStyle.Align align, boolean rightToLeft) {
		List<PlacedLine> placed = new ArrayList<>();
		double top = box.getY() + (box.getHeight() - height()) / 2;
		for (int i = 0; i < this.lines.size(); i++) {
			Line line = this.lines.get(i);
			double width = line.layout().getAdvance();
			double x = switch (align) {
				case CENTER -> box.getX() + (box.getWidth() - width) / 2;
				case START -> rightToLeft ? box.getMaxX() - width : box.getX();
				case END -> rightToLeft ? box.getX() : box.getMaxX() - width;
			};
			placed.add(new PlacedLine(line, x, top + this.ascent + i * this.lineAdvance));
		}
		return placed;
	}

	/** Draws the lines into {@code g} (an image, a video frame or a PDF page) as shaped glyph outlines. */
	public List<PlacedLine> paint(Graphics2D g, Rectangle2D box, TextStyle style, boolean rightToLeft) {
		List<PlacedLine> placed = place(box, style.align(), rightToLeft);
		g.setColor(style.color());
		for (PlacedLine line : placed) {
			line.line().layout().draw(g, (float) line.x(), (float) line.baseline());
		}
		return placed;
	}

}
