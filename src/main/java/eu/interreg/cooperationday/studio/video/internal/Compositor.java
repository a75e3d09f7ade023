package eu.interreg.cooperationday.studio.video.internal;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

import eu.interreg.cooperationday.studio.template.Easing;
import eu.interreg.cooperationday.studio.template.Scene;

/**
 * Makes frame n of a {@link Timeline}: the scene at n, and during a scene's entrance the scene before it
 * too, mixed by the transition (crossfade, slide, wipe; mirrored for right-to-left). A frame depends on
 * its number only. Holds one scratch frame; one compositor per render thread.
 */
public final class Compositor implements AutoCloseable {

	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

	private static final long EVEN_BYTES = 0x00FF00FF00FF00FFL;

	private final Timeline timeline;

	private final boolean rightToLeft;

	private final BufferedImage scratch;

	private final Graphics2D scratchGraphics;

	private final byte[] row;

	public Compositor(Timeline timeline, boolean rightToLeft) {
		this.timeline = timeline;
		this.rightToLeft = rightToLeft;
		this.scratch = new BufferedImage(timeline.width(), timeline.height(), BufferedImage.TYPE_3BYTE_BGR);
		this.scratchGraphics = Timeline.graphics(this.scratch);
		this.row = new byte[timeline.width() * 3];
	}

	/**
	 * What frame {@code frame} changes, compared with the frame before it and with its scene's
	 * background: whether it repeats the frame before pixel for pixel (same scene, no transition, no
	 * clip, every layer in the same state), whether it is all new (a transition), and otherwise where
	 * its moving layers may touch. A function of the frame number only.
	 */
	public Change change(int frame) {
		Timeline.PlannedScene scene = this.timeline.sceneAt(frame);
		int index = scene.index();
		if (inTransition(scene, frame)) {
			return new Change(index, false, true, null);
		}
		double time = (frame - scene.start()) / (double) this.timeline.fps();
		double before = (frame - 1 - scene.start()) / (double) this.timeline.fps();
		boolean repeat = frame > scene.start() && !inTransition(scene, frame - 1);
		Damage damage = new Damage(this.timeline.width(), this.timeline.height());
		for (Overlay overlay : scene.overlays()) {
			repeat &= overlay.sameAt(time, before);
			Rectangle area = overlay.bounds(time);
			if (area != null) {
				damage.add(area);
			}
		}
		return new Change(index, repeat, false, damage);
	}

	/**
	 * How a frame differs: {@code repeat}, the frame before again; {@code all}, everything; otherwise it
	 * is the background of scene {@code scene} except in {@code damage}.
	 */
	public record Change(int scene, boolean repeat, boolean all, Damage damage) {
	}

	private boolean inTransition(Timeline.PlannedScene scene, int frame) {
		return frame - scene.start() < transitionFrames(scene);
	}

	private int transitionFrames(Timeline.PlannedScene scene) {
		return Timeline.entranceFrames(scene.scene(), scene.index(), this.timeline.fps());
	}

	/**
	 * Draws frame {@code frame}, which changes as {@code change} says, into {@code canvas}. A canvas
	 * that holds an earlier frame of the same scene has only that frame's damage put back to the
	 * background, not the whole frame.
	 */
	public void compose(int frame, Change change, Canvas canvas) {
		if (change.all() || canvas.damage == null || canvas.scene != change.scene()) {
			compose(frame, canvas.image, canvas.graphics);
		}
		else {
			this.timeline.draw(this.timeline.scene(change.scene()), frame, canvas.image, canvas.graphics,
					canvas.damage);
		}
		canvas.scene = change.all() ? -1 : change.scene();
		canvas.damage = change.all() ? null : change.damage();
	}

	/** A frame buffer, and what it holds: the background of {@code scene} but for {@code damage}, or unknown. */
	public static final class Canvas implements AutoCloseable {

		private final BufferedImage image;

		private final Graphics2D graphics;

		private int scene = -1;

		private Damage damage;

		public Canvas(int width, int height) {
			this.image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
			this.graphics = Timeline.graphics(this.image);
		}

