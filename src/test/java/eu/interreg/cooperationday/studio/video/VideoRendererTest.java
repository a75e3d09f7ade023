package eu.interreg.cooperationday.studio.video;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.programme.Language;
import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.VideoFixtures;
import eu.interreg.cooperationday.studio.template.VideoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class VideoRendererTest {

	static final Path OUT = Path.of("target/test-output/video");

	static BrandKit brand;

	static VideoTemplate template;

	@BeforeAll
	static void load() throws Exception {
		brand = Fixtures.brand();
		template = VideoFixtures.campaign();
		Files.createDirectories(OUT);
	}

	@Test
	void rendersTheLandscapeVideo() throws Exception {
		VideoRenderer renderer = new VideoRenderer(brand);
		Path out = OUT.resolve("landscape.mp4");
		VideoRenderer.Stats stats = renderer.render(template, "landscape",
				VideoFixtures.content(brand, Language.DE, "Interreg Oberrhein – Rhin supérieur", true), out);
		System.out.println(stats);
		try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(out.toFile())) {
			grabber.start();
			assertThat(grabber.getVideoCodec()).isEqualTo(avcodec.AV_CODEC_ID_H264);
			assertThat(grabber.getImageWidth()).isEqualTo(1920);
			assertThat(grabber.getImageHeight()).isEqualTo(1080);
			assertThat(grabber.getAudioChannels()).isEqualTo(2);
			assertThat(grabber.getSampleRate()).isEqualTo(48000);
			int frames = 0;
			Frame frame;
			while ((frame = grabber.grabImage()) != null) {
				frames++;
			}
			assertThat(frames).isEqualTo(450);
		}
		for (int n : new int[] { 20, 100, 170, 300, 400, 440 }) {
			BufferedImage image = renderer.frame(template, "landscape",
					VideoFixtures.content(brand, Language.DE, "Interreg Oberrhein – Rhin supérieur", true), n);
			ImageIO.write(image, "png", OUT.resolve("frame-" + n + ".png").toFile());
		}
	}

}
