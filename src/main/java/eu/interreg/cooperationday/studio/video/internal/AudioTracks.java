package eu.interreg.cooperationday.studio.video.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;

import eu.interreg.cooperationday.studio.template.VideoTemplate;
import eu.interreg.cooperationday.studio.video.internal.AudioBed;

/**
 * Templates' music beds, encoded once: the bed depends on the template alone (music, length, fades,
 * loudness), never on the programme, so the three shapes of a hundred programmes share one AAC
 * encoding and each render copies its packets into the MP4. Kept in memory (some 300 kB a bed), the
 * few most recent; a music file changed on disk (hot reload) is a new entry.
 */
public final class AudioTracks {

	private static final int KEPT = 8;

	static final int BITRATE = 160_000;

	private final Map<Key, byte[]> tracks = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, byte[]> eldest) {
			return size() > KEPT;
		}

	};

	/** What the encoded bed depends on. */
	private record Key(Path music, long modified, long size, int frames, int fps, double fadeIn, double fadeOut,
			double loudness) {
	}

	/** The music beds as samples, for the audio-described video (some 6 MB each: two kept). */
	private final Map<Key, short[]> beds = new LinkedHashMap<>(4, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, short[]> eldest) {
			return size() > 2;
		}

	};

	/** The template's music bed as an M4A (AAC-LC 48 kHz stereo), or null when the template has none. */
	public synchronized byte[] track(VideoTemplate template) {
		if (template.audio() == null) {
			return null;
		}
		try {
			Key key = key(template);
			byte[] track = this.tracks.get(key);
			if (track == null) {
				track = encode(samples(template, key));
				this.tracks.put(key, track);
			}
			return track;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the music bed of template " + template.name(), ex);
		}
	}

	/**
	 * The template's music bed as interleaved 16-bit stereo samples at 48 kHz, as long as the video
	 * (silence when the template has no music); shared, not to be changed.
	 */
	public synchronized short[] bed(VideoTemplate template) {
		if (template.audio() == null) {
			return new short[(int) Math.round(template.frameCount() / (double) template.fps() * Loudness.SAMPLE_RATE)
					* AudioBed.CHANNELS];
		}
		try {
			return samples(template, key(template));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the music bed of template " + template.name(), ex);
		}
	}

	private short[] samples(VideoTemplate template, Key key) {
		short[] samples = this.beds.get(key);
		if (samples == null) {
			VideoTemplate.Audio audio = template.audio();
			samples = AudioBed.prepare(audio.music(), template.frameCount() / (double) template.fps(), audio.fadeIn(),
					audio.fadeOut(), audio.loudness()).samples();
			this.beds.put(key, samples);
		}
		return samples;
	}

	private static Key key(VideoTemplate template) throws IOException {
		VideoTemplate.Audio audio = template.audio();
		return new Key(audio.music(), Files.getLastModifiedTime(audio.music()).toMillis(), Files.size(audio.music()),
				template.frameCount(), template.fps(), audio.fadeIn(), audio.fadeOut(), audio.loudness());
	}

	/** Interleaved stereo samples at 48 kHz as an M4A (AAC-LC, {@link #BITRATE}). */
	public static byte[] encode(short[] samples) throws IOException {
		return encode(samples, false);
	}

	/**
	 * Interleaved stereo samples at 48 kHz as an M4A (AAC-LC, {@link #BITRATE}); {@code fast} uses FFmpeg's
	 * fast coder, several times cheaper than its default search, for a track made per programme.
	 */
	public static byte[] encode(short[] samples, boolean fast) throws IOException {
		Path file = Files.createTempFile("studio-music-bed", ".m4a");
		try {
			avutil.av_log_set_level(avutil.AV_LOG_ERROR);
			try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), AudioBed.CHANNELS)) {
				recorder.setFormat("mp4");
				recorder.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
				recorder.setSampleRate(Loudness.SAMPLE_RATE);
				recorder.setAudioChannels(AudioBed.CHANNELS);
				recorder.setAudioBitrate(BITRATE);
				if (fast) {
					recorder.setAudioOption("aac_coder", "fast");
				}
				recorder.start();
				recorder.recordSamples(Loudness.SAMPLE_RATE, AudioBed.CHANNELS,
						java.nio.ShortBuffer.wrap(samples));
				recorder.stop();
			}
			return Files.readAllBytes(file);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
