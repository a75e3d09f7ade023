package eu.interreg.cooperationday.studio.video;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.Mp4Probe;
import eu.interreg.cooperationday.studio.support.VideoFixtures;
import eu.interreg.cooperationday.studio.template.VideoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import eu.interreg.cooperationday.studio.video.internal.SegmentCache;
import eu.interreg.cooperationday.studio.video.internal.SegmentStore;
import eu.interreg.cooperationday.studio.video.internal.Segments;
import eu.interreg.cooperationday.studio.video.internal.VideoEncoder;

/**
 * Segment reuse: the scenes every programme shares are encoded once, kept, and joined by stream copy
 * with each programme's own. A stitched video is decoded and compared, frame by frame, with the same
 * video encoded in one pass (the cache off).
 */
public class SegmentReuseTest {

	static final Path OUT = Path.of("target/test-output/segments");

	static BrandKit brand;

	static VideoTemplate template;

	@TempDir
	Path store;

	@TempDir
	Path work;

	@BeforeAll
	static void load() throws Exception {
		brand = Fixtures.brand();
		template = VideoFixtures.campaign();
		Files.createDirectories(OUT);
	}

	@Test
	void theSharedScenesAreTheCampaignsAndEveryTransitionGoesWithTheProgramme() throws Exception {
		VideoTemplate.Shape square = template.shapes().get("square");
		String generation = Segments.generation(template, brand, VideoEncoder.Settings.DEFAULT);
		List<Segments.Run> withEvent = Segments.plan(template, square,
				VideoFixtures.content(brand, Language.DE, "Interreg A", true), generation, VideoEncoder.Settings.DEFAULT);
		// intro 0-90 | programme 90-210 (its crossfade in) and the slide into the slogan 210-225 | slogan |
		// event 300-390 (its wipe in) and the crossfade into the end card 390-405 | end card
		assertThat(withEvent).extracting(Segments.Run::from, Segments.Run::to, Segments.Run::shared)
			.containsExactly(tuple(0, 90, true), tuple(90, 225, false), tuple(225, 300, true), tuple(300, 405, false),
					tuple(405, 450, true));
		List<Segments.Run> without = Segments.plan(template, square,
				VideoFixtures.content(brand, Language.DE, "Interreg B", false), generation, VideoEncoder.Settings.DEFAULT);
		assertThat(without).extracting(Segments.Run::from, Segments.Run::to, Segments.Run::shared)
			.containsExactly(tuple(0, 90, true), tuple(90, 225, false), tuple(225, 450, true));
		assertThat(without.get(0).key()).as("the intro: the same for every German video").isEqualTo(withEvent.get(0).key());
		assertThat(without.get(2).key()).as("a slogan that lasts longer is another segment")
			.isNotEqualTo(withEvent.get(2).key());
		List<Segments.Run> french = Segments.plan(template, square,
				VideoFixtures.content(brand, Language.FR, "Interreg A", true), generation, VideoEncoder.Settings.DEFAULT);
		assertThat(french.get(0).key()).as("another language").isNotEqualTo(withEvent.get(0).key());
		List<Segments.Run> landscape = Segments.plan(template, template.shapes().get("landscape"),
				VideoFixtures.content(brand, Language.DE, "Interreg A", true), generation, VideoEncoder.Settings.DEFAULT);
		assertThat(landscape.get(0).key()).as("another shape").isNotEqualTo(withEvent.get(0).key());
		assertThat(withEvent.get(0).key()).startsWith(generation + "/");
	}

