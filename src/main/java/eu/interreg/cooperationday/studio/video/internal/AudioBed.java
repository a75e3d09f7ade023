package eu.interreg.cooperationday.studio.video.internal;

import java.nio.Buffer;
import java.nio.FloatBuffer;
import java.nio.file.Path;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * A template's music bed made ready for one video: decoded to 48 kHz stereo, looped or trimmed to the
 * video's length, faded in and out, and brought to the template's integrated loudness (about -14
 * LUFS), with a ceiling so it never clips.
 */
public final class AudioBed {

	static final int CHANNELS = 2;

	private static final double CEILING = 0.98;

	private final short[] interleaved;

	private AudioBed(short[] interleaved) {
		this.interleaved = interleaved;
	}

	public static AudioBed prepare(Path music, double seconds, double fadeIn, double fadeOut, double targetLufs) {
		int frames = (int) Math.round(seconds * Loudness.SAMPLE_RATE);
		float[][] decoded = decode(music);
		float[] left = new float[frames];
		float[] right = new float[frames];
		int available = decoded[0].length;
		for (int i = 0; i < frames && available > 0; i++) {
			left[i] = decoded[0][i % available];
			right[i] = decoded[1][i % available];
		}
		int in = (int) (fadeIn * Loudness.SAMPLE_RATE);
		int out = (int) (fadeOut * Loudness.SAMPLE_RATE);
		for (int i = 0; i < frames; i++) {
			double gain = 1;
			if (i < in) {
				gain = i / (double) in;
			}
			if (i > frames - out) {
				gain = Math.min(gain, (frames - i) / (double) out);
			}
			left[i] *= gain;
			right[i] *= gain;
		}
		double measured = Loudness.integrated(left, right);
		double gain = Double.isInfinite(measured) ? 1 : Math.pow(10, (targetLufs - measured) / 20);
		short[] samples = new short[frames * CHANNELS];
		for (int i = 0; i < frames; i++) {
			samples[2 * i] = toShort(left[i] * gain);
			samples[2 * i + 1] = toShort(right[i] * gain);
		}
		return new AudioBed(samples);
	}

	/** A soft ceiling: below it the signal is untouched, above it it bends towards full scale. */
	static short toShort(double value) {
		double magnitude = Math.abs(value);
		if (magnitude > CEILING) {
			magnitude = CEILING + (1 - CEILING) * Math.tanh((magnitude - CEILING) / (1 - CEILING));
		}
		return (short) Math.round(Math.copySign(Math.min(magnitude, 1.0), value) * 32767);
	}

	private static float[][] decode(Path music) {
		avutil.av_log_set_level(avutil.AV_LOG_ERROR);
		try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(music.toFile())) {
			grabber.setSampleRate(Loudness.SAMPLE_RATE);
			grabber.setAudioChannels(CHANNELS);
			grabber.setSampleMode(FrameGrabber.SampleMode.FLOAT);
			grabber.start();
			FloatArray left = new FloatArray();
			FloatArray right = new FloatArray();
			Frame frame;
			while ((frame = grabber.grabSamples()) != null) {
				Buffer[] buffers = frame.samples;
				if (buffers.length == 1) {
					FloatBuffer both = (FloatBuffer) buffers[0].rewind();
					while (both.remaining() >= 2) {
						left.add(both.get());
						right.add(both.get());
					}
				}
				else {
					FloatBuffer l = (FloatBuffer) buffers[0].rewind();
					FloatBuffer r = (FloatBuffer) buffers[1].rewind();
					while (l.hasRemaining() && r.hasRemaining()) {
						left.add(l.get());
						right.add(r.get());
					}
				}
			}
			return new float[][] { left.toArray(), right.toArray() };
		}
		catch (FrameGrabber.Exception ex) {
			throw new IllegalStateException("Cannot decode the music bed " + music.getFileName(), ex);
		}
	}

	public short[] samples() {
		return this.interleaved;
	}

	private static final class FloatArray {

		private float[] values = new float[48_000 * 2];

		private int size;

		void add(float value) {
			if (this.size == this.values.length) {
				this.values = java.util.Arrays.copyOf(this.values, this.size * 2);
			}
			this.values[this.size++] = value;
		}

		float[] toArray() {
			return java.util.Arrays.copyOf(this.values, this.size);
		}

	}

}
