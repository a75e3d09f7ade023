package eu.interreg.cooperationday.studio.video;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

import javax.imageio.ImageIO;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.Mp4Probe;
import eu.interreg.cooperationday.studio.support.VideoFixtures;
import eu.interreg.cooperationday.studio.template.VideoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import eu.interreg.cooperationday.studio.video.internal.Compositor;
import eu.interreg.cooperationday.studio.video.internal.Damage;
import eu.interreg.cooperationday.studio.video.internal.Timeline;

/** The video renderer without Spring: files, frames, captions, determinism. Frames are left in target/test-output/video. */
class VideoRendererTest {

	static final Path OUT = Path.of("target/test-output/video");

	static BrandKit brand;

	static VideoTemplate template;

	static VideoRenderer renderer;

	@BeforeAll
	static void load() throws Exception {
		brand = Fixtures.brand();
		template = VideoFixtures.campaign();
		renderer = new VideoRenderer(brand);
		Files.createDirectories(OUT);
	}

	@Test
	void theSameInputsRenderTheSameBytes() throws Exception {
		VideoContent content = VideoFixtures.content(brand, Language.PL, "Program Interreg Polska – Słowacja", true);
		Path first = OUT.resolve("square-1.mp4");
		Path second = OUT.resolve("square-2.mp4");
		VideoRenderer.Stats stats = renderer.render(template, "square", content, first);
		renderer.render(template, "square", content, second);
		assertThat(sha256(first)).isEqualTo(sha256(second));
		Mp4Probe.assertCampaignVideo(first, 1080, 1080, 450);
		assertThat(stats.frames()).isEqualTo(450);
		int[] bands = staleBands(first, "square", content);
		assertThat(bands[0]).as("bands that change from frame to frame").isGreaterThan(1000);
		assertThat(bands[1]).as("of those, bands that still show the frame before").isZero();
		assertThat(stats.repeatedFrames()).isGreaterThan(60);
		assertThat(stats.convertedShare()).isBetween(0.3, 0.9);
	}

	/**
	 * Decodes the video and composes the same frames, and looks at every band of 16 rows that changed
	 * from one frame to the next: the decoded band must be nearer the frame it belongs to than the frame
	 * before (a band the encoder failed to convert would still show the frame before). Returns how many
	 * such bands were looked at and how many showed the frame before.
	 */
	private static int[] staleBands(Path mp4, String shape, VideoContent content) throws Exception {
		VideoContent resolved = VideoRenderer.withTemplateMedia(template, content);
		int changed = 0;
		int stale = 0;
		try (Timeline timeline = new Timeline(brand, template, template.shapes().get(shape), resolved);
				Compositor compositor = new Compositor(timeline, resolved.rightToLeft());
				FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(mp4.toFile())) {
			grabber.setPixelFormat(avutil.AV_PIX_FMT_BGR24);
			grabber.start();
			BufferedImage composed = new BufferedImage(timeline.width(), timeline.height(), BufferedImage.TYPE_3BYTE_BGR);
			Graphics2D g = Timeline.graphics(composed);
			int stride = timeline.width() * 3;
			byte[] decoded = new byte[stride * timeline.height()];
			byte[] before = new byte[decoded.length];
			int band = Damage.BAND * stride;
			int n = 0;
			for (Frame frame = grabber.grabImage(); frame != null; frame = grabber.grabImage(), n++) {
				ByteBuffer image = (ByteBuffer) frame.image[0];
				for (int y = 0; y < timeline.height(); y++) {
					image.get(y * frame.imageStride, decoded, y * stride, stride);
				}
				compositor.compose(n, composed, g);
				byte[] expected = Compositor.pixels(composed);
				for (int from = 0; n > 0 && from < expected.length; from += band) {
					int to = Math.min(expected.length, from + band);
					if (distance(expected, before, from, to) > 8 * (to - from)) {
						changed++;
						if (distance(expected, decoded, from, to) >= distance(before, decoded, from, to)) {
							stale++;
						}
					}
				}
				System.arraycopy(expected, 0, before, 0, expected.length);
			}
			g.dispose();
			assertThat(n).isEqualTo(timeline.frameCount());
		}
		return new int[] { changed, stale };
	}

	private static long distance(byte[] a, byte[] b, int from, int to) {
		long sum = 0;
		for (int i = from; i < to; i++) {
			sum += Math.abs((a[i] & 0xFF) - (b[i] & 0xFF));
		}
		return sum;
	}

	@Test
	void everyShapeHasItsFrameSizeAndTheNameSceneShowsTheName() throws Exception {
		VideoContent content = VideoFixtures.content(brand, Language.DE, "Interreg Oberrhein – Rhin supérieur", true);
		VideoContent other = VideoFixtures.content(brand, Language.DE, "Interreg Alpenrhein–Bodensee–Hochrhein", true);
		int n = renderer.posterFrameNumber(template, content);
		for (String shape : new String[] { "landscape", "portrait", "square" }) {
			BufferedImage frame = renderer.frame(template, shape, content, n);
			VideoTemplate.Shape size = template.shapes().get(shape);
			assertThat(frame.getWidth()).isEqualTo(size.width());
			assertThat(frame.getHeight()).isEqualTo(size.height());
			ImageIO.write(frame, "png", OUT.resolve(shape + "-name-scene.png").toFile());
			assertThat(differing(frame, renderer.frame(template, shape, other, n))).isGreaterThan(1000);
		}
	}

