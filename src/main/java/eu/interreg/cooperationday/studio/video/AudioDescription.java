package eu.interreg.cooperationday.studio.video;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import eu.interreg.cooperationday.studio.template.VideoTemplate;
import eu.interreg.cooperationday.studio.video.internal.AudioTracks;
import eu.interreg.cooperationday.studio.video.internal.Narration;
import eu.interreg.cooperationday.studio.video.internal.SegmentMuxer;

/**
 * The audio-described video (WCAG 2.2, 1.2.5): a finished video's pictures, copied as they are, with its
 * music ducked under a voice that reads what each scene shows, in the video's language and its second;
 * and the WebVTT descriptions of what the voice says. Plain Java, no Spring; thread-safe.
 */
public final class AudioDescription {

	private final SpeechEngine speech;

	private final AudioTracks music = new AudioTracks();

	public AudioDescription(SpeechEngine speech) {
		this.speech = speech;
	}

	/** The voice. */
	public SpeechEngine speech() {
		return this.speech;
	}

	/**
	 * How a description was spoken: lines, words per minute, whether the second language's lines were left
	 * out to fit; and its WebVTT descriptions.
	 */
	public record Described(int lines, int wordsPerMinute, boolean secondLanguageLeftOut, String webVtt) {
	}

	/** Whether the voice speaks every one of {@code languages} (ISO 639-1). */
	public boolean speaks(String... languages) {
		return Stream.of(languages).allMatch((code) -> this.speech.voice(code).isPresent());
	}

	/**
	 * Writes the audio-described variant of a finished video ({@code picture}, an MP4 the renderer made
	 * of {@code template}) to {@code output}, in {@code language} and {@code secondLanguage} (ISO 639-1;
	 * null when there is none).
	 *
	 * @throws IllegalStateException when the voice lacks one of the languages (see {@link #speaks})
	 */
	public Described render(VideoTemplate template, VideoContent content, String language, String secondLanguage,
			Path picture, Path output) throws IOException {
		Narration narration = narration(template, content, language, secondLanguage);
		Path audio = output.resolveSibling(output.getFileName() + ".described.m4a");
		try {
			Files.write(audio, AudioTracks.encode(narration.over(this.music.bed(template)), true));
			SegmentMuxer.stitch(List.of(new SegmentMuxer.Part(picture, 0)), audio, output, template.fps());
		}
		finally {
			Files.deleteIfExists(audio);
		}
		return new Described(narration.cues().size(), narration.rate(), narration.secondLeftOut(), narration.webVtt());
	}

	/** The WebVTT descriptions ({@code kind="descriptions"}): what the voice says, when. */
	public String descriptions(VideoTemplate template, VideoContent content, String language, String secondLanguage)
			throws IOException {
		return narration(template, content, language, secondLanguage).webVtt();
	}

	private Narration narration(VideoTemplate template, VideoContent content, String language, String secondLanguage)
			throws IOException {
		// only the words and the schedule count: the content's art is not needed (nor drawn)
		String voice = voice(language);
		String secondVoice = secondLanguage == null ? null : voice(secondLanguage);
		return Narration.plan(Narration.moments(template, content, language, voice, secondLanguage, secondVoice),
				template.frameCount() / (double) template.fps(), this.speech);
	}

	private String voice(String language) {
		return this.speech.voice(language)
			.orElseThrow(() -> new IllegalStateException("The voice " + this.speech.id() + " does not speak " + language
					+ (this.speech.unavailable() == null ? "" : ": " + this.speech.unavailable())));
	}

}
