package eu.interreg.cooperationday.studio.video.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.VideoFixtures;
import eu.interreg.cooperationday.studio.template.VideoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import eu.interreg.cooperationday.studio.video.internal.Compositor;
import eu.interreg.cooperationday.studio.video.internal.Rbsp;
import eu.interreg.cooperationday.studio.video.internal.SegmentMuxer;
import eu.interreg.cooperationday.studio.video.internal.SkipFrames;
import eu.interreg.cooperationday.studio.video.internal.Timeline;
import eu.interreg.cooperationday.studio.video.internal.VideoEncoder;
import eu.interreg.cooperationday.studio.video.SegmentReuseTest;
import eu.interreg.cooperationday.studio.video.VideoContent;
import eu.interreg.cooperationday.studio.video.VideoRenderer;

/**
 * Frames that repeat the picture before them are written as skipped frames, not encoded: decoded (with
 * FFmpeg told to fail on any bitstream error), such a video is the video with every frame encoded, and
 * each skipped frame is exactly the picture before it.
 */
class SkipFramesTest {

	static BrandKit brand;

	static VideoTemplate template;

	@TempDir
	Path work;

	@BeforeAll
	static void load() throws Exception {
		brand = Fixtures.brand();
		template = VideoFixtures.campaign();
	}

	@Test
	void repeatsWrittenAsSkippedFramesDecodeAsThePictureBeforeThem() throws Exception {
		// CABAC, as the studio encodes, and CAVLC: the two ways a skipped slice is written
		for (String params : new String[] { VideoEncoder.Settings.DEFAULT.x264Params(), "cabac=0:8x8dct=1:deblock=1" }) {
			VideoEncoder.Settings skipping = new VideoEncoder.Settings("ultrafast", 21, 2, params, true);
			VideoEncoder.Settings everyFrame = new VideoEncoder.Settings("ultrafast", 21, 2, params, false);
			VideoContent content = VideoRenderer.withTemplateMedia(template,
					VideoFixtures.content(brand, Language.DE, "Interreg Deutschland – Nederland", true));
			VideoTemplate.Shape square = template.shapes().get("square");
			Path skipped = this.work.resolve("skipped.mp4");
			Path encoded = this.work.resolve("encoded.mp4");
			VideoEncoder.Stats stats;
			try (Timeline timeline = new Timeline(brand, template, square, content);
					Compositor compositor = new Compositor(timeline, false)) {
				Path pictures = this.work.resolve("pictures.mp4");
				stats = VideoEncoder.encode(timeline, compositor, pictures, skipping, 0, timeline.frameCount());
				SegmentMuxer.stitch(List.of(stats.part(pictures, 0)), null, skipped, timeline.fps());
			}
			try (Timeline timeline = new Timeline(brand, template, square, content);
					Compositor compositor = new Compositor(timeline, false)) {
				VideoEncoder.Stats all = VideoEncoder.encode(timeline, compositor, encoded, everyFrame, 0,
						timeline.frameCount());
				assertThat(all.holds()).isNull();
			}
			List<Integer> repeats = repeatedFrames(stats.holds());
			assertThat(repeats).as("frames that repeat the one before").hasSize(stats.repeatedFrames()).hasSizeGreaterThan(50);

			List<Integer> sizes = new ArrayList<>();
			int longestGop = packets(skipped, sizes);
			assertThat(sizes).hasSize(450);
			int maxFrameNum = SkipFrames.of(parameterSets(skipped)).maxFrameNum();
			assertThat(longestGop).as("a GOP longer than the frame numbers go, so that they wrap around in it")
				.isGreaterThan(maxFrameNum);
			for (int n : repeats) {
				assertThat(sizes.get(n)).as("skipped frame %d, bytes", n).isLessThan(64);
			}
			double worst = Double.POSITIVE_INFINITY;
			try (FFmpegFrameGrabber a = strict(skipped); FFmpegFrameGrabber b = strict(encoded)) {
				byte[] before = null;
				for (int n = 0; n < 450; n++) {
					Frame x = a.grabImage();
					Frame y = b.grabImage();
					assertThat(x).as("frame %d of the video with skipped frames", n).isNotNull();
					assertThat(y).as("frame %d of the video with every frame encoded", n).isNotNull();
					assertThat(x.timestamp).as("timestamp of frame %d", n).isCloseTo(n * 1_000_000L / 30, within(1_000L));
					byte[] picture = SegmentReuseTest.bytes(x);
					worst = Math.min(worst, SegmentReuseTest.psnr(picture, SegmentReuseTest.bytes(y)));
					if (repeats.contains(n)) {
						assertThat(picture).as("skipped frame %d is the picture before it", n).isEqualTo(before);
					}
					before = picture;
				}
				assertThat(a.grabImage()).isNull();
				assertThat(b.grabImage()).isNull();
			}
			assertThat(worst).as("every frame within PSNR 45 dB of the video with every frame encoded")
				.isGreaterThanOrEqualTo(45);
			assertThat(ffmpegDecodeErrors(skipped)).as("ffmpeg -xerror -err_detect explode").isEmpty();
			System.out.printf("%s: %d of 450 frames skipped (at most %d bytes each), %d bytes against %d with every "
					+ "frame encoded, lowest PSNR %.1f dB; longest GOP %d frames, frame numbers modulo %d%n", params,
					repeats.size(), repeats.stream().mapToInt(sizes::get).max().orElse(0), Files.size(skipped),
					Files.size(encoded), worst, longestGop, maxFrameNum);
		}
	}

