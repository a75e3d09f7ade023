package eu.interreg.cooperationday.studio.support;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Checks an MP4 the way a player would read it: JavaCV's grabber for streams, codecs, size, frame rate,
 * frame count and durations, the file's top-level boxes for faststart, and ffprobe as a second opinion
 * where it is installed (CI installs it).
 */
public final class Mp4Probe {

	private Mp4Probe() {
	}

	/** What the promotional video must be: H.264 High yuv420p at 30 fps CFR, AAC-LC 48 kHz stereo, faststart. */
	public static void assertCampaignVideo(Path mp4, int width, int height, int frames) throws Exception {
		try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(mp4.toFile())) {
			grabber.start();
			assertThat(grabber.getVideoCodec()).isEqualTo(avcodec.AV_CODEC_ID_H264);
			assertThat(grabber.getImageWidth()).isEqualTo(width);
			assertThat(grabber.getImageHeight()).isEqualTo(height);
			assertThat(grabber.getFrameRate()).isEqualTo(30.0);
			assertThat(grabber.getAudioCodec()).isEqualTo(avcodec.AV_CODEC_ID_AAC);
			assertThat(grabber.getAudioChannels()).isEqualTo(2);
			assertThat(grabber.getSampleRate()).isEqualTo(48_000);
			int count = 0;
			while (grabber.grabImage() != null) {
				count++;
			}
			assertThat(count).as("frames").isEqualTo(frames);
		}
		assertMusicBed(mp4, frames / 30.0);
		assertThat(topLevelBoxes(mp4)).as("moov before mdat (+faststart)").containsSubsequence("moov", "mdat");
		String probe = ffprobe(mp4);
		if (probe != null) {
			assertThat(probe).contains("codec_name=h264", "profile=High", "pix_fmt=yuv420p", "width=" + width,
					"height=" + height, "r_frame_rate=30/1", "avg_frame_rate=30/1", "nb_frames=" + frames,
					"codec_name=aac", "profile=LC", "sample_rate=48000", "channels=2");
			double expected = frames / 30.0;
			for (String duration : probe.lines().filter((l) -> l.startsWith("duration=")).toList()) {
				assertThat(Double.parseDouble(duration.substring("duration=".length())))
					.as("stream duration within a frame").isBetween(expected - 1 / 30.0, expected + 1 / 30.0);
			}
		}
	}

	/** The soundtrack is the music bed: the video's length and well above silence (the bed is at -14 LUFS). */
	private static void assertMusicBed(Path mp4, double seconds) throws Exception {
		try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(mp4.toFile())) {
			grabber.setSampleMode(FrameGrabber.SampleMode.FLOAT);
			grabber.start();
			long samples = 0;
			long values = 0;
			double energy = 0;
			for (Frame frame = grabber.grabSamples(); frame != null; frame = grabber.grabSamples()) {
				// planar (a buffer a channel) or interleaved (one buffer): either way, every value counts
				int channels = frame.samples.length == 1 ? frame.audioChannels : 1;
				java.nio.FloatBuffer buffer = (java.nio.FloatBuffer) frame.samples[0];
				for (int i = buffer.position(); i < buffer.limit(); i++) {
					energy += buffer.get(i) * buffer.get(i);
				}
				values += buffer.remaining();
				samples += buffer.remaining() / channels;
			}
			assertThat(samples / 48_000.0).as("seconds of sound").isCloseTo(seconds, within(1 / 30.0));
			double rms = 10 * Math.log10(energy / values);
			assertThat(rms).as("loudness of the sound, dBFS RMS").isBetween(-24.0, -8.0);
		}
	}

	/** The names of the file's top-level boxes, in order. */
	public static List<String> topLevelBoxes(Path mp4) throws IOException {
		byte[] bytes = Files.readAllBytes(mp4);
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		List<String> boxes = new ArrayList<>();
		int at = 0;
		while (at + 8 <= bytes.length) {
			long size = Integer.toUnsignedLong(buffer.getInt(at));
			String type = new String(bytes, at + 4, 4, StandardCharsets.US_ASCII);
			if (size == 1) {
				size = buffer.getLong(at + 8);
			}
			boxes.add(type);
			if (size < 8) {
				break;
			}
			at += (int) size;
		}
		return boxes;
	}

	/** ffprobe's key=value report of the streams, or null when ffprobe is not installed. */
	public static String ffprobe(Path mp4) throws Exception {
		if (Stream.of(System.getenv("PATH").split(":")).noneMatch((dir) -> Files.isExecutable(Path.of(dir, "ffprobe")))) {
			return null;
		}
		Process process = new ProcessBuilder("ffprobe", "-v", "error", "-count_frames", "-show_entries",
				"stream=codec_name,profile,pix_fmt,width,height,r_frame_rate,avg_frame_rate,nb_frames,nb_read_frames,duration,sample_rate,channels",
				"-of", "default=noprint_wrappers=1", mp4.toString())
			.redirectErrorStream(true)
			.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return out;
	}

	/** Frame {@code n} decoded from the file, as RGB pixels. */
	public static java.awt.image.BufferedImage frame(Path mp4, int n) throws Exception {
		try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(mp4.toFile());
				org.bytedeco.javacv.Java2DFrameConverter converter = new org.bytedeco.javacv.Java2DFrameConverter()) {
			grabber.start();
			grabber.setVideoFrameNumber(n);
			Frame frame = grabber.grabImage();
			java.awt.image.BufferedImage image = converter.convert(frame);
			java.awt.image.BufferedImage copy = new java.awt.image.BufferedImage(image.getWidth(), image.getHeight(),
					java.awt.image.BufferedImage.TYPE_INT_RGB);
			copy.getGraphics().drawImage(image, 0, 0, null);
			return copy;
		}
	}

}
