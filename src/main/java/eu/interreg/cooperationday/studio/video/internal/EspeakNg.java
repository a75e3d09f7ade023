package eu.interreg.cooperationday.studio.video.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import eu.interreg.cooperationday.studio.video.SpeechEngine;

/**
 * Debian's {@code espeak-ng} as the studio's voice: one process per line spoken, the text on its
 * standard input (never on its command line), a WAV on its standard output, read up to a bound and
 * within a time limit. Its voices are listed once, at start. Plain text only: no SSML, and the
 * {@code [[...]]} phoneme escape is broken up so a programme's name is read as words.
 */
public final class EspeakNg implements SpeechEngine {

	private static final Logger log = LoggerFactory.getLogger(EspeakNg.class);

	/** A line longer than this is refused: no on-screen text is. */
	static final int MAX_TEXT = 2_000;

	/** A minute of speech, far more than any line. */
	private static final int MAX_WAV_BYTES = 22_050 * 2 * 60 + 44;

	private static final long TIMEOUT_SECONDS = 20;

	private final String command;

	private final String version;

	private final Set<String> voices;

	private EspeakNg(String command, String version, Set<String> voices) {
		this.command = command;
		this.version = version;
		this.voices = voices;
	}

	/**
	 * The engine at {@code command} (a name on the PATH or a path), or {@link SpeechEngine#none} saying
	 * why when it is not there or does not answer.
	 */
	public static SpeechEngine locate(String command) {
		try {
			String version = new String(run(List.of(command, "--version"), null, 64 * 1024), StandardCharsets.UTF_8);
			String voiceList = new String(run(List.of(command, "--voices"), null, 256 * 1024), StandardCharsets.UTF_8);
			Set<String> voices = new TreeSet<>();
			for (String line : voiceList.split("\n")) {
				String[] columns = line.strip().split("\\s+");
				if (columns.length > 1 && columns[0].matches("\\d+")) {
					voices.add(columns[1].toLowerCase(Locale.ROOT));
				}
			}
			if (voices.isEmpty()) {
				return SpeechEngine.none(command + " lists no voices");
			}
			String id = version.strip().replaceFirst("^eSpeak NG text-to-speech: ", "espeak-ng ")
				.replaceFirst("\\s+Data at:.*$", "");
			log.info("Audio description speaks with {} ({} voices)", id, voices.size());
			return new EspeakNg(command, id, voices);
		}
		catch (IOException ex) {
			log.info("No speech engine ({}): videos get captions without audio description", ex.getMessage());
			return SpeechEngine.none("the speech engine " + command + " is not installed on this studio");
		}
	}

	@Override
	public String id() {
		return this.version;
	}

	@Override
	public Optional<String> voice(String languageCode) {
		String code = "no".equals(languageCode) ? "nb" : languageCode.toLowerCase(Locale.ROOT);
		if (this.voices.contains(code)) {
			return Optional.of(code);
		}
		// en -> en-gb, fr -> fr-fr: the first regional voice of the language
		return this.voices.stream().filter((voice) -> voice.startsWith(code + "-")).findFirst();
	}

	@Override
	public float[] speak(String text, String voice, int wordsPerMinute) throws IOException {
		if (!this.voices.contains(voice)) {
			throw new IllegalArgumentException("No voice " + voice);
		}
		if (text.length() > MAX_TEXT) {
			throw new IllegalArgumentException("A line to speak has at most " + MAX_TEXT + " characters");
		}
		byte[] wav = run(List.of(this.command, "-v", voice, "-s", Integer.toString(wordsPerMinute), "--stdin",
				"--stdout"), plain(text), MAX_WAV_BYTES);
		return Wav.mono48k(wav);
	}

	/** Text as a line of plain words: no control characters, no phoneme escapes, one line. */
	static String plain(String text) {
		String line = text.replaceAll("[\\p{Cc}\\p{Cf}&&[^\\u200c\\u200d]]+", " ").replace("[[", "[ [").strip();
		return line + "\n";
	}

	private static byte[] run(List<String> command, String input, int limit) throws IOException {
		Process process;
		try {
			process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		}
		catch (IOException ex) {
			throw new IOException(command.get(0) + " cannot be started: " + ex.getMessage(), ex);
		}
		try {
			CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> readBounded(process.getInputStream(), limit));
			try (OutputStream in = process.getOutputStream()) {
				if (input != null) {
					in.write(input.getBytes(StandardCharsets.UTF_8));
				}
			}
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				throw new IOException(command.get(0) + " did not finish within " + TIMEOUT_SECONDS + " s");
			}
			byte[] bytes = output.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
			if (process.exitValue() != 0) {
				throw new IOException(command.get(0) + " exited with " + process.exitValue());
			}
			return bytes;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while " + command.get(0) + " spoke", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IOException(command.get(0) + "'s output could not be read: " + ex.getMessage(), ex);
		}
		finally {
			process.destroyForcibly();
		}
	}

	private static byte[] readBounded(InputStream in, int limit) {
		try (in) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buffer = new byte[16 * 1024];
			int read;
			while ((read = in.read(buffer)) >= 0) {
				if (out.size() + read > limit) {
					throw new IOException("more than " + limit + " bytes");
				}
				out.write(buffer, 0, read);
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** The 16-bit PCM WAV espeak-ng writes (its sizes left open when streamed), as mono 48 kHz floats. */
	static final class Wav {

		private Wav() {
		}

		static float[] mono48k(byte[] wav) throws IOException {
			ByteBuffer bytes = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
			if (wav.length < 12 || bytes.getInt(0) != 0x46464952 || bytes.getInt(8) != 0x45564157) {
				throw new IOException("The voice did not answer with a WAV");
			}
			int rate = 0;
			int channels = 0;
			int bits = 0;
			int at = 12;
			while (at + 8 <= wav.length) {
				int id = bytes.getInt(at);
				int size = bytes.getInt(at + 4);
				if (id == 0x20746d66) { // "fmt "
					channels = bytes.getShort(at + 10);
					rate = bytes.getInt(at + 12);
					bits = bytes.getShort(at + 22);
					at += 8 + size;
				}
				else if (id == 0x61746164) { // "data": to the end, whatever its size says
					return resample(bytes, at + 8, wav.length, rate, channels, bits);
				}
				else {
					if (size < 0) {
						break;
					}
					at += 8 + size + (size & 1);
				}
			}
			throw new IOException("The voice's WAV has no samples");
		}

		private static float[] resample(ByteBuffer bytes, int from, int to, int rate, int channels, int bits)
				throws IOException {
			if (bits != 16 || channels < 1 || rate < 8_000 || rate > 96_000) {
				throw new IOException("The voice's WAV is not 16-bit PCM (" + bits + " bits, " + channels
						+ " channels, " + rate + " Hz)");
			}
			int frames = (to - from) / (2 * channels);
			float[] source = new float[frames];
			for (int i = 0; i < frames; i++) {
				source[i] = bytes.getShort(from + i * 2 * channels) / 32768f;
			}
			int length = (int) ((long) frames * SAMPLE_RATE / rate);
			float[] out = new float[length];
			double step = rate / (double) SAMPLE_RATE;
			for (int i = 0; i < length; i++) {
				double position = i * step;
				int left = (int) position;
				int right = Math.min(left + 1, frames - 1);
				double fraction = position - left;
				out[i] = (float) (source[left] * (1 - fraction) + source[right] * fraction);
			}
			return out;
		}

	}

	@Override
	public String toString() {
		return this.version + " (" + this.voices.size() + " voices)";
	}

}
