package eu.interreg.cooperationday.studio.video;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.VideoFixtures;
import eu.interreg.cooperationday.studio.template.Box;
import eu.interreg.cooperationday.studio.template.Layer;
import eu.interreg.cooperationday.studio.template.internal.TemplateLoader;
import eu.interreg.cooperationday.studio.template.VideoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import eu.interreg.cooperationday.studio.video.internal.AudioBed;
import eu.interreg.cooperationday.studio.video.internal.AudioTracks;
import eu.interreg.cooperationday.studio.video.internal.ClipSource;
import eu.interreg.cooperationday.studio.video.internal.Loudness;

class AudioAndClipTest {

	@TempDir
	Path dir;

	@Test
	void loudnessOfAReferenceSineIsItsLevel() {
		// a 997 Hz sine at -20 dBFS in both channels measures -20 LUFS (BS.1770's reference)
		int n = Loudness.SAMPLE_RATE * 5;
		float[] left = new float[n];
		float[] right = new float[n];
		for (int i = 0; i < n; i++) {
			left[i] = right[i] = (float) (0.1 * Math.sin(2 * Math.PI * 997 * i / Loudness.SAMPLE_RATE));
		}
		assertThat(Loudness.integrated(left, right)).isCloseTo(-20.0, within(0.2));
	}

	@Test
	void theMusicBedIsTrimmedFadedAndBroughtToMinus14Lufs() {
		AudioBed bed = AudioBed.prepare(Path.of("video-templates/campaign/music.m4a"), 15, 0.8, 1.5, -14);
		short[] samples = bed.samples();
		assertThat(samples).hasSize(15 * Loudness.SAMPLE_RATE * 2);
		float[] left = new float[samples.length / 2];
		float[] right = new float[samples.length / 2];
		for (int i = 0; i < left.length; i++) {
			left[i] = samples[2 * i] / 32768f;
			right[i] = samples[2 * i + 1] / 32768f;
		}
		assertThat(Loudness.integrated(left, right)).isCloseTo(-14.0, within(0.5));
		assertThat(Math.abs(samples[0])).as("faded in").isLessThan(50);
		assertThat(Math.abs(samples[samples.length - 1])).as("faded out").isLessThan(50);
	}

