package eu.interreg.cooperationday.studio.video.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import eu.interreg.cooperationday.studio.video.internal.Compositor;
import eu.interreg.cooperationday.studio.video.internal.SegmentMuxer;
import eu.interreg.cooperationday.studio.video.internal.SkipFrames;
import eu.interreg.cooperationday.studio.video.internal.Timeline;

/**
 * Timeline -> Compositor -> Encoder, on two threads: this one composes frames into a ring of three
 * buffers while an encoder thread converts and encodes them (libx264 High, yuv420p, constant frame
 * rate, pictures only: {@link SegmentMuxer} lays the music under them). Memory is the ring, whatever
 * the length.
 * <p>
 * Work follows what changes on screen: a frame that repeats the one before is neither composed nor
 * converted, nor (with {@link Settings#skipRepeats}) encoded: the encoder gets only the pictures that
 * differ, and the muxer writes each repeat as a skipped frame (see {@link SkipFrames}). A composed frame
 * is converted to YUV only where its moving layers are or were (see {@link Yuv420Converter}).
 */
public final class VideoEncoder {

	/**
	 * Encoder settings; fixed threads keep the bytes a function of the inputs. The default is x264's
	 * fastest preset with CABAC, 8x8 transforms and deblocking put back: High profile at constant
	 * quality, about 25 % faster than "superfast" on two cores for files about twice the size (some
	 * 2.5 Mbit/s at 1080p30, still small for social media, which re-encodes anyway).
	 * {@code skipRepeats}: a frame that repeats the one before is not given to the encoder but written
	 * as a skipped frame by the muxer (x264 still searches every macroblock of a picture that did not
	 * change: in the campaign template, about half a CPU-second for a programme's three videos).
	 */
	public record Settings(String preset, int crf, int threads, String x264Params, boolean skipRepeats) {

		public static final Settings DEFAULT = new Settings("ultrafast", 21, 2, "cabac=1:8x8dct=1:deblock=1", true);

	}

	/**
	 * How a render went: frames, where the time went, how many frames repeated the one before, and
	 * the share of picture pixels converted to YUV; and what the muxer needs to put the file's frames
	 * where they belong: {@code holds[k]} is how often the k-th encoded picture repeats after itself
	 * (null when every frame was encoded).
	 */
	public record Stats(int frames, long wallNanos, long composeNanos, long encodeNanos, int repeatedFrames,
			double convertedShare, int[] holds) {

		/** The file of these frames, to be put at frame {@code firstFrame} of a video. */
		public SegmentMuxer.Part part(Path file, int firstFrame) {
			return new SegmentMuxer.Part(file, firstFrame, this.holds);
		}

	}

	private static final int RING = 3;

	private VideoEncoder() {
	}

	/**
	 * Encodes frames {@code from} (inclusive) to {@code to} (exclusive) of the timeline, pictures only: a
	 * stream whose first frame is an IDR frame and whose GOPs are closed, with timestamps from zero, so
	 * streams encoded with the same settings can be joined by stream copy (see {@link SegmentMuxer}). With
	 * {@link Settings#skipRepeats} the file holds only the pictures that differ from the one before,
	 * and {@link Stats#holds} says where the others go.
	 */
	public static Stats encode(Timeline timeline, Compositor compositor, Path output, Settings settings, int from, int to)
			throws IOException {
		if (from < 0 || to > timeline.frameCount() || from >= to) {
			throw new IllegalArgumentException("Cannot encode frames " + from + " to " + to + " of "
					+ timeline.frameCount());
		}
		long started = System.nanoTime();
		int width = timeline.width();
		int height = timeline.height();
		int fps = timeline.fps();
		BlockingQueue<RingFrame> free = new ArrayBlockingQueue<>(RING);
		BlockingQueue<RingFrame> ready = new ArrayBlockingQueue<>(RING + 1);
		List<RingFrame> slots = new ArrayList<>();
		for (int i = 0; i < RING; i++) {
			slots.add(new RingFrame(new Compositor.Canvas(width, height)));
		}
		free.addAll(slots);
		avutil.av_log_set_level(avutil.AV_LOG_ERROR);
		ExecutorService encoderThread = Executors.newSingleThreadExecutor((r) -> {
			Thread thread = new Thread(r, "video-encoder");
			thread.setDaemon(true);
			return thread;
		});
		Counts counts = new Counts(settings.skipRepeats() ? new int[to - from] : null);
		try (FFmpegFrameRecorder recorder = recorder(output, width, height, fps, settings);
				Yuv420Converter converter = new Yuv420Converter(width, height)) {
			recorder.start();
			Future<Long> encoding = encoderThread.submit(() -> encodeLoop(recorder, converter, ready, free));
			try {
				composeAll(compositor, from, to, free, ready, encoding, counts);
				give(ready, RingFrame.END, encoding);
				long encodeNanos = encoding.get();
				recorder.stop();
				return new Stats(to - from, System.nanoTime() - started, counts.composeNanos, encodeNanos,
						counts.repeated, converter.convertedPixels() / ((double) width * height * (to - from)),
						(counts.holds != null) ? Arrays.copyOf(counts.holds, counts.encoded) : null);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				encoding.cancel(true);
				throw new IOException("Video rendering was interrupted", ex);
			}
			catch (ExecutionException ex) {
				throw new IOException("Video encoding failed: " + ex.getCause().getMessage(), ex.getCause());
			}
		}
		finally {
			encoderThread.shutdownNow();
			slots.forEach((slot) -> slot.canvas.close());
		}
	}