	@Test
	void aStitchedVideoIsTheOnePassVideoFrameForFrame() throws Exception {
		for (boolean event : new boolean[] { true, false }) {
			String shape = event ? "landscape" : "square";
			VideoTemplate.Shape size = template.shapes().get(shape);
			CountingStore kept = new CountingStore(this.store.resolve(shape));
			SegmentCache cache = SegmentCache.in(kept);
			VideoRenderer reusing = new VideoRenderer(brand, VideoEncoder.Settings.DEFAULT, cache);
			// the first programme fills the cache; the second is stitched from it and its own frames
			reusing.render(template, shape, VideoFixtures.content(brand, Language.EL, "Interreg Ελλάδα – Κύπρος", event),
					OUT.resolve(shape + "-first.mp4"));
			long encodedByFirst = cache.encoded();
			VideoContent content = VideoFixtures.content(brand, Language.EL, "Interreg Greece – North Macedonia", event);
			Path stitched = OUT.resolve(shape + "-stitched.mp4");
			VideoRenderer.Stats stats = reusing.render(template, shape, content, stitched);
			Path onePass = OUT.resolve(shape + "-one-pass.mp4");
			new VideoRenderer(brand).render(template, shape, content, onePass);

			List<Segments.Run> runs = Segments.plan(template, size, VideoRenderer.withTemplateMedia(template, content),
					reusing.segmentGeneration(template), VideoEncoder.Settings.DEFAULT);
			int shared = (int) runs.stream().filter(Segments.Run::shared).count();
			assertThat(encodedByFirst).as("segments the first programme encoded").isEqualTo(shared);
			assertThat(cache.encoded()).as("the second encoded no shared segment").isEqualTo(encodedByFirst);
			assertThat(cache.fetched()).isEqualTo(shared);
			assertThat(stats.reusedFrames()).isEqualTo(runs.stream().filter(Segments.Run::shared)
				.mapToInt(Segments.Run::frames).sum()).isGreaterThan(100);

			Mp4Probe.assertCampaignVideo(stitched, size.width(), size.height(), 450);
			assertSameStreams(stitched, onePass);
			List<Integer> joins = runs.stream().skip(1).map(Segments.Run::from).toList();
			double worst = compareFrames(stitched, onePass, joins);
			System.out.printf("%s (event %s): %d joins at %s, lowest PSNR against the one-pass video %.1f dB%n", shape,
					event, joins.size(), joins, worst);
			assertThat(worst).as("every frame within PSNR 45 dB of the one-pass video").isGreaterThanOrEqualTo(45);
		}
	}

	@Test
	void aMissWantedByManyRendersAtOnceIsEncodedOnce() throws Exception {
		CountingStore kept = new CountingStore(this.store);
		SegmentCache cache = SegmentCache.in(kept);
		VideoRenderer reusing = new VideoRenderer(brand, VideoEncoder.Settings.DEFAULT, cache);
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			List<Future<VideoRenderer.Stats>> renders = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				VideoContent content = VideoFixtures.content(brand, Language.NL, "Interreg Vlaanderen-Nederland " + i, false);
				Path target = this.work.resolve(i + ".mp4");
				renders.add(pool.submit(() -> reusing.render(template, "square", content, target)));
			}
			for (Future<VideoRenderer.Stats> render : renders) {
				assertThat(render.get().frames()).isEqualTo(450);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(kept.stores).as("each segment stored once").hasSize(2).allSatisfy((name, times) -> assertThat(times.get())
			.as(name).isEqualTo(1));
		assertThat(cache.encoded()).isEqualTo(2);
		assertThat(cache.fetched()).as("the other renders waited for it and fetched it").isEqualTo(4);
	}

