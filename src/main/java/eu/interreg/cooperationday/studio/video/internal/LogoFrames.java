package eu.interreg.cooperationday.studio.video.internal;

import java.awt.geom.Rectangle2D;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.Java2DFrameConverter;

import eu.interreg.cooperationday.studio.template.Box;
import eu.interreg.cooperationday.studio.template.ImageSource;
import eu.interreg.cooperationday.studio.template.Layer;
import eu.interreg.cooperationday.studio.template.Scene;
import eu.interreg.cooperationday.studio.template.TextBinding;
import eu.interreg.cooperationday.studio.template.VideoTemplate;
import eu.interreg.cooperationday.studio.video.VideoContent;
import eu.interreg.cooperationday.studio.video.VideoRenderer;
import eu.interreg.cooperationday.studio.visibility.Placement;

/**
 * Where a video shows logos, for the visibility check: for each scene with the programme's logo or the
 * campaign mark, a frame three quarters through it (its animations settled), with the logos' boxes as
 * the rasteriser places them (fitted, centred, mirrored for right-to-left) and the statement the scene
 * writes. Also reads such a frame back from the finished MP4.
 */
public final class LogoFrames {

	/** The campaign mark's proportions, as drawn from {@code brand-assets/marks}. */
	private static final double MARK_ASPECT = 88 / 92.0;

	private static final String MARK = "brand:mark";

	private LogoFrames() {
	}

	/** A frame three quarters through every scene that shows a logo. */
	public static List<Placement> settled(VideoTemplate template, VideoTemplate.Shape shape, VideoContent content,
			VideoRenderer.LogoFacts facts) {
		List<Placement> frames = new ArrayList<>();
		for (Timeline.ScheduledScene slot : Timeline.schedule(template, content)) {
			int frame = slot.start() + slot.frames() * 3 / 4;
			Placement placement = at(template, shape, content, facts, slot, frame);
			if (!placement.logos().isEmpty()) {
				frames.add(placement);
			}
		}
		return frames;
	}

	/** The placement of frame {@code n}, or null when that frame shows no logo. */
	public static Placement frame(VideoTemplate template, VideoTemplate.Shape shape, VideoContent content, VideoRenderer.LogoFacts facts,
			int n) {
		for (Timeline.ScheduledScene slot : Timeline.schedule(template, content)) {
			if (n >= slot.start() && n < slot.start() + slot.frames()) {
				Placement placement = at(template, shape, content, facts, slot, n);
				return placement.logos().isEmpty() ? null : placement;
			}
		}
		return null;
	}

	private static Placement at(VideoTemplate template, VideoTemplate.Shape shape, VideoContent content, VideoRenderer.LogoFacts facts,
			Timeline.ScheduledScene slot, int frame) {
		Scene scene = slot.scene();
		double time = (frame - slot.start()) / (double) template.fps();
		List<Placement.Logo> logos = new ArrayList<>();
		boolean showsLogo = false;
		List<String> statements = new ArrayList<>();
		for (Layer layer : scene.layers()) {
			if (layer instanceof Layer.Image image && content.art().containsKey(image.source().key())) {
				boolean programme = image.source() instanceof ImageSource.ProgrammeLogo;
				if (programme || image.source().key().equals(MARK)) {
					showsLogo |= programme;
					Rectangle2D box = animated(fitted(box(layer, shape, content), programme ? facts.aspect() : MARK_ASPECT),
							layer.animation(), time, shape);
					logos.add(new Placement.Logo(programme ? Placement.PROGRAMME : Placement.CAMPAIGN, box,
							programme && facts.carriesEmblem()));
				}
			}
			if (layer instanceof Layer.Text text && (text.binding() == TextBinding.CAMPAIGN_COFUNDED
					|| text.binding() == TextBinding.PROGRAMME_STATEMENT)) {
				String written = content.texts().get(text.binding());
				if (written != null && !written.isBlank()) {
					statements.add(written);
					String second = content.secondTexts().get(text.binding());
					if (second != null && !second.isBlank()) {
						statements.add(second);
					}
				}
			}
		}
		String statement = statements.isEmpty() ? null : String.join(" / ", statements);
		return new Placement("px", logos, statement, facts.language(), showsLogo && facts.carriesStatement(),
				frame / (double) template.fps());
	}

	/** A layer's box in frame pixels, rounded as the rasteriser rounds it. */
	private static Rectangle2D box(Layer layer, VideoTemplate.Shape shape, VideoContent content) {
		Box box = layer.box(shape.name());
		if (content.rightToLeft()) {
			box = box.mirrored();
		}
		int w = Math.max(1, (int) Math.round(box.w() * shape.width()));
		int h = Math.max(1, (int) Math.round(box.h() * shape.height()));
		return new Rectangle2D.Double(box.x() * shape.width() - w / 2.0, box.y() * shape.height() - h / 2.0, w, h);
	}

	/** Where the layer's animation has the box at {@code time}: scaled about its centre, then moved. */
	private static Rectangle2D animated(Rectangle2D box, Layer.Animation animation, double time,
			VideoTemplate.Shape shape) {
		double scale = animation.scale().at(time);
		double width = box.getWidth() * scale;
		double height = box.getHeight() * scale;
		double x = box.getCenterX() + animation.dx().at(time) * shape.width();
		double y = box.getCenterY() + animation.dy().at(time) * shape.height();
		return new Rectangle2D.Double(x - width / 2, y - height / 2, width, height);
	}

	private static Rectangle2D fitted(Rectangle2D box, double aspect) {
		double width = Math.min(box.getWidth(), box.getHeight() * aspect);
		double height = width / aspect;
		return new Rectangle2D.Double(box.getCenterX() - width / 2, box.getCenterY() - height / 2, width, height);
	}

	/** The frame an MP4 shows at {@code seconds}, decoded. */
	public static BufferedImage read(Path mp4, double seconds) throws FrameGrabber.Exception {
		return read(mp4, List.of(seconds)).get(0);
	}

	/**
	 * The frames a finished MP4 shows at each of {@code seconds}, decoded through one opened file: the
	 * container is probed once, and each seek decodes from the key frame before it.
	 */
	public static List<BufferedImage> read(Path mp4, List<Double> seconds) throws FrameGrabber.Exception {
		avutil.av_log_set_level(avutil.AV_LOG_ERROR);
		List<BufferedImage> frames = new ArrayList<>(seconds.size());
		try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(mp4.toFile());
				Java2DFrameConverter converter = new Java2DFrameConverter()) {
			grabber.start();
			for (double at : seconds) {
				grabber.setTimestamp(Math.round(at * 1_000_000));
				Frame frame = grabber.grabImage();
				if (frame == null) {
					throw new FrameGrabber.Exception("No frame at " + at + " s in " + mp4.getFileName());
				}
				BufferedImage decoded = converter.convert(frame);
				BufferedImage copy = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_RGB);
				Graphics2D g = copy.createGraphics();
				g.drawImage(decoded, 0, 0, null);
				g.dispose();
				frames.add(copy);
			}
		}
		return frames;
	}

}
