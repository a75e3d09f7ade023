package eu.interreg.cooperationday.studio.render;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import eu.interreg.cooperationday.studio.brand.Art;
import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.brand.LocalisedStrings;
import eu.interreg.cooperationday.studio.programme.Event;
import eu.interreg.cooperationday.studio.programme.Programme;
import eu.interreg.cooperationday.studio.system.FileType;
import eu.interreg.cooperationday.studio.template.TextBinding;
import eu.interreg.cooperationday.studio.video.VideoContent;
import eu.interreg.cooperationday.studio.visibility.LogoMarks;

/**
 * What a programme's video says, in its language and its second: the words the renderer sets and the
 * audio description reads, and the event line as the language writes a date.
 */
final class VideoWords {

	private VideoWords() {
	}

	/** The video's words in its language(s), with {@code art}. */
	static VideoContent of(LocalisedStrings strings, Programme request, FileType logoFormat, LogoMarks marks,
			Map<String, Art> art) {
		Language language = request.language();
		Map<TextBinding, String> texts = new EnumMap<>(TextBinding.class);
		texts.put(TextBinding.PROGRAMME_NAME, request.name());
		texts.put(TextBinding.CAMPAIGN_NAME, strings.get(language, "campaign.name"));
		texts.put(TextBinding.CAMPAIGN_SLOGAN, strings.get(language, "slogan"));
		texts.put(TextBinding.CAMPAIGN_COFUNDED, strings.get(language, "cofunded"));
		Event event = request.event();
		if (event != null && event.title() != null) {
			texts.put(TextBinding.EVENT_TITLE, event.title());
		}
		String details = event == null ? null : details(event, language);
		if (details != null) {
			texts.put(TextBinding.EVENT_DETAILS, details);
		}
		boolean vector = logoFormat == FileType.SVG;
		boolean statement = marks == null || !marks.carriesStatement(vector);
		if (statement) {
			texts.put(TextBinding.PROGRAMME_STATEMENT, strings.get(language, "cofunded"));
		}
		Language other = request.secondLanguage();
		Map<TextBinding, String> second = new EnumMap<>(TextBinding.class);
		if (other != null) {
			second.put(TextBinding.CAMPAIGN_NAME, strings.get(other, "campaign.name"));
			second.put(TextBinding.CAMPAIGN_SLOGAN, strings.get(other, "slogan"));
			second.put(TextBinding.CAMPAIGN_COFUNDED, strings.get(other, "cofunded"));
			if (statement) {
				second.put(TextBinding.PROGRAMME_STATEMENT, strings.get(other, "cofunded"));
			}
			if (request.nameSecond() != null) {
				second.put(TextBinding.PROGRAMME_NAME, request.nameSecond());
			}
		}
		return new VideoContent(texts, art, language.rightToLeft(), second, other != null && other.rightToLeft());
	}

	/** "21 September 2026 · Venue", with the date written the way the language writes it. */
	static String details(Event event, Language language) {
		List<String> parts = new ArrayList<>();
		if (event.date() != null) {
			parts.add(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale())
				.format(event.date()));
		}
		if (event.venue() != null) {
			parts.add(event.venue());
		}
		return parts.isEmpty() ? null : String.join(" · ", parts);
	}

}
