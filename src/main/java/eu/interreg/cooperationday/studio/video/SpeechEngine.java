package eu.interreg.cooperationday.studio.video;

import java.io.IOException;
import java.util.Optional;

/**
 * An offline voice that reads text aloud, for the audio-described video. Implementations are
 * thread-safe. {@link #none} is the engine of a studio without one: it speaks no language, and videos
 * keep their captions alone.
 */
public interface SpeechEngine {

	/** The sample rate of {@link #speak}'s samples: the video's audio rate. */
	int SAMPLE_RATE = 48_000;

	/** The engine and its version ({@code espeak-ng 1.51}): a different engine is a different render. */
	String id();

	/** The voice that speaks {@code languageCode} (ISO 639-1), or empty when the engine has none for it. */
	Optional<String> voice(String languageCode);

	/**
	 * {@code text} spoken by {@code voice} at {@code wordsPerMinute}: mono samples at
	 * {@link #SAMPLE_RATE}, between -1 and 1.
	 */
	float[] speak(String text, String voice, int wordsPerMinute) throws IOException;

	/** Why nothing is spoken, when the engine speaks no language at all; null for a working engine. */
	default String unavailable() {
		return null;
	}

	/** The engine of a studio without a voice, saying why. */
	static SpeechEngine none(String why) {
		return new SpeechEngine() {

			@Override
			public String id() {
				return "none";
			}

			@Override
			public Optional<String> voice(String languageCode) {
				return Optional.empty();
			}

			@Override
			public float[] speak(String text, String voice, int wordsPerMinute) throws IOException {
				throw new IOException("No speech engine: " + why);
			}

			@Override
			public String unavailable() {
				return why;
			}

		};
	}

}
