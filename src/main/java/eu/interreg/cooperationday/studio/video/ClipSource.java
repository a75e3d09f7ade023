package eu.interreg.cooperationday.studio.video;

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
 * A video clip layer: decoded with FFmpeg as the render advances (frames are asked for in order),
 * scaled into its box, looped or held on its last frame. One per render; closed with it.
 */
final class ClipSource implements AutoCloseable {

	private final FFmpegFrameGrabber grabber;

	private final Java2DFrameConverter converter = new Java2DFrameConverter();

	private final Layer.Clip clip;

	private final int x;

	private final int y;

	private final int w;

	private final int h;

	private BufferedImage current;

	private double currentTime = -1;

	ClipSource(Layer.Clip clip, Box box, int frameWidth, int frameHeight) throws FrameGrabber.Exception {
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
		if (clip.start() > 0) {
			this.grabber.setTimestamp((long) (clip.start() * 1_000_000));
		}
	}

	/** Draws the clip as it is {@code time} seconds into its scene. */
	void draw(Graphics2D g, double time) throws FrameGrabber.Exception {
		double target = this.clip.start() + time;
		while (this.currentTime < target - 1e-6) {
			Frame frame = this.grabber.grabImage();
			if (frame == null) {
				if (!this.clip.loop() || this.currentTime < 0) {
					break;
				}
				this.grabber.setTimestamp((long) (this.clip.start() * 1_000_000));
				target -= this.currentTime - this.clip.start();
				this.currentTime = -1;
				continue;
			}
			this.current = copy(this.converter.convert(frame));
			this.currentTime = frame.timestamp / 1_000_000.0;
		}
		if (this.current != null) {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.drawImage(this.current, this.x, this.y, this.w, this.h, null);
		}
	}

	/** The frame pixels the clip covers. */
	Rectangle bounds() {
		return new Rectangle(this.x, this.y, this.w, this.h);
	}

	/** The converter reuses its image; the clip holds its frame across output frames. */
	private static BufferedImage copy(BufferedImage image) {
		BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
		copy.getGraphics().drawImage(image, 0, 0, null);
		return copy;
	}

	@Override
	public void close() throws FrameGrabber.Exception {
		this.grabber.close();
	}

}
