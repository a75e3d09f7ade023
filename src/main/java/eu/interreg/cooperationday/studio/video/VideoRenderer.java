package eu.interreg.cooperationday.studio.video;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import eu.interreg.cooperationday.studio.brand.Art;
import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.brand.SvgArt;
import eu.interreg.cooperationday.studio.template.Layer;
import eu.interreg.cooperationday.studio.template.Scene;
import eu.interreg.cooperationday.studio.template.TextBinding;
import eu.interreg.cooperationday.studio.template.VideoTemplate;
import eu.interreg.cooperationday.studio.video.internal.LogoFrames;
import eu.interreg.cooperationday.studio.visibility.Placement;
import eu.interreg.cooperationday.studio.video.internal.AudioTracks;
import eu.interreg.cooperationday.studio.video.internal.Captions;
import eu.interreg.cooperationday.studio.video.internal.Compositor;
import eu.interreg.cooperationday.studio.video.internal.SegmentCache;
import eu.interreg.cooperationday.studio.video.internal.SegmentMuxer;
import eu.interreg.cooperationday.studio.video.internal.Segments;
import eu.interreg.cooperationday.studio.video.internal.Timeline;
import eu.interreg.cooperationday.studio.video.internal.VideoEncoder;

/**
 * Renders a video template for a programme: MP4 per shape, a poster frame, and WebVTT captions. Plain
 * Java, no Spring; thread-safe (each call builds its own timeline).
 */
public final class VideoRenderer {

	private final BrandKit brand;

	private final VideoEncoder.Settings settings;

	private final AudioTracks music = new AudioTracks();

	private final SegmentCache segments;

	/** A renderer that encodes every video in one pass. */
	public VideoRenderer(BrandKit brand) {
		this(brand, VideoEncoder.Settings.DEFAULT, SegmentCache.off());
	}

	/** A renderer that reuses the segments every programme shares through {@code segments} (when it is on). */
	public VideoRenderer(BrandKit brand, SegmentCache segments) {
		this(brand, VideoEncoder.Settings.DEFAULT, segments);
	}

	VideoRenderer(BrandKit brand, VideoEncoder.Settings settings) {
		this(brand, settings, SegmentCache.off());
	}

	VideoRenderer(BrandKit brand, VideoEncoder.Settings settings, SegmentCache segments) {
		this.brand = brand;
		this.settings = settings;
		this.segments = segments;
	}

	/**
	 * What a render took, for operators and the benchmark: frames, seconds, frames per second, seconds
	 * spent composing and encoding (on their two threads), frames that repeated the one before, and the
	 * share of picture pixels converted to YUV (of those encoded here), and how many frames were taken
	 * from stored segments instead of being composed and encoded.
	 */
	public record Stats(int frames, double seconds, double framesPerSecond, double composeSeconds,
			double encodeSeconds, int repeatedFrames, double convertedShare, int reusedFrames) {
	}

	/** Writes the MP4 of {@code shape} to {@code output}. */
	public Stats render(VideoTemplate template, String shape, VideoContent content, Path output) throws IOException {
		VideoContent resolved = withTemplateMedia(template, content);
		byte[] track = this.music.track(template);
		Path music = null;
		if (track != null) {
			music = output.resolveSibling(output.getFileName() + ".music.m4a");
			Files.write(music, track);
		}
		VideoTemplate.Shape size = shape(template, shape);
		try (Timeline timeline = new Timeline(this.brand, template, size, resolved);
				Compositor compositor = new Compositor(timeline, resolved.rightToLeft())) {
			List<Segments.Run> runs = this.segments.enabled()
					? Segments.plan(template, size, resolved, segmentGeneration(template), this.settings)
					: List.of();
			if (runs.stream().noneMatch(Segments.Run::shared)) {
				runs = List.of(new Segments.Run(0, timeline.frameCount(), null));
			}
			return stitch(timeline, compositor, runs, music, output);
		}
		finally {
			if (music != null) {
				Files.deleteIfExists(music);
			}
		}
	}

