package eu.interreg.cooperationday.studio.video;

import java.io.IOException;
import java.nio.Buffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

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

	/**
	 * @param music the template's encoded music bed (see {@link AudioTracks}), copied into the video
	 * as it goes; null for a silent video
	 */
	static Stats encode(Timeline timeline, Compositor compositor, Path music, Path output, Settings settings)
			throws IOException {
		return encode(timeline, compositor, music, output, settings, 0, timeline.frameCount());
	}

	/**
	 * Encodes frames {@code from} (inclusive) to {@code to} (exclusive) of the timeline alone: a segment
	 * whose first frame is an IDR frame and whose GOPs are closed, with timestamps from zero, so segments
	 * encoded with the same settings can be joined by stream copy (see {@link SegmentMuxer}).
	 *
	 * @param music the music bed, for a whole video only ({@code from} 0); null for none
	 */
	static Stats encode(Timeline timeline, Compositor compositor, Path music, Path output, Settings settings, int from,
			int to) throws IOException {
		if (from < 0 || to > timeline.frameCount() || from >= to || (music != null && from != 0)) {
			throw new IllegalArgumentException("Cannot encode frames " + from + " to " + to + " of "
					+ timeline.frameCount() + (music != null ? " with music" : ""));
		}
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
		try (Music audio = (music != null) ? new Music(music) : null;
				FFmpegFrameRecorder recorder = recorder(output, width, height, fps, audio != null, settings);
				Yuv420Converter converter = new Yuv420Converter(width, height)) {
			if (audio != null) {
				// the recorder takes the music's stream as it is, and encodes the pictures
				recorder.start(audio.format());
			}
			else {
				recorder.start();
			}
			Future<Long> encoding = encoderThread.submit(() -> encodeLoop(recorder, converter, ready, free, audio, fps));
			try {
				for (int n = from; n < to; n++) {
					long t0 = System.nanoTime();
					Compositor.Change change = compositor.change(n);
					if (n == from) {
						// a segment's first frame is drawn and converted whole, whatever came before it
						change = new Compositor.Change(change.scene(), false, true, null);
					}
					if (change.repeat()) {
						repeated++;
						composeNanos += System.nanoTime() - t0;
						give(ready, Slot.REPEAT, encoding);
						continue;
					}
					Slot slot = take(free, encoding);
					t0 = System.nanoTime();
					compositor.compose(n, change, slot.canvas);
					composeNanos += System.nanoTime() - t0;
					slot.change = change;
					give(ready, slot, encoding);
				}
				give(ready, Slot.END, encoding);
				long encodeNanos = encoding.get();
				// the recorder drains the encoder's delayed frames at stop() only when it has no input
				// format, and here it has the music's: drain them first
				while (recorder.recordImage(0, 0, Frame.DEPTH_UBYTE, 0, 0, avutil.AV_PIX_FMT_NONE, (Buffer[]) null)) {
					// each call writes one more delayed frame
				}
				recorder.stop();
				return new Stats(to - from, System.nanoTime() - started, composeNanos, encodeNanos, repeated,
						converter.convertedPixels() / ((double) width * height * (to - from)));
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

	/** Hands a slot to the encoder thread, unless that thread has stopped (then its failure is thrown). */
	private static void give(BlockingQueue<Slot> ready, Slot slot, Future<Long> encoding)
			throws InterruptedException, ExecutionException {
		while (!ready.offer(slot, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
			if (encoding.isDone()) {
				encoding.get();
				throw new IllegalStateException("The encoder stopped early");
			}
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

	/** Converts and encodes the frames in order, the music's packets a second ahead of the pictures. */
	private static long encodeLoop(FFmpegFrameRecorder recorder, Yuv420Converter converter, BlockingQueue<Slot> ready,
			BlockingQueue<Slot> free, Music audio, int fps) throws Exception {
		long nanos = 0;
		for (int n = 0;; n++) {
			Slot slot = ready.take();
			if (slot == Slot.END) {
				if (audio != null) {
					audio.copyUntil(recorder, Double.MAX_VALUE);
				}
				return nanos;
			}
			long t0 = System.nanoTime();
			if (slot != Slot.REPEAT) {
				converter.update(slot.canvas.pixels(), slot.change);
				free.put(slot);
			}
			if (audio != null && n % fps == 0) {
				audio.copyUntil(recorder, (n + fps) / (double) fps);
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
			recorder.setAudioBitrate(AudioTracks.BITRATE);
		}
		return recorder;
	}

	/** The encoded music bed, read packet by packet and copied into the recorder as the pictures advance. */
	private static final class Music implements AutoCloseable {

		private final FFmpegFrameGrabber grabber;

		/** A packet read but not yet due; the grabber reuses it, so nothing is read until it is written. */
		private AVPacket pending;

		Music(Path m4a) throws FrameGrabber.Exception {
			this.grabber = new FFmpegFrameGrabber(m4a.toFile());
			this.grabber.start();
		}

		AVFormatContext format() {
			return this.grabber.getFormatContext();
		}

		/** Copies the packets that start before {@code seconds}. */
		void copyUntil(FFmpegFrameRecorder recorder, double seconds) throws FrameGrabber.Exception,
				FFmpegFrameRecorder.Exception {
			while (true) {
				if (this.pending == null) {
					this.pending = this.grabber.grabPacket();
					if (this.pending == null) {
						return;
					}
				}
				AVRational timeBase = format().streams(this.pending.stream_index()).time_base();
				if (this.pending.pts() * avutil.av_q2d(timeBase) >= seconds) {
					return;
				}
				recorder.recordPacket(this.pending);
				this.pending = null;
			}
		}

		@Override
		public void close() throws FrameGrabber.Exception {
			this.grabber.close();
		}

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
