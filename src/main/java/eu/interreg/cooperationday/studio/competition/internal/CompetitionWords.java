package eu.interreg.cooperationday.studio.competition.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import eu.interreg.cooperationday.studio.brand.Language;

/**
 * The competition's words per language: ICU MessageFormat patterns from
 * {@code brand-assets/competition/{code}.properties}, read when the studio starts. A language without its
 * file gets the English words as a whole ({@link #speaking}), never a sentence of two languages.
 */
final class CompetitionWords {

	private final Map<String, Properties> byLanguage = new HashMap<>();

	CompetitionWords(Path folder) {
		for (Language language : Language.values()) {
			Path file = folder.resolve(language.code() + ".properties");
			if (Files.isRegularFile(file)) {
				Properties words = new Properties();
				try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					words.load(in);
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Could not read " + file, ex);
				}
				this.byLanguage.put(language.code(), words);
			}
		}
		if (!this.byLanguage.containsKey("en")) {
			throw new IllegalStateException("The competition has no English words in " + folder);
		}
	}

	/** The language the competition speaks for {@code code}: itself when it has its words, else English. */
	String speaking(String code) {
		return code != null && this.byLanguage.containsKey(code) ? code : "en";
	}

	/**
	 * A message in the language spoken for {@code code}; a {@code date} argument (a LocalDate) is given as
	 * its noon in UTC, that same day in every zone the campaign has.
	 */
	String format(String code, String key, Map<String, Object> arguments) {
		String speaking = speaking(code);
		String pattern = this.byLanguage.get(speaking).getProperty(key);
		if (pattern == null) {
			throw new IllegalArgumentException("No competition text '" + key + "' in " + speaking);
		}
		Map<String, Object> args = new HashMap<>(arguments);
		args.replaceAll((name, value) -> value instanceof LocalDate day
				? Date.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC)) : value);
		return new MessageFormat(pattern, ULocale.forLanguageTag(speaking)).format(args);
	}

	String text(String code, String key) {
		return format(code, key, Map.of());
	}

}