	@Test
	void aTemplatesMusicBedIsEncodedOnceUntilItsFileChanges() throws Exception {
		Path folder = this.dir.resolve("campaign");
		Files.createDirectories(folder);
		try (var files = Files.list(Path.of("video-templates/campaign"))) {
			for (Path file : files.toList()) {
				Files.copy(file, folder.resolve(file.getFileName().toString()));
			}
		}
		VideoTemplate template = new TemplateLoader(Path.of("video-templates", TemplateLoader.SCHEMA)).load(folder);
		AudioTracks tracks = new AudioTracks();
		byte[] first = tracks.track(template);
		assertThat(tracks.track(template)).as("the same bed, kept").isSameAs(first);
		try (org.bytedeco.javacv.FFmpegFrameGrabber grabber = new org.bytedeco.javacv.FFmpegFrameGrabber(
				new java.io.ByteArrayInputStream(first))) {
			grabber.start();
			assertThat(grabber.getAudioCodec()).isEqualTo(avcodec.AV_CODEC_ID_AAC);
			assertThat(grabber.getSampleRate()).isEqualTo(48_000);
			assertThat(grabber.getAudioChannels()).isEqualTo(2);
			assertThat(grabber.getLengthInTime() / 1e6).isCloseTo(15.0, within(0.05));
		}
		Files.setLastModifiedTime(folder.resolve("music.m4a"),
				java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
		byte[] again = tracks.track(template);
		assertThat(again).as("a changed music file is encoded again").isNotSameAs(first).isEqualTo(first);
	}

	@Test
	void aClipLayerIsDecodedIntoItsBoxAndLoops() throws Exception {
		Path template = this.dir.resolve("clip-test");
		Files.createDirectories(template);
		Files.copy(Path.of("video-templates", TemplateLoader.SCHEMA), this.dir.resolve(TemplateLoader.SCHEMA));
		writeClip(template.resolve("clip.mp4"));
		Files.writeString(template.resolve(TemplateLoader.DEFINITION), """
				{"name": "clip-test", "fps": 30,
				 "shapes": {"square": {"format": "square-320", "width": 320, "height": 320}},
				 "scenes": [{"id": "one", "duration": 2.0, "layers": [
				   {"type": "solid", "color": "#000000", "box": {"x": 0.5, "y": 0.5, "w": 1, "h": 1}},
				   {"type": "clip", "file": "clip.mp4", "loop": true, "box": {"x": 0.5, "y": 0.5, "w": 0.5, "h": 0.5}}]}]}
				""");
		VideoTemplate loaded = new TemplateLoader(this.dir.resolve(TemplateLoader.SCHEMA)).load(template);
		BrandKit brand = Fixtures.brand();
		VideoRenderer renderer = new VideoRenderer(brand);
		var content = VideoFixtures.content(brand, Language.EN, "Interreg", false);
		// the clip is 0.5 s of red then 0.5 s of green: frame 5 is red, frame 20 green, frame 35 red again (looped)
		assertThat(colourAtCentre(renderer.frame(loaded, "square", content, 5))).isEqualTo("red");
		assertThat(colourAtCentre(renderer.frame(loaded, "square", content, 20))).isEqualTo("green");
		assertThat(colourAtCentre(renderer.frame(loaded, "square", content, 35))).isEqualTo("red");
		BufferedImage frame = renderer.frame(loaded, "square", content, 5);
		assertThat(frame.getRGB(10, 10) & 0xFFFFFF).as("outside the clip's box").isEqualTo(0);

		// and through the encoder: a silent video whose frames show the clip as it plays
		Path mp4 = this.dir.resolve("clip-test.mp4");
		VideoRenderer.Stats stats = renderer.render(loaded, "square", content, mp4);
		assertThat(stats.repeatedFrames()).as("a playing clip never repeats a frame").isZero();
		try (org.bytedeco.javacv.FFmpegFrameGrabber grabber = new org.bytedeco.javacv.FFmpegFrameGrabber(mp4.toFile())) {
			grabber.start();
			assertThat(grabber.hasAudio()).isFalse();
			Java2DFrameConverter converter = new Java2DFrameConverter();
			java.util.List<String> colours = new java.util.ArrayList<>();
			for (org.bytedeco.javacv.Frame f = grabber.grabImage(); f != null; f = grabber.grabImage()) {
				colours.add(colourAtCentre(converter.convert(f)));
			}
			assertThat(colours).hasSize(60);
			assertThat(java.util.List.of(colours.get(5), colours.get(20), colours.get(35))).containsExactly("red", "green", "red");
		}
	}

	/**
	 * A clip layer shows a function of the time alone: asked for out of order (back across a loop, back
	 * within a playing clip, forward again), one clip source gives what a fresh one gives for each time.
	 */
	@Test
	void aClipShowsTheSameFrameWhateverOrderItIsAskedIn() throws Exception {
		Path file = this.dir.resolve("order.mp4");
		writeClip(file);
		Layer.Clip clip = new Layer.Clip(java.util.Map.of("default", new Box(0.5, 0.5, 1, 1)), Layer.Animation.NONE, file,
				true, 0);
		int[] frames = { 35, 5, 20, 16, 14, 44, 0, 29, 31, 20 };
		ClipSource reused = new ClipSource(clip, new Box(0.5, 0.5, 1, 1), 64, 64);
		try {
			for (int frame : frames) {
				double time = frame / 30.0;
				ClipSource fresh = new ClipSource(clip, new Box(0.5, 0.5, 1, 1), 64, 64);
				try {
					assertThat(colourOf(reused, time)).as("frame %d", frame).isEqualTo(colourOf(fresh, time));
				}
				finally {
					fresh.close();
				}
			}
			// the clip is 0.5 s of red then 0.5 s of green, looped
			assertThat(colourOf(reused, 5 / 30.0)).isEqualTo("red");
			assertThat(colourOf(reused, 20 / 30.0)).isEqualTo("green");
			assertThat(colourOf(reused, 35 / 30.0)).isEqualTo("red");
			assertThat(colourOf(reused, 50 / 30.0)).isEqualTo("green");
		}
		finally {
			reused.close();
		}
	}

	private static String colourOf(ClipSource clip, double time) {
		BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D g = image.createGraphics();
		clip.draw(g, time);
		g.dispose();
		int rgb = image.getRGB(32, 32);
		int r = (rgb >> 16) & 0xFF;
		int gr = (rgb >> 8) & 0xFF;
		return r > 150 && gr < 100 ? "red" : (gr > 150 && r < 100 ? "green" : String.format("#%06X", rgb & 0xFFFFFF));
	}

	private static String colourAtCentre(BufferedImage frame) {
		int rgb = frame.getRGB(160, 160);
		int r = (rgb >> 16) & 0xFF;
		int g = (rgb >> 8) & 0xFF;
		return r > 150 && g < 100 ? "red" : (g > 150 && r < 100 ? "green" : String.format("#%06X", rgb & 0xFFFFFF));
	}

	private static void writeClip(Path file) throws Exception {
		try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), 64, 64, 0);
				Java2DFrameConverter converter = new Java2DFrameConverter()) {
			recorder.setFormat("mp4");
			recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
			recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
			recorder.setFrameRate(30);
			recorder.setVideoOption("crf", "10");
			recorder.start();
			for (int i = 0; i < 30; i++) {
				BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_3BYTE_BGR);
				Graphics2D g = image.createGraphics();
				g.setColor(i < 15 ? Color.RED : Color.GREEN);
				g.fillRect(0, 0, 64, 64);
				g.dispose();
				recorder.record(converter.convert(image));
			}
			recorder.stop();
		}
	}

}
