package eu.interreg.cooperationday.studio.visibility;

import java.awt.geom.Rectangle2D;

/**
 * The EU emblem as found in an image, in the image's pixels: the circle its twelve stars stand on
 * (centre and radius) and the flag around it, whose height is 1.5 times the circle's diameter and whose
 * width is 1.5 times its height.
 */
public record Emblem(double centreX, double centreY, double circleRadius) {

	/** The flag's height: 1.5 times the diameter of the circle of stars. */
	public double height() {
		return 3 * this.circleRadius;
	}

	/** The flag's width: 1.5 times its height. */
	public double width() {
		return 1.5 * height();
	}

	/** The flag's box, centred on the circle of stars. */
	public Rectangle2D box() {
		return new Rectangle2D.Double(this.centreX - width() / 2, this.centreY - height() / 2, width(), height());
	}

}
