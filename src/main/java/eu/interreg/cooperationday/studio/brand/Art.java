package eu.interreg.cooperationday.studio.brand;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/** Something that paints itself into a box, keeping its proportions, centred: a logo, a mark. */
@FunctionalInterface
public interface Art {

	void paintFit(Graphics2D g, Rectangle2D box);

}
