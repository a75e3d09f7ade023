package eu.interreg.cooperationday.studio.kit;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.kit.internal.KitWords;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every language's kit words, as a translator left them: the same keys as English, marked whether a person
 * reviewed them, and every message formats (ICU MessageFormat: quotes, plurals, selects) into text with no
 * placeholder or quote left over, for one day and for many.
 */
class KitWordsTest {

	static final Path KIT = Path.of("brand-assets", "i18n", "kit");

	static final KitWords WORDS = new KitWords(KIT);

	static Properties read(Language language) throws Exception {
		Properties words = new Properties();
		try (Reader in = Files.newBufferedReader(KIT.resolve(language.code() + ".properties"), StandardCharsets.UTF_8)) {
			words.load(in);
		}
		return words;
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void eachTranslatedLanguageHasEveryKeyAndEveryMessageFormats(Language language) throws Exception {
		if (!WORDS.translated(language)) {
			assertThat(Files.exists(KIT.resolve(language.code() + ".properties"))).isFalse();
			return;
		}
		Properties english = read(Language.EN);
		Properties own = read(language);
		Set<String> expected = new TreeSet<>(english.stringPropertyNames());
		expected.removeIf((key) -> key.startsWith("handle."));
		Set<String> present = new TreeSet<>(own.stringPropertyNames());
		present.removeIf((key) -> key.startsWith("handle."));
		assertThat(present).as(language.code() + " has the English keys").isEqualTo(expected);
		assertThat(own.getProperty("machine-translated")).isIn("true", "false");
		for (String key : expected) {
			if (key.equals("machine-translated") || key.equals("hashtags")) {
				continue;
			}
			for (int days : new int[] { 1, 2, 5, 7, 21 }) {
				for (String place : new String[] { "Kleve", "none" }) {
					Map<String, Object> arguments = new HashMap<>();
					arguments.put("programme", "Interreg Test");
					arguments.put("title", "Grenzfest");
					arguments.put("place", place);
					arguments.put("date", LocalDate.of(2026, 9, 19));
					arguments.put("days", days);
					arguments.put("moment", "the announcement");
					arguments.put("file", "Poster");
					arguments.put("language", language.ownName());
					arguments.put("year", "2026");
					arguments.put("page", 3);
					String text = WORDS.format(language, key, arguments);
					assertThat(text).as(language.code() + " " + key).isNotBlank().doesNotContain("{").doesNotContain("}")
						.doesNotContain("''");
					if (own.getProperty(key).contains("{title}")) {
						assertThat(text).as(language.code() + " " + key + " names the event").contains("Grenzfest");
					}
					if (own.getProperty(key).contains("{days")) {
						assertThat(text).as(language.code() + " " + key + " counts the days").contains(String.valueOf(days));
					}
				}
			}
		}
		assertThat(WORDS.hashtags(language)).allMatch((tag) -> tag.startsWith("#")).contains("#CooperationDay");
	}

}
