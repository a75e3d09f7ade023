package eu.interreg.cooperationday.studio.video.internal;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.Java2DFrameConverter;

import eu.interreg.cooperationday.studio.template.Box;
import eu.interreg.cooperationday.studio.template.Layer;

/**
 * A video clip layer, decoded with FFmpeg and scaled into its box. What it shows at a time into its
 * scene depends on that time only: the clip's first frame at or after {@code start + time} (modulo the
 * clip's length when it loops; held on its last frame when it does not). Frames asked for in order are
 * decoded in order; a frame before the one held (a loop, or a render that jumps) is reached by seeking.
 * One per render; closed with it.
 */
public final class ClipSource implements Overlay {

	/** Timestamps closer than this are the same instant (a microsecond clock against frame times). */
	private static final double EPSILON = 1e-6;

	private final FFmpegFrameGrabber grabber;

	private final Java2DFrameConverter converter = new Java2DFrameConverter();

	private final Layer.Clip clip;

	/** Seconds from {@code start} to the clip's end; 0 when FFmpeg cannot tell (then it never loops). */
	private final double period;

	private final int x;

	private final int y;

	private final int w;

	private final int h;

	private BufferedImage current;

	/** The timestamp of {@code current} (seconds; -1 for none). */
	private double currentTime = -1;

	/**
	 * The earliest time {@code current} is the answer for: just after the frame decoded before it, or the
	 * time last sought to (frames before it were skipped, unseen). An earlier time needs a seek.
	 */
	private double validFrom = Double.NEGATIVE_INFINITY;

	public ClipSource(Layer.Clip clip, Box box, int frameWidth, int frameHeight) throws FrameGrabber.Exception {
		this.clip = clip;
		this.w = Math.max(2, (int) Math.round(box.w() * frameWidth));
		this.h = Math.max(2, (int) Math.round(box.h() * frameHeight));
		this.x = (int) Math.round(box.x() * frameWidth - this.w / 2.0);
		this.y = (int) Math.round(box.y() * frameHeight - this.h / 2.0);
		avutil.av_log_set_level(avutil.AV_LOG_ERROR);
		this.grabber = new FFmpegFrameGrabber(clip.file().toFile());
		this.grabber.setImageWidth(this.w);
		this.grabber.setImageHeight(this.h);
		this.grabber.start();
		double length = this.grabber.getLengthInTime() / 1_000_000.0;
		this.period = Math.max(0, length - clip.start());
		if (clip.start() > 0) {
			seek(clip.start());
		}
	}

	/** Draws the clip as it is {@code time} seconds into its scene. */
	@Override
	public void draw(Graphics2D g, double time) {
		try {
			advanceTo(clipTime(time));
		}
		catch (FrameGrabber.Exception ex) {
			throw new IllegalStateException("The clip " + this.clip.file().getFileName() + " cannot be decoded", ex);
		}
		if (this.current != null) {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.drawImage(this.current, this.x, this.y, this.w, this.h, null);
		}
	}

	/** The frame pixels the clip covers, at any time. */
	@Override
	public Rectangle bounds(double time) {
		return new Rectangle(this.x, this.y, this.w, this.h);
	}

	@Override
	public boolean isStatic() {
		return false;
	}

	/** A playing clip is never taken to repeat a frame: telling would mean decoding both. */
	@Override
	public boolean sameAt(double time, double other) {
		return false;
	}

	/** The time in the clip's own timeline that shows at {@code time} into the scene. */
	double clipTime(double time) {
		if (this.clip.loop() && this.period > 0) {
			return this.clip.start() + (time % this.period);
		}
		return this.clip.start() + time;
	}

	/** Makes {@code current} the first frame at or after {@code target}, or the last frame before the end. */
	private void advanceTo(double wanted) throws FrameGrabber.Exception {
		double target = wanted;
		if (target < this.validFrom - EPSILON) {
			seek(target);
		}
		while (this.currentTime < target - EPSILON) {
			Frame frame = this.grabber.grabImage();
			if (frame == null) {
				double last = this.clip.start() + this.period - 1 / Math.max(1, this.grabber.getFrameRate());
				if (this.current == null && this.period > 0 && last < target - EPSILON) {
					// asked for a time past the end, with nothing decoded yet: hold the last frame
					seek(last);
					target = last;
					continue;
				}
				return;
			}
			if (this.current != null) {
				this.validFrom = this.currentTime + EPSILON;
			}
			this.current = copy(this.converter.convert(frame));
			this.currentTime = frame.timestamp / 1_000_000.0;
		}
	}

	private void seek(double time) throws FrameGrabber.Exception {
		this.grabber.setTimestamp(Math.round(time * 1_000_000));
		this.current = null;
		this.currentTime = -1;
		this.validFrom = time;
	}

	/** The converter reuses its image; the clip holds its frame across output frames. */
	private static BufferedImage copy(BufferedImage image) {
		BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
		copy.getGraphics().drawImage(image, 0, 0, null);
		return copy;
	}

	@Override
	public void close() {
		try {
			this.grabber.close();
		}
		catch (FrameGrabber.Exception ex) {
			// closing a decoder cannot lose output; nothing to do
		}
	}

}
