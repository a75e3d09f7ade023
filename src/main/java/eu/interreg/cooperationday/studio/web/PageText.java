package eu.interreg.cooperationday.studio.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.brand.LocalisedStrings;

/**
 * The words of the public pages: in English, plus the visitor's language where the brand kit has the
 * page strings ({@code ui.*}; at least the EU languages). The second language comes from the request's
 * language on its status page, and from the choice in the form or the browser's languages before that.
 */
@Component
class PageText {

	static final List<String> KEYS = List.of("title", "programme-name", "language", "contact-email", "logo", "event",
			"submit", "status", "downloads", "download-all");

	private final LocalisedStrings strings;

	PageText(BrandKit brand) {
		this.strings = brand.strings();
	}

	/** A text in English and, when there is one that reads differently, in the other language. */
	record Bilingual(String en, String local, String lang) {
	}

	Map<String, Bilingual> texts(Language language) {
		Map<String, Bilingual> texts = new LinkedHashMap<>();
		for (String key : KEYS) {
			String english = this.strings.get(Language.EN, "ui." + key);
			String local = (language != null && language != Language.EN && this.strings.has(language, "ui." + key))
					? this.strings.get(language, "ui." + key) : null;
			if (english.equals(local)) {
				local = null; // "Status · Status" says nothing twice
			}
			texts.put(key, new Bilingual(english, local, language == null ? "en" : language.code()));
		}
		return texts;
	}

	/** The page strings of {@code language} ({@code ui.*} keys without the prefix); empty for English or none. */
	Map<String, String> local(Language language) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (Map.Entry<String, Bilingual> text : texts(language).entrySet()) {
			if (text.getValue().local() != null) {
				texts.put(text.getKey(), text.getValue().local());
			}
		}
		return texts;
	}

	/** The language to show beside English: the chosen one, else the browser's first supported one. */
	Language pick(String chosen, List<Locale.LanguageRange> browser) {
		Language language = Language.fromCode(chosen).orElse(null);
		if (language != null) {
			return language;
		}
		for (Locale.LanguageRange range : browser) {
			String code = range.getRange().split("-")[0];
			Language candidate = Language.fromCode(code).orElse(null);
			if (candidate != null && candidate != Language.EN && this.strings.has(candidate, "ui.title")) {
				return candidate;
			}
		}
		return null;
	}

}
