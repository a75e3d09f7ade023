package eu.interreg.cooperationday.studio.video;

import java.util.Map;

import eu.interreg.cooperationday.studio.brand.Art;
import eu.interreg.cooperationday.studio.template.TextBinding;

/**
 * What one video shows, already resolved: the texts for each binding (an absent event leaves its
 * bindings out), the art for each image source ({@code programme:logo}, {@code brand:mark},
 * {@code brand:eu-flag}, or a file of the template), and the direction of the language. A bilingual
 * video has {@code secondTexts}: a binding found there is shown as a pair of lines, the first language
 * leading and the second smaller beneath it (the campaign's words; the name when it has its own).
 */
public record VideoContent(Map<TextBinding, String> texts, Map<String, Art> art, boolean rightToLeft,
		Map<TextBinding, String> secondTexts, boolean secondRightToLeft) {

	public VideoContent {
		texts = Map.copyOf(texts);
		art = Map.copyOf(art);
		secondTexts = Map.copyOf(secondTexts);
	}

	public VideoContent(Map<TextBinding, String> texts, Map<String, Art> art, boolean rightToLeft) {
		this(texts, art, rightToLeft, Map.of(), false);
	}

	/** The same words with other art. */
	public VideoContent withArt(Map<String, Art> other) {
		return new VideoContent(this.texts, other, this.rightToLeft, this.secondTexts, this.secondRightToLeft);
	}

	/**
	 * The same video's words in its second language alone (what its second captions file says): the
	 * second language's texts where it has them, the rest (the event, a name of both) as they are.
	 */
	public VideoContent inSecondLanguage() {
		Map<TextBinding, String> merged = new java.util.EnumMap<>(TextBinding.class);
		merged.putAll(this.texts);
		merged.putAll(this.secondTexts);
		return new VideoContent(merged, this.art, this.secondRightToLeft);
	}

	public boolean hasEvent() {
		return this.texts.keySet().stream().anyMatch(TextBinding::ofEvent);
	}

}
