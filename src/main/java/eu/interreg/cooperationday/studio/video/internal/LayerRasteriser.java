package eu.interreg.cooperationday.studio.video.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;

import org.bytedeco.javacv.FrameGrabber;

import eu.interreg.cooperationday.studio.brand.Art;
import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.brand.Drawing;
import eu.interreg.cooperationday.studio.brand.FittedText;
import eu.interreg.cooperationday.studio.brand.TextPair;
import eu.interreg.cooperationday.studio.brand.TextFitter;
import eu.interreg.cooperationday.studio.brand.TextStyle;
import eu.interreg.cooperationday.studio.template.Box;
import eu.interreg.cooperationday.studio.template.Layer;
import eu.interreg.cooperationday.studio.video.internal.ClipSource;
import eu.interreg.cooperationday.studio.video.VideoContent;

/**
 * Prepares the layers of a template for one shape and one content, one painter per kind of layer (a
 * {@link Layer.Visitor}, so a new kind cannot be forgotten): each becomes an {@link Overlay} made once
 * at its size on screen (a {@link Sprite} rasterised with text fitted like on posters and SVG drawn at
 * the size shown, or a {@link ClipSource}). Right-to-left content mirrors boxes and text alignment.
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

	/** @return what the layer draws, or null when it has nothing to show (an absent event text) */
	Overlay prepare(Layer layer, String shape) {
		Box box = layer.box(shape);
		if (this.content.rightToLeft()) {
			box = box.mirrored();
		}
		return layer.accept(new Painters(box));
	}

	/** The painters of one layer's box, in frame pixels. */
	private final class Painters implements Layer.Visitor<Overlay> {

		private final Box box;

		private final int w;

		private final int h;

		private final double left;

		private final double top;

		Painters(Box box) {
			this.box = box;
			this.w = Math.max(1, (int) Math.round(box.w() * LayerRasteriser.this.width));
			this.h = Math.max(1, (int) Math.round(box.h() * LayerRasteriser.this.height));
			this.left = box.x() * LayerRasteriser.this.width - this.w / 2.0;
			this.top = box.y() * LayerRasteriser.this.height - this.h / 2.0;
		}

		@Override
		public Overlay solid(Layer.Solid solid) {
			return raster(solid, (g, all) -> {
				g.setColor(solid.color());
				g.fill(all);
				return true;
			});
		}

		@Override
		public Overlay gradient(Layer.Gradient gradient) {
			return raster(gradient, (g, all) -> {
				g.setPaint(LayerRasteriser.this.gradient(gradient, this.w, this.h));
				g.fill(all);
				return true;
			});
		}

		/** A plain figure stays a vector outline, filled anew each frame (see {@link Sprite}). */
		@Override
		public Overlay figure(Layer.Figure figure) {
			return new Sprite(outline(figure, this.w, this.h), figure.color(), this.left, this.top,
					this.left + this.w / 2.0, this.top + this.h / 2.0, figure.animation(), LayerRasteriser.this.width,
					LayerRasteriser.this.height);
		}

		@Override
		public Overlay image(Layer.Image image) {
			Art art = LayerRasteriser.this.content.art().get(image.source().key());
			if (art == null) {
				return null;
			}
			return raster(image, (g, all) -> {
				art.paintFit(g, all);
				return true;
			});
		}

		@Override
		public Overlay text(Layer.Text text) {
			String value = LayerRasteriser.this.content.texts().get(text.binding());
			if (value == null || value.isBlank()) {
				return null;
			}
			return raster(text, (g, all) -> {
				double side = Math.min(LayerRasteriser.this.width, LayerRasteriser.this.height);
				BrandKit brand = LayerRasteriser.this.brand;
				TextStyle style = new TextStyle(text.bold() ? brand.bold() : brand.regular(),
						(float) (text.maxSize() * side), (float) (text.minSize() * side), text.maxLines(), 1.15f,
						text.color(), text.align());
				String second = LayerRasteriser.this.content.secondTexts().get(text.binding());
				if (second != null && !second.isBlank() && !second.equals(value)) {
					TextPair.fit(LayerRasteriser.this.fitter, value, second, style, this.w, this.h)
						.paint(g, all, LayerRasteriser.this.content.rightToLeft());
					return true;
				}
				FittedText fitted = LayerRasteriser.this.fitter.fit(value, style, this.w, this.h);
				fitted.paint(g, all, style, LayerRasteriser.this.content.rightToLeft());
				return true;
			});
		}

		@Override
		public Overlay clip(Layer.Clip clip) {
			try {
				return new ClipSource(clip, this.box, LayerRasteriser.this.width, LayerRasteriser.this.height);
			}
			catch (FrameGrabber.Exception ex) {
				throw new IllegalStateException("Cannot open the clip " + clip.file().getFileName(), ex);
			}
		}

		/** Paints the layer once into an image of its box, then keeps only its visible pixels. */
		private Overlay raster(Layer layer, BoxPainter painter) {
			BufferedImage image = new BufferedImage(this.w, this.h, BufferedImage.TYPE_INT_ARGB_PRE);
			Graphics2D g = Drawing.smooth(image);
			try {
				if (!painter.into(g, new Rectangle2D.Double(0, 0, this.w, this.h))) {
					return null;
				}
			}
			finally {
				g.dispose();
			}
			return cropped(image, this.left, this.top, layer);
		}

	}

	/** Paints a layer into its box; false when there is nothing to show. */
	@FunctionalInterface
	private interface BoxPainter {

		boolean into(Graphics2D g, Rectangle2D box);

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

	private Shape outline(Layer.Figure figure, int w, int h) {
		double radius = figure.cornerRadius() * Math.min(this.width, this.height);
		return switch (figure.outline()) {
			case ELLIPSE -> new Ellipse2D.Double(0, 0, w, h);
			case RECTANGLE -> new RoundRectangle2D.Double(0, 0, w, h, radius * 2, radius * 2);
		};
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
