package eu.interreg.cooperationday.studio.video.internal;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import eu.interreg.cooperationday.studio.video.internal.ClipSource;

/**
 * What is drawn over a scene's background in each frame: a prepared layer ({@link Sprite}) or a video
 * clip ({@link ClipSource}). Every method is a function of the time into the scene only, so any frame
 * can be drawn in any order.
 */
sealed interface Overlay permits Sprite, ClipSource {

	/** Whether it looks the same all through its scene, so it can be drawn once into the background. */
	boolean isStatic();

	/** The frame pixels it may touch at {@code time}, or null when it draws nothing then. */
	Rectangle bounds(double time);

	/** Whether it draws the same pixels at both times. */
	boolean sameAt(double time, double other);

	/** Draws it as it is {@code time} seconds into its scene. */
	void draw(Graphics2D g, double time);

	/** Lets go of what it holds beyond memory (a clip's decoder); it is not drawn again. */
	default void close() {
	}

}
