package eu.interreg.cooperationday.studio.kit.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import eu.interreg.cooperationday.studio.brand.Language;

/**
 * The kit's words per language: ICU MessageFormat patterns from {@code brand-assets/i18n/kit/{code}.properties}
 * (plurals, dates and numbers formatted by the language's own rules). A language without its file speaks
 * English in the kit, as a whole, and says so ({@link #translated}); never a sentence of two languages.
 */
public final class KitWords {

	private final Map<Language, Properties> byLanguage = new EnumMap<>(Language.class);

	private final String digest;

	public KitWords(Path folder) {
		this.digest = FolderDigest.of(folder);
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
				this.byLanguage.put(language, words);
			}
		}
		if (!this.byLanguage.containsKey(Language.EN)) {
			throw new IllegalStateException("The kit has no English words in " + folder);
		}
	}

	/** Whether the kit has its own words in {@code language}. */
	public boolean translated(Language language) {
		return this.byLanguage.containsKey(language);
	}

	/** The language the kit speaks for {@code language}: itself, or English. */
	public Language speaking(Language language) {
		return translated(language) ? language : Language.EN;
	}

	/** The campaign's hashtags in the language the kit speaks for {@code language}, most important first. */
	public List<String> hashtags(Language language) {
		return List.of(words(language).getProperty("hashtags", "").trim().split("\\s+"));
	}

	/** A plain text of the kit ({@code link-in-bio}). */
	public String text(Language language, String key) {
		return words(language).getProperty(key);
	}

	/**
	 * A message formatted in the language the kit speaks for {@code language}; a {@code date} (a
	 * LocalDate) is given as its noon in UTC, which is that same day in every time zone from UTC-11 to UTC+11.
	 */
	public String format(Language language, String key, Map<String, Object> arguments) {
		Language speaking = speaking(language);
		String pattern = words(speaking).getProperty(key);
		if (pattern == null) {
			throw new IllegalArgumentException("No kit text '" + key + "' in " + speaking.code());
		}
		MessageFormat format = new MessageFormat(pattern, ULocale.forLanguageTag(speaking.code()));
		Map<String, Object> args = new java.util.HashMap<>(arguments);
		if (args.get("date") instanceof java.time.LocalDate day) {
			args.put("date", Date.from(day.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC)));
		}
		return format.format(args);
	}

	/** A date as the language writes it in full ({@code 19. September 2026}), in the language the kit speaks. */
	public String date(Language language, java.time.LocalDate day) {
		com.ibm.icu.text.DateFormat format = com.ibm.icu.text.DateFormat.getDateInstance(com.ibm.icu.text.DateFormat.LONG,
				ULocale.forLanguageTag(speaking(language).code()));
		format.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
		return format.format(Date.from(day.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC)));
	}

	/**
	 * The campaign's own handle on {@code platform} ({@code handle.x} and the like in the brand kit's words, a
	 * language's own where it differs, else the English file's), as posts write it; empty when there is none
	 * or it is not a handle on that platform.
	 */
	public java.util.Optional<String> campaignHandle(Language language, eu.interreg.cooperationday.studio.kit.Platform platform) {
		String key = "handle." + platform.name().toLowerCase(java.util.Locale.ROOT);
		String value = words(language).getProperty(key, this.byLanguage.get(Language.EN).getProperty(key));
		return eu.interreg.cooperationday.studio.kit.Handles.check(platform, value);
	}

	private Properties words(Language language) {
		return this.byLanguage.getOrDefault(language, this.byLanguage.get(Language.EN));
	}

	/** A hash of the words' files as they were read: a kit written with other words is another kit. */
	String digest() {
		return this.digest;
	}

}
