package eu.interreg.cooperationday.studio.visibility;

import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * What the checker measured on one finished file: the emblem(s) it found, the other logos' boxes, how
 * large the emblem is against the largest of them (by the rule), the funding statement and its language,
 * and whether the file is compliant, with the reasons when it is not. Boxes are in {@code unit}: pixels,
 * or points from a PDF page's top left.
 *
 * @param ratio the emblem against the largest other logo (1 or more keeps the EU rule); null when
 * there is no emblem or no other logo to compare
 * @param frame for a video, the time (seconds) of the frame reported; null for a still
 */
public record VisibilityReport(boolean compliant, String rule, String unit, List<Box> emblems, List<NamedBox> logos,
		Double ratio, String statement, String language, Double frame, List<String> reasons) {

	public VisibilityReport {
		emblems = List.copyOf(emblems);
		logos = List.copyOf(logos);
		reasons = List.copyOf(reasons);
	}

	/** A box, rounded to a tenth of its unit. */
	public record Box(double x, double y, double width, double height) {

		static Box of(Rectangle2D box) {
			return new Box(round(box.getX()), round(box.getY()), round(box.getWidth()), round(box.getHeight()));
		}

		public Rectangle2D rectangle() {
			return new Rectangle2D.Double(this.x, this.y, this.width, this.height);
		}

	}

	/** A logo's box: {@code programme} or {@code campaign}. */
	public record NamedBox(String name, double x, double y, double width, double height) {

		static NamedBox of(String name, Rectangle2D box) {
			return new NamedBox(name, round(box.getX()), round(box.getY()), round(box.getWidth()),
					round(box.getHeight()));
		}

		public Rectangle2D rectangle() {
			return new Rectangle2D.Double(this.x, this.y, this.width, this.height);
		}

	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/**
	 * The same measurements in units {@code factor} times as large: a report of a drawing made at three
	 * times a thumbnail's size, given in the thumbnail's pixels. Reasons keep the sizes they were found at.
	 */
	public VisibilityReport scaled(double factor) {
		return new VisibilityReport(this.compliant, this.rule, this.unit,
				this.emblems.stream()
					.map((b) -> new Box(round(b.x * factor), round(b.y * factor), round(b.width * factor),
							round(b.height * factor)))
					.toList(),
				this.logos.stream()
					.map((l) -> new NamedBox(l.name, round(l.x * factor), round(l.y * factor), round(l.width * factor),
							round(l.height * factor)))
					.toList(),
				this.ratio, this.statement, this.language, this.frame, this.reasons);
	}

	/** The reasons in one sentence, for a line of a page or an email. */
	public String summary() {
		return this.compliant ? "Follows the EU visibility rules (" + this.rule + ")" : String.join(" ", this.reasons);
	}

}
