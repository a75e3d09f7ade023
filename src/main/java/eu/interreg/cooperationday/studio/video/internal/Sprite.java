package eu.interreg.cooperationday.studio.video.internal;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import eu.interreg.cooperationday.studio.template.Layer;
import eu.interreg.cooperationday.studio.video.internal.Overlay;

/**
 * A layer prepared for one render: rasterised once at the size it is shown (premultiplied ARGB, the
 * fastest source for Java2D's blending loops), placed by its centre, and animated per frame by
 * transform and opacity only. Nothing is decoded or laid out per frame. A plain shape (a rectangle or
 * an ellipse in one colour) stays a vector outline, filled anew each frame: an antialiased fill is
 * several times cheaper than resampling a large image, and sharp at every scale.
 */
final class Sprite implements Overlay {

	private final BufferedImage image;

	/** A plain shape's outline, placed at (0, 0); null for an image sprite. */
	private final Shape outline;

	private final Color color;

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
		this(image, null, null, left, top, pivotX, pivotY, animation, frameWidth, frameHeight);
	}

	/** A plain shape: {@code outline} (at the origin) filled with {@code color}, its origin at (left, top). */
	Sprite(Shape outline, Color color, double left, double top, double pivotX, double pivotY, Layer.Animation animation,
			int frameWidth, int frameHeight) {
		this(null, outline, color, left, top, pivotX, pivotY, animation, frameWidth, frameHeight);
	}

	private Sprite(BufferedImage image, Shape outline, Color color, double left, double top, double pivotX,
			double pivotY, Layer.Animation animation, int frameWidth, int frameHeight) {
		this.image = image;
		this.outline = outline;
		this.color = color;
		this.left = left;
		this.top = top;
		this.pivotX = pivotX;
		this.pivotY = pivotY;
		this.animation = animation;
		this.frameWidth = frameWidth;
		this.frameHeight = frameHeight;
	}

	@Override
	public boolean isStatic() {
		Layer.Animation a = this.animation;
		return a.isStatic() && a.opacity().at(0) >= 1 && a.scale().at(0) == 1 && a.rotation().at(0) == 0
				&& a.dx().at(0) == 0 && a.dy().at(0) == 0;
	}

	/** How the sprite is drawn at one moment; equal states draw equal pixels. */
	private record State(double opacity, double scale, double rotation, double dx, double dy) {

		static final State HIDDEN = new State(0, 0, 0, 0, 0);

		boolean hidden() {
			return this == HIDDEN;
		}

	}

	private State state(double time) {
		double opacity = this.animation.opacity().at(time);
		double scale = this.animation.scale().at(time);
		if (opacity <= 0.002 || scale <= 0.0005) {
			return State.HIDDEN;
		}
		return new State(Math.min(1, opacity), scale, this.animation.rotation().at(time),
				this.animation.dx().at(time) * this.frameWidth, this.animation.dy().at(time) * this.frameHeight);
	}

	/** Whether the sprite draws the same pixels at both times. */
	@Override
	public boolean sameAt(double time, double other) {
		return state(time).equals(state(other));
	}

	/** The frame pixels the sprite may touch at {@code time}, or null when it draws nothing then. */
	@Override
	public Rectangle bounds(double time) {
		State state = state(time);
		if (state.hidden()) {
			return null;
		}
		if (this.outline != null) {
			// antialiasing stays inside the outline's bounding box; one pixel more for stroke normalisation
			Rectangle area = transform(state).createTransformedShape(this.outline).getBounds();
			area.grow(1, 1);
			return area;
		}
		if (integral(state)) {
			return new Rectangle((int) Math.round(this.left + state.dx()), (int) Math.round(this.top + state.dy()),
					this.image.getWidth(), this.image.getHeight());
		}
		Rectangle2D area = transform(state)
			.createTransformedShape(new Rectangle(0, 0, this.image.getWidth(), this.image.getHeight()))
			.getBounds2D();
		// bilinear sampling reaches one pixel beyond the transformed edges
		int x = (int) Math.floor(area.getMinX()) - 1;
		int y = (int) Math.floor(area.getMinY()) - 1;
		return new Rectangle(x, y, (int) Math.ceil(area.getMaxX()) + 1 - x, (int) Math.ceil(area.getMaxY()) + 1 - y);
	}

	/** Draws the sprite as it is {@code time} seconds into its scene. */
	@Override
	public void draw(Graphics2D g, double time) {
		State state = state(time);
		if (state.hidden()) {
			return;
		}
		if (this.outline != null) {
			fill(g, state);
			return;
		}
		Composite saved = g.getComposite();
		if (state.opacity() < 1) {
			g.setComposite(AlphaComposite.SrcOver.derive((float) state.opacity()));
		}
		if (integral(state)) {
			// the fast path: an integer blit
			g.drawImage(this.image, (int) Math.round(this.left + state.dx()), (int) Math.round(this.top + state.dy()),
					null);
		}
		else {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.drawImage(this.image, transform(state), null);
		}
		g.setComposite(saved);
	}

	private void fill(Graphics2D g, State state) {
		Color color = this.color;
		if (state.opacity() < 1) {
			color = new Color(color.getRed(), color.getGreen(), color.getBlue(),
					(int) Math.round(color.getAlpha() * state.opacity()));
		}
		Object antialiasing = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(color);
		g.fill(transform(state).createTransformedShape(this.outline));
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialiasing);
	}

	private static boolean integral(State state) {
		return state.scale() == 1 && state.rotation() == 0;
	}

	private AffineTransform transform(State state) {
		AffineTransform transform = new AffineTransform();
		transform.translate(this.pivotX + state.dx(), this.pivotY + state.dy());
		transform.rotate(Math.toRadians(state.rotation()));
		transform.scale(state.scale(), state.scale());
		transform.translate(this.left - this.pivotX, this.top - this.pivotY);
		return transform;
	}

}