	@Test
	void segmentsOfAnotherTemplateOrBrandKitAreEvicted() throws Exception {
		CountingStore kept = new CountingStore(this.store);
		VideoRenderer reusing = new VideoRenderer(brand, VideoEncoder.Settings.DEFAULT, SegmentCache.in(kept));
		reusing.render(template, "square", VideoFixtures.content(brand, Language.IT, "Interreg Italia", false),
				this.work.resolve("it.mp4"));
		List<String> current = kept.names();
		assertThat(current).hasSize(2);
		VideoTemplate changed = new VideoTemplate(template.name(), template.directory(), template.fps(), template.shapes(),
				template.scenes(), template.audio(), template.dropUndrawable(), "another-digest", template.bilingual());
		assertThat(reusing.segmentGeneration(changed)).isNotEqualTo(reusing.segmentGeneration(template));
		BrandKit otherKit = new BrandKit(brand.directory(), brand.palette(), brand.regular(), brand.bold(),
				brand.strings(), "another-kit");
		assertThat(new VideoRenderer(otherKit, SegmentCache.off()).segmentGeneration(template))
			.isNotEqualTo(reusing.segmentGeneration(template));

		assertThat(reusing.evictStaleSegments(template)).as("nothing stale yet").isZero();
		assertThat(kept.names()).containsExactlyInAnyOrderElementsOf(current);
		assertThat(reusing.evictStaleSegments(changed)).as("the template changed").isEqualTo(2);
		assertThat(kept.names()).isEmpty();
	}

	/** Codec, profile, size, pixel format, frame rate, duration and the audio of the two files are the same. */
	private static void assertSameStreams(Path stitched, Path onePass) throws Exception {
		try (FFmpegFrameGrabber a = new FFmpegFrameGrabber(stitched.toFile());
				FFmpegFrameGrabber b = new FFmpegFrameGrabber(onePass.toFile())) {
			a.start();
			b.start();
			assertThat(a.getVideoCodec()).isEqualTo(b.getVideoCodec()).isEqualTo(avcodec.AV_CODEC_ID_H264);
			assertThat(a.getFormatContext().streams(0).codecpar().profile())
				.isEqualTo(b.getFormatContext().streams(0).codecpar().profile());
			assertThat(a.getFormatContext().streams(0).codecpar().format())
				.isEqualTo(b.getFormatContext().streams(0).codecpar().format())
				.isEqualTo(avutil.AV_PIX_FMT_YUV420P);
			assertThat(a.getImageWidth()).isEqualTo(b.getImageWidth());
			assertThat(a.getImageHeight()).isEqualTo(b.getImageHeight());
			assertThat(a.getFrameRate()).isEqualTo(b.getFrameRate());
			assertThat(a.getLengthInTime()).isCloseTo(b.getLengthInTime(), within(1_000_000L / 30));
			assertThat(a.getLengthInVideoFrames()).isEqualTo(b.getLengthInVideoFrames());
			assertThat(a.getAudioCodec()).isEqualTo(b.getAudioCodec());
			assertThat(a.getSampleRate()).isEqualTo(b.getSampleRate());
			assertThat(a.getAudioChannels()).isEqualTo(b.getAudioChannels());
		}
	}

	/**
	 * Decodes both videos: the same number of frames, the stitched one's at every 1/30 s without a gap or
	 * a repeat, an IDR frame at each join; returns the lowest PSNR of a stitched frame against its
	 * one-pass frame.
	 */
	private static double compareFrames(Path stitched, Path onePass, List<Integer> joins) throws Exception {
		double worst = Double.POSITIVE_INFINITY;
		try (FFmpegFrameGrabber a = new FFmpegFrameGrabber(stitched.toFile());
				FFmpegFrameGrabber b = new FFmpegFrameGrabber(onePass.toFile())) {
			// compared as the codec has them, Y, U and V, as FFmpeg's psnr filter does
			a.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
			b.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
			a.start();
			b.start();
			int n = 0;
			byte[] stitchedBefore = null;
			byte[] onePassBefore = null;
			while (true) {
				Frame x = a.grabImage();
				Frame y = b.grabImage();
				if (x == null || y == null) {
					assertThat(x).as("the stitched video ends with the one-pass one, at frame %d", n).isNull();
					assertThat(y).as("the one-pass video ends with the stitched one, at frame %d", n).isNull();
					break;
				}
				assertThat(x.timestamp).as("timestamp of frame %d", n).isCloseTo(n * 1_000_000L / 30, within(1_000L));
				if (joins.contains(n)) {
					assertThat(x.keyFrame).as("frame %d, the first after a join, is a key frame", n).isTrue();
				}
				byte[] stitchedFrame = bytes(x);
				byte[] onePassFrame = bytes(y);
				worst = Math.min(worst, psnr(stitchedFrame, onePassFrame));
				if (joins.contains(n) && psnr(onePassFrame, onePassBefore) < 40) {
					// where the picture moves at a join, each frame on either side is nearest its own number's:
					// none repeated, none dropped, none swapped
					assertThat(psnr(stitchedFrame, onePassFrame)).as("frame %d after the join", n)
						.isGreaterThan(psnr(stitchedFrame, onePassBefore));
					assertThat(psnr(stitchedBefore, onePassBefore)).as("frame %d before the join", n - 1)
						.isGreaterThan(psnr(stitchedBefore, onePassFrame));
					System.out.printf("join at frame %d: the picture moves there, and no frame is repeated or dropped%n", n);
				}
				stitchedBefore = stitchedFrame;
				onePassBefore = onePassFrame;
				n++;
			}
			assertThat(n).isEqualTo(450);
		}
		return worst;
	}

