package eu.interreg.cooperationday.studio.video;

import java.awt.AlphaComposite;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

import eu.interreg.cooperationday.studio.template.Layer;

/**
 * A layer prepared for one render: rasterised once at the size it is shown (premultiplied ARGB, the
 * fastest source for Java2D's blending loops), placed by its centre, and animated per frame by
 * transform and opacity only. Nothing is decoded or laid out per frame.
 */
final class Sprite {

	private final BufferedImage image;

	private final double left;

	private final double top;

	private final double pivotX;

	private final double pivotY;

	private final Layer.Animation animation;

	private final int frameWidth;

	private final int frameHeight;

	/**
	 * @param left where the image's top-left corner sits on the frame, unanimated
	 * @param pivotX the point it scales and rotates about (its layer box's centre)
	 */
	Sprite(BufferedImage image, double left, double top, double pivotX, double pivotY, Layer.Animation animation,
			int frameWidth, int frameHeight) {
		this.image = image;
		this.left = left;
		this.top = top;
		this.pivotX = pivotX;
		this.pivotY = pivotY;
		this.animation = animation;
		this.frameWidth = frameWidth;
		this.frameHeight = frameHeight;
	}

	boolean isStatic() {
		Layer.Animation a = this.animation;
		return a.isStatic() && a.opacity().at(0) >= 1 && a.scale().at(0) == 1 && a.rotation().at(0) == 0
				&& a.dx().at(0) == 0 && a.dy().at(0) == 0;
	}

	/** Draws the sprite as it is {@code time} seconds into its scene. */
	void draw(Graphics2D g, double time) {
		double opacity = this.animation.opacity().at(time);
		if (opacity <= 0.002) {
			return;
		}
		double scale = this.animation.scale().at(time);
		if (scale <= 0.0005) {
			return;
		}
		double rotation = this.animation.rotation().at(time);
		double dx = this.animation.dx().at(time) * this.frameWidth;
		double dy = this.animation.dy().at(time) * this.frameHeight;
		Composite saved = g.getComposite();
		if (opacity < 1) {
			g.setComposite(AlphaComposite.SrcOver.derive((float) Math.min(1, opacity)));
		}
		if (scale == 1 && rotation == 0) {
			// the fast path: an integer blit
			g.drawImage(this.image, (int) Math.round(this.left + dx), (int) Math.round(this.top + dy), null);
		}
		else {
			AffineTransform transform = new AffineTransform();
			transform.translate(this.pivotX + dx, this.pivotY + dy);
			transform.rotate(Math.toRadians(rotation));
			transform.scale(scale, scale);
			transform.translate(this.left - this.pivotX, this.top - this.pivotY);
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.drawImage(this.image, transform, null);
		}
		g.setComposite(saved);
	}

}
