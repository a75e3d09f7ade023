package eu.interreg.cooperationday.studio.brand;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** Something that paints itself into a box, keeping its proportions, centred: a logo, a mark. */
@FunctionalInterface
public interface Art {

	void paintFit(Graphics2D g, Rectangle2D box);

	/** A decoded raster image as art: scaled (bicubic) to fit the box, centred. */
	static Art of(BufferedImage image) {
		return (g, box) -> {
			double scale = Math.min(box.getWidth() / image.getWidth(), box.getHeight() / image.getHeight());
			double x = box.getX() + (box.getWidth() - image.getWidth() * scale) / 2;
			double y = box.getY() + (box.getHeight() - image.getHeight() * scale) / 2;
			Object interpolation = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.drawImage(image, new AffineTransform(scale, 0, 0, scale, x, y), null);
			if (interpolation != null) {
				g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
			}
		};
	}

}
