package eu.interreg.cooperationday.studio.video.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.interreg.cooperationday.studio.template.Layer;
import eu.interreg.cooperationday.studio.template.VideoTemplate;
import eu.interreg.cooperationday.studio.video.SpeechEngine;
import eu.interreg.cooperationday.studio.video.VideoContent;

/**
 * The audio description of a video: what each scene shows in words, read by a voice where the scene
 * begins, in the video's language and then its second, each line after the one before. When the lines
 * do not fit in the video they are spoken faster (up to {@link #RATES}'s last), then the second
 * language's lines are left out (its captions still show them), and last what would start after the
 * end is cut. Laid over the music bed, which is ducked under the voice.
 */
public final class Narration {

	/** Words per minute, tried in turn until the description fits. */
	static final int[] RATES = { 165, 190, 215, 240 };

	/** Silence between two lines. */
	static final double GAP = 0.3;

	/** How much of the video's end stays without a voice. */
	static final double TAIL = 0.4;

	/** The music's gain under the voice (about -12 dB). */
	static final float DUCKED = 0.25f;

	/** How long the music takes to go down before a line and back up after it. */
	static final double RAMP = 0.25;

	/** The voice's peak level. */
	static final float VOICE_PEAK = 0.7f;

	/** A line of on-screen text, in a language, for a voice. */
	public record Line(String text, String language, String voice, boolean second) {
	}

	/** A scene's words and when the scene begins. */
	public record Moment(double start, List<Line> lines) {
	}

	/** A line as spoken: when, what, in which language; with its samples. */
	public record Cue(double start, double end, String text, String language, boolean second, float[] samples) {
	}

	private final List<Cue> cues;

	private final int rate;

	private final boolean secondLeftOut;

	private Narration(List<Cue> cues, int rate, boolean secondLeftOut) {
		this.cues = List.copyOf(cues);
		this.rate = rate;
		this.secondLeftOut = secondLeftOut;
	}

	/**
	 * The moments of a video: each scene's text, in the language of {@code voice} and then, where they
	 * differ, in the second language's (null when there is none).
	 */
	public static List<Moment> moments(VideoTemplate template, VideoContent content, String language, String voice,
			String secondLanguage, String secondVoice) {
		List<Moment> moments = new ArrayList<>();
		java.util.Set<String> said = new java.util.HashSet<>();
		VideoContent second = secondLanguage == null ? null : content.inSecondLanguage();
		for (Timeline.ScheduledScene slot : Timeline.schedule(template, content)) {
			List<Line> first = new ArrayList<>();
			List<Line> other = new ArrayList<>();
			for (Layer layer : slot.scene().layers()) {
				if (layer instanceof Layer.Text text) {
					String value = content.texts().get(text.binding());
					if (value != null && !value.isBlank()) {
						first.add(new Line(spoken(value), language, voice, false));
					}
					String translated = second == null ? null : second.texts().get(text.binding());
					if (translated != null && !translated.isBlank() && !translated.strip().equals(value == null ? null : value.strip())) {
						other.add(new Line(spoken(translated), secondLanguage, secondVoice, true));
					}
				}
			}
			first.addAll(other);
			// a line the voice has said (the statement of the intro, again beside the logo) is not said twice
			first.removeIf((line) -> !said.add(line.language() + "\u0000" + line.text()));
			if (!first.isEmpty()) {
				moments.add(new Moment(slot.start() / (double) template.fps(), first));
			}
		}
		return moments;
	}

	/** On-screen text as it is read: the middle dot between date and place becomes a pause. */
	private static String spoken(String text) {
		return text.strip().replace(" · ", ", ").replace('\n', ' ');
	}

	/** Speaks the moments and places the lines in a video of {@code seconds}. */
	public static Narration plan(List<Moment> moments, double seconds, SpeechEngine engine) throws IOException {
		Map<String, float[]> spoken = new HashMap<>();
		List<Cue> first = place(moments, seconds, engine, RATES[0], true, spoken);
		if (fits(first, seconds)) {
			return new Narration(first, RATES[0], false);
		}
		// speech shortens about as the rate grows: skip the rates that cannot be fast enough
		double over = first.get(first.size() - 1).end() / (seconds - TAIL);
		int from = 1;
		while (from < RATES.length - 1 && RATES[from] < RATES[0] * over * 0.9) {
			from++;
		}
		for (int i = from; i < RATES.length; i++) {
			List<Cue> cues = place(moments, seconds, engine, RATES[i], true, spoken);
			if (fits(cues, seconds)) {
				return new Narration(cues, RATES[i], false);
			}
		}
		int fastest = RATES[RATES.length - 1];
		List<Cue> cues = place(moments, seconds, engine, fastest, false, spoken);
		List<Cue> kept = new ArrayList<>();
		for (Cue cue : cues) {
			if (cue.start() < seconds - TAIL - 0.5) {
				kept.add(cue.end() <= seconds - TAIL ? cue : cut(cue, seconds - TAIL));
			}
		}
		boolean anySecond = moments.stream().flatMap((m) -> m.lines().stream()).anyMatch(Line::second);
		return new Narration(kept, fastest, anySecond);
	}

