package eu.interreg.cooperationday.studio.video;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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

/**
 * Timeline -> Compositor -> Encoder, on two threads: this one composes frames into a ring of three
 * buffers while an encoder thread converts and encodes them (libx264 High, yuv420p, constant frame
 * rate; AAC-LC 48 kHz stereo; moov before mdat). Memory is the ring, whatever the length.
 * <p>
 * Work follows what changes on screen: a frame that repeats the one before is neither composed nor
 * converted (the encoder is given the same picture again), and a composed frame is converted to
 * YUV only where its moving layers are or were (see {@link Yuv420Converter}).
 */
final class VideoEncoder {

	/**
	 * Encoder settings; fixed threads keep the bytes a function of the inputs. The default is x264's
	 * fastest preset with CABAC, 8x8 transforms and deblocking put back: High profile at constant
	 * quality, about 25 % faster than "superfast" on two cores for files about twice the size (some
	 * 2.5 Mbit/s at 1080p30, still small for social media, which re-encodes anyway).
	 */
	record Settings(String preset, int crf, int threads, String x264Params) {

		static final Settings DEFAULT = new Settings("ultrafast", 21, 2, "cabac=1:8x8dct=1:deblock=1");

	}

	/**
	 * How a render went: frames, where the time went, how many frames repeated the one before, and
	 * the share of picture pixels converted to YUV.
	 */
	record Stats(int frames, long wallNanos, long composeNanos, long encodeNanos, int repeatedFrames,
			double convertedShare) {
	}

	private static final int RING = 3;

	private VideoEncoder() {
	}

	static Stats encode(Timeline timeline, Compositor compositor, AudioBed audio, Path output, Settings settings)
			throws IOException {
		long started = System.nanoTime();
		int width = timeline.width();
		int height = timeline.height();
		int fps = timeline.fps();
		BlockingQueue<Slot> free = new ArrayBlockingQueue<>(RING);
		BlockingQueue<Slot> ready = new ArrayBlockingQueue<>(RING + 1);
		List<Slot> slots = new ArrayList<>();
		for (int i = 0; i < RING; i++) {
			slots.add(new Slot(new Compositor.Canvas(width, height)));
		}
		free.addAll(slots);
		avutil.av_log_set_level(avutil.AV_LOG_ERROR);
		ExecutorService encoderThread = Executors.newSingleThreadExecutor((r) -> {
			Thread thread = new Thread(r, "video-encoder");
			thread.setDaemon(true);
			return thread;
		});
		long composeNanos = 0;
		int repeated = 0;
		try (FFmpegFrameRecorder recorder = recorder(output, width, height, fps, audio != null, settings);
				Yuv420Converter converter = new Yuv420Converter(width, height)) {
			recorder.start();
			Future<Long> encoding = encoderThread.submit(() -> encodeLoop(recorder, converter, ready, free, audio, fps));
			try {
				for (int n = 0; n < timeline.frameCount(); n++) {
					long t0 = System.nanoTime();
					Compositor.Change change = compositor.change(n);
					if (change.repeat()) {
						repeated++;
						composeNanos += System.nanoTime() - t0;
						ready.put(Slot.REPEAT);
						continue;
					}
					Slot slot = take(free, encoding);
					t0 = System.nanoTime();
					compositor.compose(n, change, slot.canvas);
					composeNanos += System.nanoTime() - t0;
					slot.change = change;
					ready.put(slot);
				}
				ready.put(Slot.END);
				long encodeNanos = encoding.get();
				recorder.stop();
				return new Stats(timeline.frameCount(), System.nanoTime() - started, composeNanos, encodeNanos, repeated,
						converter.convertedPixels() / ((double) width * height * timeline.frameCount()));
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

	private static Slot take(BlockingQueue<Slot> free, Future<Long> encoding)
			throws InterruptedException, ExecutionException {
		while (true) {
			Slot slot = free.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
			if (slot != null) {
				return slot;
			}
			if (encoding.isDone()) {
				encoding.get();
				throw new IllegalStateException("The encoder stopped early");
			}
		}
	}

	/**
	 * Converts and encodes the frames in order. The music goes in a second at a time, just ahead of
	 * the pictures it plays under (the recorder's per-call overhead made a call per frame cost more
	 * than the AAC encoding itself).
	 */
	private static long encodeLoop(FFmpegFrameRecorder recorder, Yuv420Converter converter, BlockingQueue<Slot> ready,
			BlockingQueue<Slot> free, AudioBed audio, int fps) throws Exception {
		long nanos = 0;
		for (int n = 0;; n++) {
			Slot slot = ready.take();
			if (slot == Slot.END) {
				return nanos;
			}
			long t0 = System.nanoTime();
			if (slot != Slot.REPEAT) {
				converter.update(slot.canvas.pixels(), slot.change);
				free.put(slot);
			}
			if (audio != null && n % fps == 0) {
				recorder.recordSamples(Loudness.SAMPLE_RATE, AudioBed.CHANNELS, audio.slice(n, n + fps, fps));
			}
			recorder.record(converter.frame(), avutil.AV_PIX_FMT_YUV420P);
			nanos += System.nanoTime() - t0;
		}
	}

	private static FFmpegFrameRecorder recorder(Path output, int width, int height, int fps, boolean withAudio,
			Settings settings) {
		FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(output.toFile(), width, height,
				withAudio ? AudioBed.CHANNELS : 0);
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
		recorder.setOption("movflags", "+faststart");
		if (withAudio) {
			recorder.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
			recorder.setSampleRate(Loudness.SAMPLE_RATE);
			recorder.setAudioChannels(AudioBed.CHANNELS);
			recorder.setAudioBitrate(160_000);
		}
		return recorder;
	}

	/** One buffer of the ring, and how the frame it holds changed. */
	private static final class Slot {

		static final Slot END = new Slot(null);

		/** Stands for a frame that repeats the one before. */
		static final Slot REPEAT = new Slot(null);

		private final Compositor.Canvas canvas;

		Compositor.Change change;

		Slot(Compositor.Canvas canvas) {
			this.canvas = canvas;
		}

	}

}