	/** What the compose loop counts: time spent composing, frames repeated and encoded, and holds per frame. */
	private static final class Counts {

		private final int[] holds;

		private long composeNanos;

		private int repeated;

		private int encoded;

		Counts(int[] holds) {
			this.holds = holds;
		}

	}

	/**
	 * Composes frames {@code from} to {@code to} into free ring slots and hands them to the encoder thread;
	 * a frame that repeats the one before is held (counted on that frame) or sent as a repeat.
	 */
	private static void composeAll(Compositor compositor, int from, int to, BlockingQueue<RingFrame> free,
			BlockingQueue<RingFrame> ready, Future<Long> encoding, Counts counts)
			throws InterruptedException, ExecutionException {
		for (int n = from; n < to; n++) {
			long t0 = System.nanoTime();
			Compositor.Change change = compositor.change(n);
			if (n == from) {
				// a segment's first frame is drawn and converted whole, whatever came before it
				change = new Compositor.Change(change.scene(), false, true, null);
			}
			if (change.repeat()) {
				counts.repeated++;
				counts.composeNanos += System.nanoTime() - t0;
				if (counts.holds != null) {
					counts.holds[counts.encoded - 1]++;
				}
				else {
					give(ready, RingFrame.REPEAT, encoding);
				}
				continue;
			}
			counts.encoded++;
			RingFrame slot = take(free, encoding);
			t0 = System.nanoTime();
			compositor.compose(n, change, slot.canvas);
			counts.composeNanos += System.nanoTime() - t0;
			slot.change = change;
			give(ready, slot, encoding);
		}
	}

	/** Hands a slot to the encoder thread, unless that thread has stopped (then its failure is thrown). */
	private static void give(BlockingQueue<RingFrame> ready, RingFrame slot, Future<Long> encoding)
			throws InterruptedException, ExecutionException {
		while (!ready.offer(slot, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
			if (encoding.isDone()) {
				encoding.get();
				throw new IllegalStateException("The encoder stopped early");
			}
		}
	}

	private static RingFrame take(BlockingQueue<RingFrame> free, Future<Long> encoding)
			throws InterruptedException, ExecutionException {
		while (true) {
			RingFrame slot = free.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
			if (slot != null) {
				return slot;
			}
			if (encoding.isDone()) {
				encoding.get();
				throw new IllegalStateException("The encoder stopped early");
			}
		}
	}

	/** Converts and encodes the frames in order. */
	private static long encodeLoop(FFmpegFrameRecorder recorder, Yuv420Converter converter, BlockingQueue<RingFrame> ready,
			BlockingQueue<RingFrame> free) throws Exception {
		long nanos = 0;
		while (true) {
			RingFrame slot = ready.take();
			if (slot == RingFrame.END) {
				return nanos;
			}
			long t0 = System.nanoTime();
			if (slot != RingFrame.REPEAT) {
				converter.update(slot.canvas.pixels(), slot.change);
				free.put(slot);
			}
			recorder.record(converter.frame(), avutil.AV_PIX_FMT_YUV420P);
			nanos += System.nanoTime() - t0;
		}
	}

	private static FFmpegFrameRecorder recorder(Path output, int width, int height, int fps, Settings settings) {
		FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(output.toFile(), width, height, 0);
		recorder.setFormat("mp4");
		recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
		recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
		recorder.setFrameRate(fps);
		recorder.setGopSize(fps * 2);
		recorder.setVideoOption("preset", settings.preset());
		recorder.setVideoOption("crf", Integer.toString(settings.crf()));
		recorder.setVideoOption("profile", "high");
		recorder.setVideoOption("threads", Integer.toString(settings.threads()));
		if (!settings.x264Params().isEmpty()) {
			recorder.setVideoOption("x264-params", settings.x264Params());
		}
		return recorder;
	}

	/** One buffer of the ring, and how the frame it holds changed. */
	private static final class RingFrame {

		static final RingFrame END = new RingFrame(null);

		/** Stands for a frame that repeats the one before. */
		static final RingFrame REPEAT = new RingFrame(null);

		private final Compositor.Canvas canvas;

		Compositor.Change change;

		RingFrame(Compositor.Canvas canvas) {
			this.canvas = canvas;
		}

	}

}