	/**
	 * The Y, U and V planes of a decoded 4:2:0 frame without their rows' padding (the grabber lays the
	 * planes out one after the other, rows {@code imageStride} bytes apart, half that in chroma).
	 */
	public static byte[] bytes(Frame frame) {
		java.nio.ByteBuffer buffer = ((java.nio.ByteBuffer) frame.image[0]).duplicate().clear();
		int width = frame.imageWidth;
		int height = frame.imageHeight;
		int stride = frame.imageStride;
		assertThat(buffer.capacity()).as("a 4:2:0 picture").isEqualTo(stride * height * 3 / 2);
		byte[] bytes = new byte[width * height * 3 / 2];
		int at = 0;
		for (int y = 0; y < height; y++) {
			buffer.get(y * stride, bytes, at, width);
			at += width;
		}
		for (int plane = 0; plane < 2; plane++) {
			int base = stride * height + plane * (stride / 2) * (height / 2);
			for (int y = 0; y < height / 2; y++) {
				buffer.get(base + y * (stride / 2), bytes, at, width / 2);
				at += width / 2;
			}
		}
		return bytes;
	}

	public static double psnr(byte[] a, byte[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			int d = (a[i] & 0xFF) - (b[i] & 0xFF);
			sum += d * d;
		}
		double mse = sum / a.length;
		return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255.0 * 255.0 / mse);
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

	/** Segments as files in a folder, counting how often each is stored. */
	static final class CountingStore implements SegmentStore {

		private final Path directory;

		final Map<String, AtomicInteger> stores = new ConcurrentHashMap<>();

		CountingStore(Path directory) throws IOException {
			this.directory = Files.createDirectories(directory);
		}

		@Override
		public boolean fetch(String name, Path target) throws IOException {
			Path file = this.directory.resolve(name);
			if (!Files.exists(file)) {
				return false;
			}
			Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
			return true;
		}

		@Override
		public void store(String name, Path file) throws IOException {
			this.stores.computeIfAbsent(name, (k) -> new AtomicInteger()).incrementAndGet();
			Path target = this.directory.resolve(name);
			Files.createDirectories(target.getParent());
			Path partial = Files.createTempFile(target.getParent(), "partial-", ".tmp");
			Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		}

		@Override
		public List<String> names() throws IOException {
			try (Stream<Path> files = Files.walk(this.directory)) {
				return files.filter(Files::isRegularFile)
					.map((f) -> this.directory.relativize(f).toString().replace('\\', '/'))
					.toList();
			}
		}

		@Override
		public void delete(String name) throws IOException {
			Files.deleteIfExists(this.directory.resolve(name));
		}

	}

}
