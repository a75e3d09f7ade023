package eu.interreg.cooperationday.studio.video;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.LinearGradientPaint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import java.util.Locale;

import eu.interreg.cooperationday.studio.brand.Art;
import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.brand.Drawing;
import eu.interreg.cooperationday.studio.brand.FittedText;
import eu.interreg.cooperationday.studio.brand.TextFitter;
import eu.interreg.cooperationday.studio.brand.TextStyle;
import eu.interreg.cooperationday.studio.template.Box;
import eu.interreg.cooperationday.studio.template.Layer;

/**
 * Prepares the layers of a template for one shape and one content: each becomes a {@link Sprite}
 * rasterised once at its size on screen (text fitted like on posters, SVG drawn at the size shown).
 * Right-to-left content mirrors boxes and text alignment.
 */
final class LayerRasteriser {

	private final BrandKit brand;

	private final TextFitter fitter = new TextFitter();

	private final int width;

	private final int height;

	private final VideoContent content;

	LayerRasteriser(BrandKit brand, int width, int height, VideoContent content) {
		this.brand = brand;
		this.width = width;
		this.height = height;
		this.content = content;
	}

	/** @return the sprite, or null when the layer has nothing to show (an absent event text) */
	Sprite prepare(Layer layer, String shape) {
		Box box = layer.box(shape);
		if (this.content.rightToLeft()) {
			box = box.mirrored();
		}
		int w = Math.max(1, (int) Math.round(box.w() * this.width));
		int h = Math.max(1, (int) Math.round(box.h() * this.height));
		double left = box.x() * this.width - w / 2.0;
		double top = box.y() * this.height - h / 2.0;
		if (layer instanceof Layer.Shape plain) {
			return new Sprite(outline(plain, w, h), plain.color(), left, top, left + w / 2.0, top + h / 2.0,
					layer.animation(), this.width, this.height);
		}
		BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
		Graphics2D g = Drawing.smooth(image);
		try {
			if (!paint(g, layer, w, h)) {
				return null;
			}
		}
		finally {
			g.dispose();
		}
		return cropped(image, left, top, layer);
	}

	/**
	 * The sprite trimmed to its visible pixels: a text box is mostly transparent, and every transparent
	 * pixel left in would be blended again in every frame. The centre moves with the crop, so the layer
	 * still scales and rotates about its box's centre.
	 */
	private Sprite cropped(BufferedImage image, double left, double top, Layer layer) {
		int w = image.getWidth();
		int h = image.getHeight();
		// premultiplied ARGB keeps alpha in the top byte: read the raster, no per-pixel colour conversion
		int[] argb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
		int minX = w;
		int minY = h;
		int maxX = -1;
		int maxY = -1;
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				if ((argb[y * w + x] >>> 24) != 0) {
					minX = Math.min(minX, x);
					maxX = Math.max(maxX, x);
					minY = Math.min(minY, y);
					maxY = Math.max(maxY, y);
				}
			}
		}
		if (maxX < 0) {
			return null;
		}
		BufferedImage visible = image.getSubimage(minX, minY, maxX - minX + 1, maxY - minY + 1);
		BufferedImage copy = new BufferedImage(visible.getWidth(), visible.getHeight(), BufferedImage.TYPE_INT_ARGB_PRE);
		Graphics2D g = copy.createGraphics();
		try {
			g.setComposite(java.awt.AlphaComposite.Src);
			g.drawImage(visible, 0, 0, null);
		}
		finally {
			g.dispose();
		}
		double pivotX = left + w / 2.0;
		double pivotY = top + h / 2.0;
		return new Sprite(copy, left + minX, top + minY, pivotX, pivotY, layer.animation(), this.width, this.height);
	}

	private boolean paint(Graphics2D g, Layer layer, int w, int h) {
		Rectangle2D all = new Rectangle2D.Double(0, 0, w, h);
		if (layer instanceof Layer.Solid solid) {
			g.setColor(solid.color());
			g.fill(all);
		}
		else if (layer instanceof Layer.Gradient gradient) {
			g.setPaint(gradient(gradient, w, h));
			g.fill(all);
		}
		else if (layer instanceof Layer.Image image) {
			Art art = this.content.art().get(image.source());
			if (art == null) {
				return false;
			}
			art.paintFit(g, all);
		}
		else if (layer instanceof Layer.Text text) {
			String value = this.content.texts().get(text.binding());
			if (value == null || value.isBlank()) {
				return false;
			}
			double side = Math.min(this.width, this.height);
			TextStyle style = new TextStyle(text.bold() ? this.brand.bold() : this.brand.regular(),
					(float) (text.maxSize() * side), (float) (text.minSize() * side), text.maxLines(), 1.15f,
					text.color(), TextStyle.Align.valueOf(text.align().toUpperCase(Locale.ROOT)));
			FittedText fitted = this.fitter.fit(value, style, w, h);
			fitted.paint(g, all, style, this.content.rightToLeft());
		}
		else {
			throw new IllegalArgumentException("Not a sprite layer: " + layer.getClass().getSimpleName());
		}
		return true;
	}

	private Shape outline(Layer.Shape shape, int w, int h) {
		double radius = shape.cornerRadius() * Math.min(this.width, this.height);
		return shape.kind().equals("ellipse") ? new Ellipse2D.Double(0, 0, w, h)
				: new RoundRectangle2D.Double(0, 0, w, h, radius * 2, radius * 2);
	}

	private MultipleGradientPaint gradient(Layer.Gradient gradient, int w, int h) {
		double angle = Math.toRadians(this.content.rightToLeft() ? 180 - gradient.angle() : gradient.angle());
		double dx = Math.cos(angle) * w / 2;
		double dy = Math.sin(angle) * h / 2;
		Point2D start = new Point2D.Double(w / 2.0 - dx, h / 2.0 - dy);
		Point2D end = new Point2D.Double(w / 2.0 + dx, h / 2.0 + dy);
		if (start.distance(end) < 1) {
			end = new Point2D.Double(start.getX() + 1, start.getY());
		}
		List<Color> colors = gradient.colors();
		float[] fractions = new float[colors.size()];
		for (int i = 0; i < fractions.length; i++) {
			fractions[i] = (float) i / (fractions.length - 1);
		}
		return new LinearGradientPaint(start, end, fractions, colors.toArray(Color[]::new));
	}

}