	/**
	 * Encodes the programme's runs, takes the shared ones from the segment cache (encoding and keeping
	 * those it lacks), and joins them by stream copy with the music laid over the whole. A video encoded
	 * in one pass is one run.
	 */
	private Stats stitch(Timeline timeline, Compositor compositor, List<Segments.Run> runs, Path music, Path output)
			throws IOException {
		long started = System.nanoTime();
		Path directory = Files.createTempDirectory(output.toAbsolutePath().getParent(), output.getFileName() + ".parts-");
		List<SegmentMuxer.Part> parts = new ArrayList<>();
		long composeNanos = 0;
		long encodeNanos = 0;
		int repeated = 0;
		double converted = 0;
		int encodedFrames = 0;
		int reused = 0;
		try {
			for (int i = 0; i < runs.size(); i++) {
				Segments.Run run = runs.get(i);
				Path part = directory.resolve(i + ".mp4");
				Path pictures = directory.resolve(i + ".pictures.mp4");
				VideoEncoder.Stats[] made = new VideoEncoder.Stats[1];
				if (run.shared()) {
					// a kept segment holds every frame, its repeats as skipped frames, and plays on its own
					this.segments.obtain(run.key(), part, (target) -> {
						made[0] = VideoEncoder.encode(timeline, compositor, pictures, this.settings, run.from(), run.to());
						SegmentMuxer.stitch(List.of(made[0].part(pictures, 0)), null, target, timeline.fps());
					});
					parts.add(new SegmentMuxer.Part(part, run.from()));
				}
				else {
					made[0] = VideoEncoder.encode(timeline, compositor, part, this.settings, run.from(), run.to());
					parts.add(made[0].part(part, run.from()));
				}
				if (made[0] == null) {
					reused += run.frames();
				}
				else {
					composeNanos += made[0].composeNanos();
					encodeNanos += made[0].encodeNanos();
					repeated += made[0].repeatedFrames();
					converted += made[0].convertedShare() * made[0].frames();
					encodedFrames += made[0].frames();
				}
			}
			SegmentMuxer.stitch(parts, music, output, timeline.fps());
		}
		finally {
			try (Stream<Path> files = Files.list(directory)) {
				for (Path file : files.toList()) {
					Files.deleteIfExists(file);
				}
			}
			Files.deleteIfExists(directory);
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		return new Stats(timeline.frameCount(), seconds, timeline.frameCount() / seconds, composeNanos / 1e9,
				encodeNanos / 1e9, repeated, encodedFrames == 0 ? 0 : converted / encodedFrames, reused);
	}

	/**
	 * The generation of the segments this renderer makes for {@code template}: it changes with the
	 * template, the brand kit and the encoder settings, and names what {@link #evictStaleSegments} keeps.
	 */
	public String segmentGeneration(VideoTemplate template) {
		return Segments.generation(template, this.brand, this.settings);
	}

	/** Deletes kept segments that {@code template} (with this brand kit and encoder) can no longer use. */
	public int evictStaleSegments(VideoTemplate template) throws IOException {
		return this.segments.evictAllBut(segmentGeneration(template));
	}

	/** Frame {@code n} of {@code shape}, as the video shows it. */
	public BufferedImage frame(VideoTemplate template, String shape, VideoContent content, int n) {
		VideoContent resolved = withTemplateMedia(template, content);
		try (Timeline timeline = new Timeline(this.brand, template, shape(template, shape), resolved);
				Compositor compositor = new Compositor(timeline, resolved.rightToLeft())) {
			BufferedImage image = new BufferedImage(timeline.width(), timeline.height(), BufferedImage.TYPE_3BYTE_BGR);
			Graphics2D g = Timeline.graphics(image);
			try {
				compositor.compose(n, image, g);
			}
			finally {
				g.dispose();
			}
			return image;
		}
	}

	/** The frame that stands for the video: the middle of the scene that shows the programme's name. */
	public int posterFrameNumber(VideoTemplate template, VideoContent content) {
		for (Timeline.ScheduledScene slot : Timeline.schedule(template, content)) {
			if (shows(slot.scene(), TextBinding.PROGRAMME_NAME)) {
				return slot.start() + slot.frames() * 2 / 3;
			}
		}
		return template.frameCount() / 2;
	}

	public void posterFrame(VideoTemplate template, String shape, VideoContent content, OutputStream png)
			throws IOException {
		ImageIO.write(frame(template, shape, content, posterFrameNumber(template, content)), "png", png);
	}

	/**
	 * What the visibility check needs of the programme's logo: its proportions (width over height), whether
	 * it carries the emblem and the statement, and the language code(s) of the video's statement.
	 */
	public record LogoFacts(double aspect, boolean carriesEmblem, boolean carriesStatement, String language) {
	}

	/** Where the video shows logos: a settled frame of each scene with one, in frame pixels. */
	public List<Placement> logoFrames(VideoTemplate template, String shape, VideoContent content, LogoFacts logo) {
		return LogoFrames.settled(template, shape(template, shape), withTemplateMedia(template, content), logo);
	}

	/** Where the poster frame shows logos, in its pixels; null when it shows none. */
	public Placement posterFrameLogos(VideoTemplate template, String shape, VideoContent content, LogoFacts logo) {
		return LogoFrames.frame(template, shape(template, shape), withTemplateMedia(template, content), logo,
				posterFrameNumber(template, content));
	}

	/** The frame a finished MP4 shows at {@code seconds}, decoded. */
	public static BufferedImage readFrame(Path mp4, double seconds) throws IOException {
		return LogoFrames.read(mp4, seconds);
	}

	/** The frames a finished MP4 shows at each of {@code seconds}, decoded through one opened file. */
	public static List<BufferedImage> readFrames(Path mp4, List<Double> seconds) throws IOException {
		return LogoFrames.read(mp4, seconds);
	}

	/** WebVTT of the on-screen text; the same for every shape. */
	public String captions(VideoTemplate template, VideoContent content) {
		return Captions.webVtt(template, content);
	}

	private static boolean shows(Scene scene, TextBinding binding) {
		return scene.layers().stream().anyMatch((l) -> l instanceof Layer.Text t && t.binding() == binding);
	}

	private static VideoTemplate.Shape shape(VideoTemplate template, String shape) {
		VideoTemplate.Shape found = template.shapes().get(shape);
		if (found == null) {
			throw new IllegalArgumentException("Template " + template.name() + " has no shape " + shape);
		}
		return found;
	}

	/** Adds the template's own images (files in its folder) to the content's art. */
	public static VideoContent withTemplateMedia(VideoTemplate template, VideoContent content) {
		Map<String, Art> art = new HashMap<>(content.art());
		for (Scene scene : template.scenes()) {
			for (Layer layer : scene.layers()) {
				if (layer instanceof Layer.Image image && image.file() != null && !art.containsKey(image.source().key())) {
					art.put(image.source().key(), load(image.file()));
				}
			}
		}
		return content.withArt(art);
	}

	private static Art load(Path file) {
		try {
			if (file.getFileName().toString().endsWith(".svg")) {
				return SvgArt.load(Files.readAllBytes(file))::paintFit;
			}
			return Art.of(ImageIO.read(file.toFile()));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read template image " + file.getFileName(), ex);
		}
	}

}