		public byte[] pixels() {
			return Compositor.pixels(this.image);
		}

		@Override
		public void close() {
			this.graphics.dispose();
		}

	}

	/** Draws frame {@code frame} into {@code target}, a 3-byte BGR image of the frame's size. */
	public void compose(int frame, BufferedImage target, Graphics2D g) {
		Timeline.PlannedScene scene = this.timeline.sceneAt(frame);
		this.timeline.draw(scene, frame, target, g);
		int transitionFrames = transitionFrames(scene);
		int into = frame - scene.start();
		if (into >= transitionFrames) {
			return;
		}
		Scene.Transition transition = scene.scene().transition();
		Timeline.PlannedScene previous = this.timeline.before(scene);
		this.timeline.draw(previous, frame, this.scratch, this.scratchGraphics);
		double progress = Easing.EASE_IN_OUT_CUBIC.apply((into + 1) / (double) (transitionFrames + 1));
		byte[] before = pixels(this.scratch);
		byte[] after = pixels(target);
		switch (transition.kind()) {
			case CROSSFADE -> crossfade(before, after, progress);
			case SLIDE -> slide(before, after, progress);
			case WIPE -> wipe(before, after, progress);
			case CUT -> throw new IllegalStateException("A cut mixes nothing");
		}
	}

	/**
	 * Mixes {@code before} into {@code after}, eight bytes at a time: each byte becomes
	 * {@code (before * (256 - a) + after * a) >> 8}, worked out in the 16-bit lanes of a long (the sum
	 * stays below 2^16), even bytes and odd bytes apart.
	 */
	public static void crossfade(byte[] before, byte[] after, double progress) {
		int a = (int) Math.round(progress * 256);
		int b = 256 - a;
		int i = 0;
		for (; i + 8 <= after.length; i += 8) {
			long x = (long) LONGS.get(before, i);
			long y = (long) LONGS.get(after, i);
			long even = (((x & EVEN_BYTES) * b + (y & EVEN_BYTES) * a) >>> 8) & EVEN_BYTES;
			long odd = (((x >>> 8) & EVEN_BYTES) * b + ((y >>> 8) & EVEN_BYTES) * a) & ~EVEN_BYTES;
			LONGS.set(after, i, even | odd);
		}
		for (; i < after.length; i++) {
			after[i] = (byte) (((before[i] & 0xFF) * b + (after[i] & 0xFF) * a) >> 8);
		}
	}

	/** The new scene pushes the old one out: from the right, or from the left for right-to-left. */
	private void slide(byte[] before, byte[] after, double progress) {
		int width = this.timeline.width();
		int offset = (int) Math.round(width * (1 - progress));
		int stride = width * 3;
		for (int y = 0; y < this.timeline.height(); y++) {
			int base = y * stride;
			System.arraycopy(after, base, this.row, 0, stride);
			if (!this.rightToLeft) {
				System.arraycopy(before, base + (width - offset) * 3, after, base, offset * 3);
				System.arraycopy(this.row, 0, after, base + offset * 3, (width - offset) * 3);
			}
			else {
				System.arraycopy(this.row, offset * 3, after, base, (width - offset) * 3);
				System.arraycopy(before, base, after, base + (width - offset) * 3, offset * 3);
			}
		}
	}

	/** The new scene is revealed behind an edge moving across: left to right, or right to left. */
	private void wipe(byte[] before, byte[] after, double progress) {
		int width = this.timeline.width();
		int edge = (int) Math.round(width * progress);
		int stride = width * 3;
		for (int y = 0; y < this.timeline.height(); y++) {
			int base = y * stride;
			if (!this.rightToLeft) {
				System.arraycopy(before, base + edge * 3, after, base + edge * 3, (width - edge) * 3);
			}
			else {
				System.arraycopy(before, base, after, base, (width - edge) * 3);
			}
		}
	}

	public static byte[] pixels(BufferedImage image) {
		return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
	}

	@Override
	public void close() {
		this.scratchGraphics.dispose();
	}

}
