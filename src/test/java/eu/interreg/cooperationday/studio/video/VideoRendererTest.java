package eu.interreg.cooperationday.studio.video;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.programme.Language;
import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.Mp4Probe;
import eu.interreg.cooperationday.studio.support.VideoFixtures;
import eu.interreg.cooperationday.studio.template.VideoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

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