	private static List<Cue> place(List<Moment> moments, double seconds, SpeechEngine engine, int rate,
			boolean withSecond, Map<String, float[]> spoken) throws IOException {
		List<Cue> cues = new ArrayList<>();
		double free = 0;
		for (Moment moment : moments) {
			double at = Math.max(moment.start() + 0.2, free);
			for (Line line : moment.lines()) {
				if (line.second() && !withSecond) {
					continue;
				}
				String key = rate + "\u0000" + line.voice() + "\u0000" + line.text();
				float[] samples = spoken.get(key);
				if (samples == null) {
					samples = trimmed(engine.speak(line.text(), line.voice(), rate));
					spoken.put(key, samples);
				}
				double length = samples.length / (double) SpeechEngine.SAMPLE_RATE;
				cues.add(new Cue(at, at + length, line.text(), line.language(), line.second(), samples));
				at += length + GAP;
			}
			free = at;
		}
		return cues;
	}

	private static boolean fits(List<Cue> cues, double seconds) {
		return cues.isEmpty() || cues.get(cues.size() - 1).end() <= seconds - TAIL;
	}

	private static Cue cut(Cue cue, double end) {
		int length = (int) Math.max(0, (end - cue.start()) * SpeechEngine.SAMPLE_RATE);
		float[] samples = java.util.Arrays.copyOf(cue.samples(), Math.min(length, cue.samples().length));
		int fade = Math.min(samples.length, SpeechEngine.SAMPLE_RATE / 10);
		for (int i = 0; i < fade; i++) {
			samples[samples.length - 1 - i] *= i / (float) fade;
		}
		return new Cue(cue.start(), end, cue.text(), cue.language(), cue.second(), samples);
	}

	/** The voice's samples without the silence the engine puts before and after them. */
	private static float[] trimmed(float[] samples) {
		int from = 0;
		int to = samples.length;
		while (from < to && Math.abs(samples[from]) < 0.002f) {
			from++;
		}
		while (to > from && Math.abs(samples[to - 1]) < 0.002f) {
			to--;
		}
		return java.util.Arrays.copyOfRange(samples, from, to);
	}

	public List<Cue> cues() {
		return this.cues;
	}

	/** Words per minute the lines were spoken at. */
	public int rate() {
		return this.rate;
	}

	/** Whether the second language's lines were left out to fit the video. */
	public boolean secondLeftOut() {
		return this.secondLeftOut;
	}

	/**
	 * The voice laid over {@code bed} (interleaved stereo 16-bit at 48 kHz), the bed ducked under each
	 * line; a new array of the same length.
	 */
	public short[] over(short[] bed) {
		int frames = bed.length / 2;
		float[] gain = new float[frames];
		java.util.Arrays.fill(gain, 1f);
		float[] voice = new float[frames];
		int ramp = (int) (RAMP * SpeechEngine.SAMPLE_RATE);
		for (Cue cue : this.cues) {
			int start = (int) Math.round(cue.start() * SpeechEngine.SAMPLE_RATE);
			int end = Math.min(frames, start + cue.samples().length);
			for (int i = Math.max(0, start - ramp); i < Math.min(frames, end + ramp); i++) {
				float depth;
				if (i < start) {
					depth = (start - i) / (float) ramp;
				}
				else if (i >= end) {
					depth = (i - end) / (float) ramp;
				}
				else {
					depth = 0;
				}
				gain[i] = Math.min(gain[i], DUCKED + (1 - DUCKED) * depth);
			}
			float peak = 0;
			for (float sample : cue.samples()) {
				peak = Math.max(peak, Math.abs(sample));
			}
			float level = peak == 0 ? 0 : Math.min(4f, VOICE_PEAK / peak);
			for (int i = start; i < end; i++) {
				voice[i] += cue.samples()[i - start] * level;
			}
		}
		short[] mixed = new short[bed.length];
		for (int i = 0; i < frames; i++) {
			for (int channel = 0; channel < 2; channel++) {
				double value = bed[2 * i + channel] / 32768.0 * gain[i] + voice[i];
				mixed[2 * i + channel] = AudioBed.toShort(value);
			}
		}
		return mixed;
	}

	/**
	 * The descriptions as WebVTT ({@code kind="descriptions"}): one cue per line spoken, timed to the
	 * voice; a second language's line is marked with its language.
	 */
	public String webVtt() {
		StringBuilder vtt = new StringBuilder("WEBVTT\n");
		int number = 0;
		for (Cue cue : this.cues) {
			String text = cue.text().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
				.replace("-->", "--&gt;").replace('\n', ' ');
			vtt.append('\n').append(++number).append('\n').append(Captions.time(cue.start())).append(" --> ")
				.append(Captions.time(cue.end())).append('\n');
			vtt.append(cue.second() ? "<lang " + cue.language() + ">" + text + "</lang>" : text).append('\n');
		}
		return vtt.toString();
	}

}