	@Test
	void rightToLeftMirrorsTheLayout() throws Exception {
		VideoContent ltr = VideoFixtures.content(brand, Language.EN, "Interreg NEXT MED", true);
		VideoContent rtl = VideoFixtures.content(brand, Language.AR, "إنترريج NEXT MED برنامج حوض البحر المتوسط", true);
		int n = renderer.posterFrameNumber(template, ltr);
		BufferedImage left = renderer.frame(template, "landscape", ltr, n);
		BufferedImage right = renderer.frame(template, "landscape", rtl, n);
		ImageIO.write(right, "png", OUT.resolve("landscape-rtl-name-scene.png").toFile());
		// the programme scene's accent bar sits at the left edge, and at the right edge for Arabic
		assertThat(isAccent(left.getRGB(77, 540))).isTrue();
		assertThat(isAccent(right.getRGB(1920 - 78, 540))).isTrue();
		assertThat(isAccent(right.getRGB(77, 540))).isFalse();
	}

	/**
	 * The encoder trusts the compositor's account of each frame: a repeated frame is the frame before,
	 * pixel for pixel, outside its damage a frame is its scene's background, and a frame composed over
	 * an earlier one (putting back only that one's damage) is the frame composed afresh.
	 */
	@Test
	void whatAFrameIsSaidToChangeIsAllItChanges() throws Exception {
		checkChanges("landscape", VideoFixtures.content(brand, Language.DE, "Interreg Oberrhein – Rhin supérieur", true));
		checkChanges("portrait", VideoFixtures.content(brand, Language.HE, "אינטררג ים תיכון", false));
	}

	private static void checkChanges(String shape, VideoContent content) {
		VideoContent resolved = VideoRenderer.withTemplateMedia(template, content);
		try (Timeline timeline = new Timeline(brand, template, template.shapes().get(shape), resolved);
				Compositor compositor = new Compositor(timeline, resolved.rightToLeft())) {
			int stride = timeline.width() * 3;
			BufferedImage current = new BufferedImage(timeline.width(), timeline.height(), BufferedImage.TYPE_3BYTE_BGR);
			BufferedImage previous = new BufferedImage(timeline.width(), timeline.height(), BufferedImage.TYPE_3BYTE_BGR);
			int repeats = 0;
			long undamaged = 0;
			Compositor.Canvas[] ring = { new Compositor.Canvas(timeline.width(), timeline.height()),
					new Compositor.Canvas(timeline.width(), timeline.height()),
					new Compositor.Canvas(timeline.width(), timeline.height()) };
			int composed = 0;
			for (int n = 0; n < timeline.frameCount(); n++) {
				Graphics2D g = Timeline.graphics(current);
				compositor.compose(n, current, g);
				g.dispose();
				Compositor.Change change = compositor.change(n);
				byte[] pixels = Compositor.pixels(current);
				if (change.repeat()) {
					repeats++;
					assertThat(Arrays.equals(pixels, Compositor.pixels(previous))).as(shape + " frame " + n + " repeats").isTrue();
				}
				else {
					// as the encoder does it: a ring of buffers, each put back to the background only where it was damaged
					Compositor.Canvas canvas = ring[composed++ % ring.length];
					compositor.compose(n, change, canvas);
					assertThat(Arrays.equals(canvas.pixels(), pixels)).as(shape + " frame " + n + " composed in place").isTrue();
				}
				if (!change.all()) {
					byte[] background = timeline.scene(change.scene()).background();
					Damage damage = change.damage();
					for (int y = 0; y < timeline.height(); y++) {
						int b = y / Damage.BAND;
						int row = y * stride;
						int left = damage.isEmpty(b) ? timeline.width() : damage.left(b);
						int right = damage.isEmpty(b) ? timeline.width() : damage.right(b);
						if (!Arrays.equals(pixels, row, row + left * 3, background, row, row + left * 3)
								|| !Arrays.equals(pixels, row + right * 3, row + stride, background, row + right * 3, row + stride)) {
							fail(shape + " frame " + n + " row " + y + " is not background outside [" + left + ", " + right + ")");
						}
						undamaged += timeline.width() - (right - left);
					}
				}
				BufferedImage swap = previous;
				previous = current;
				current = swap;
			}
			assertThat(repeats).as("the programme scene holds still after its entrance").isGreaterThan(60);
			assertThat(undamaged).as("pixels known to be background")
				.isGreaterThan((long) timeline.frameCount() * timeline.width() * timeline.height() / 3);
		}
	}

	@Test
	void captionsFollowTheScenesAndTheLanguage() throws Exception {
		String withEvent = renderer.captions(template, VideoFixtures.content(brand, Language.DE, "Interreg Oberrhein", true));
		assertThat(withEvent).startsWith("WEBVTT\n").contains("Interreg Oberrhein").contains("Open bridge day")
			.contains("00:00:00.000 --> 00:00:03.000").contains("00:00:13.000 --> 00:00:15.000")
			.contains("Zusammenarbeit, die Grenzen überwindet");
		String withoutEvent = renderer.captions(template,
				VideoFixtures.content(brand, Language.DE, "Interreg Oberrhein", false));
		assertThat(withoutEvent).doesNotContain("Open bridge day")
			.as("the slogan scene takes the event's time").contains("00:00:07.000 --> 00:00:13.000");
	}

	private static boolean isAccent(int rgb) {
		int r = (rgb >> 16) & 0xFF;
		int g = (rgb >> 8) & 0xFF;
		int b = rgb & 0xFF;
		return r > 200 && g > 120 && g < 190 && b < 80;
	}

	private static long differing(BufferedImage a, BufferedImage b) {
		long n = 0;
		for (int y = 0; y < a.getHeight(); y += 2) {
			for (int x = 0; x < a.getWidth(); x += 2) {
				if (a.getRGB(x, y) != b.getRGB(x, y)) {
					n++;
				}
			}
		}
		return n;
	}

	private static String sha256(Path file) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}

}