	@Test
	void aStreamWithMoreThanOneReferenceOrWithBFramesIsRefused() throws Exception {
		assertThatThrownBy(() -> SkipFrames.of(parameterSets("bframes=2"))).isInstanceOf(IOException.class)
			.hasMessageContaining("picture order count type 2");
		assertThatThrownBy(() -> SkipFrames.of(parameterSets("ref=3"))).isInstanceOf(IOException.class)
			.hasMessageContaining("one reference frame, not 3");
		assertThatThrownBy(() -> SkipFrames.of(new byte[] { 0x67, 0x64 })).isInstanceOf(IOException.class)
			.hasMessageContaining("avcC");
	}

	@Test
	void payloadsAreEscapedAndUnescapedAndExpGolombCodesReadBack() throws Exception {
		Random random = new Random(7);
		for (int round = 0; round < 2000; round++) {
			byte[] payload = new byte[random.nextInt(40)];
			for (int i = 0; i < payload.length; i++) {
				payload[i] = (byte) (random.nextInt(3) == 0 ? random.nextInt(4) : 0); // runs of zeros and small bytes
			}
			byte[] escaped = Rbsp.escape(payload);
			for (int i = 2; i < escaped.length; i++) {
				if (escaped[i - 2] == 0 && escaped[i - 1] == 0) {
					assertThat(escaped[i] & 0xFF).as("no start code inside a unit").isGreaterThanOrEqualTo(3);
				}
			}
			assertThat(Rbsp.unescape(escaped)).isEqualTo(payload);
		}
		Rbsp.Writer w = new Rbsp.Writer();
		int[] values = { 0, 1, 2, 7, 8, 255, 4624, 8160, 65535 };
		for (int v : values) {
			w.ue(v);
			w.se(-v);
			w.u(5, v & 31);
		}
		Rbsp.Reader r = new Rbsp.Reader(w.toBytes(), 0);
		for (int v : values) {
			assertThat(r.ue()).isEqualTo(v);
			assertThat(r.se()).isEqualTo(-v);
			assertThat(r.u(5)).isEqualTo(v & 31);
		}
	}

	/** The frame numbers of the video that repeat the picture before them. */
	private static List<Integer> repeatedFrames(int[] holds) {
		List<Integer> repeats = new ArrayList<>();
		int at = 0;
		for (int hold : holds) {
			for (int i = 1; i <= hold; i++) {
				repeats.add(at + i);
			}
			at += 1 + hold;
		}
		assertThat(at).isEqualTo(450);
		return repeats;
	}

	private static FFmpegFrameGrabber strict(Path mp4) throws Exception {
		FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(mp4.toFile());
		grabber.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
		grabber.setVideoOption("err_detect", "explode"); // any error in the bitstream fails the decode
		grabber.start();
		return grabber;
	}

	/** Adds the size of each video packet to {@code sizes}; returns the most frames from one key frame to the next. */
	private static int packets(Path mp4, List<Integer> sizes) throws Exception {
		int longest = 0;
		int gop = 0;
		try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(mp4.toFile())) {
			grabber.start();
			for (AVPacket packet = grabber.grabPacket(); packet != null; packet = grabber.grabPacket()) {
				sizes.add(packet.size());
				gop = ((packet.flags() & avcodec.AV_PKT_FLAG_KEY) != 0) ? 1 : gop + 1;
				longest = Math.max(longest, gop);
				avcodec.av_packet_unref(packet);
			}
		}
		return longest;
	}

	/** The parameter sets x264 writes with {@code params} on top of the studio's settings. */
	private byte[] parameterSets(String params) throws Exception {
		VideoContent content = VideoRenderer.withTemplateMedia(template,
				VideoFixtures.content(brand, Language.DE, "Interreg", false));
		Path mp4 = this.work.resolve(params.replace('=', '-') + ".mp4");
		try (Timeline timeline = new Timeline(brand, template, template.shapes().get("square"), content);
				Compositor compositor = new Compositor(timeline, false)) {
			VideoEncoder.encode(timeline, compositor, mp4,
					new VideoEncoder.Settings("ultrafast", 21, 2, VideoEncoder.Settings.DEFAULT.x264Params() + ":" + params,
							true),
					0, 10);
		}
		return parameterSets(mp4);
	}

	private static byte[] parameterSets(Path mp4) throws Exception {
		try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(mp4.toFile())) {
			grabber.start();
			AVCodecParameters parameters = grabber.getFormatContext().streams(0).codecpar();
			byte[] bytes = new byte[parameters.extradata_size()];
			new BytePointer(parameters.extradata()).capacity(bytes.length).get(bytes);
			return bytes;
		}
	}

	/** What ffmpeg, strict, says while decoding the file; empty when it is not installed (CI installs it). */
	private static String ffmpegDecodeErrors(Path mp4) throws Exception {
		if (Stream.of(System.getenv("PATH").split(":")).noneMatch((dir) -> Files.isExecutable(Path.of(dir, "ffmpeg")))) {
			System.out.println("ffmpeg is not installed: the second opinion on the skipped frames is left out");
			return "";
		}
		Process process = new ProcessBuilder("ffmpeg", "-v", "error", "-xerror", "-err_detect", "explode", "-i",
				mp4.toString(), "-f", "null", "-")
			.redirectErrorStream(true)
			.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as("ffmpeg's exit status; it said: %s", out).isZero();
		return out;
	}

}
