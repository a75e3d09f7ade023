package eu.interreg.cooperationday.studio.brand;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;


/**
 * The campaign's words in every supported language, from {@code brand-assets/i18n/{code}.properties}
 * (UTF-8). A key missing in a language falls back to English; English must have every key. Files
 * marked {@code machine-translated=true} await review by a native speaker.
 */
public final class LocalisedStrings {

	private final Map<Language, Properties> byLanguage;

	private LocalisedStrings(Map<Language, Properties> byLanguage) {
		this.byLanguage = byLanguage;
	}

	public static LocalisedStrings load(Path directory) {
		Map<Language, Properties> map = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			Path file = directory.resolve(language.code() + ".properties");
			if (Files.isRegularFile(file)) {
				Properties properties = new Properties();
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					properties.load(reader);
				}
				catch (IOException ex) {
					throw new IllegalStateException("Cannot read " + file, ex);
				}
				map.put(language, properties);
			}
		}
		if (!map.containsKey(Language.EN)) {
			throw new IllegalStateException("The English strings are missing from " + directory);
		}
		return new LocalisedStrings(map);
	}

	/** The string for {@code key} in {@code language}, else in English. */
	public String get(Language language, String key) {
		Properties own = this.byLanguage.get(language);
		String value = (own != null) ? own.getProperty(key) : null;
		if (value == null) {
			value = this.byLanguage.get(Language.EN).getProperty(key);
		}
		if (value == null) {
			throw new IllegalArgumentException("No string '" + key + "' in the brand kit");
		}
		return value;
	}

	/** Whether {@code language} has its own value for {@code key} (not the English fallback). */
	public boolean has(Language language, String key) {
		Properties own = this.byLanguage.get(language);
		return own != null && own.getProperty(key) != null;
	}

}
