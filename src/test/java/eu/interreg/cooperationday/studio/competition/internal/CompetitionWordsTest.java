package eu.interreg.cooperationday.studio.competition.internal;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The competition's words as translators leave them: each language's file has English's keys, is marked
 * machine-translated until reviewed, and every message formats for each rank with nothing of its pattern
 * left (a brace or a doubled apostrophe would say a quote went wrong).
 */
class CompetitionWordsTest {

	static final Path FOLDER = Path.of("brand-assets", "competition");

	static final CompetitionWords WORDS = new CompetitionWords(FOLDER);

	/** Every argument a message may name. */
	static final Map<String, Object> ARGUMENTS = Map.ofEntries(Map.entry("edition", "2026"), Map.entry("event", "Grenzfest"),
			Map.entry("programme", "Interreg A"), Map.entry("category", "Best local event"),
			Map.entry("date", LocalDate.of(2026, 9, 19)), Map.entry("link", "https://s/x"), Map.entry("hours", 24L),
			Map.entry("links", "- a: https://s/a"), Map.entry("results", "https://s/r"), Map.entry("reason", "No photo."),
			Map.entry("when", "1 September 2026, 09:00"), Map.entry("then", "20 October 2026, 09:00"));

	static Stream<String> languages() throws Exception {
		try (Stream<Path> files = Files.list(FOLDER)) {
			return files.map((f) -> f.getFileName().toString()).filter((n) -> n.endsWith(".properties"))
				.map((n) -> n.substring(0, n.indexOf('.'))).sorted().toList().stream();
		}
	}

	static Properties read(String language) throws Exception {
		Properties words = new Properties();
		try (Reader in = Files.newBufferedReader(FOLDER.resolve(language + ".properties"), StandardCharsets.UTF_8)) {
			words.load(in);
		}
		return words;
	}

	@ParameterizedTest
	@MethodSource("languages")
	void everyMessageFormatsForEachRank(String language) throws Exception {
		Properties english = read("en");
		Properties own = read(language);
		Set<String> keys = english.stringPropertyNames();
		assertThat(own.stringPropertyNames()).as(language).containsAll(keys);
		if (!language.equals("en")) {
			assertThat(own.getProperty("machine-translated")).as(language).isIn("true", "false");
		}
		assertThat(WORDS.speaking(language)).isEqualTo(language);
		for (String key : keys) {
			for (String rank : new String[] { "1", "2", "3" }) {
				Map<String, Object> arguments = new java.util.HashMap<>(ARGUMENTS);
				arguments.put("rank", rank);
				String text = WORDS.format(language, key, arguments);
				assertThat(text).as(language + " " + key).doesNotContain("{").doesNotContain("}").doesNotContain("''")
					.isNotBlank();
			}
		}
		assertThat(WORDS.format(language, "rank", Map.of("rank", "1")))
			.isNotEqualTo(WORDS.format(language, "rank", Map.of("rank", "2")));
	}

	@org.junit.jupiter.api.Test
	void everyLanguageTheStudioOffersHasItsWordsAndAnyOtherGetsEnglishAsAWhole() throws Exception {
		Set<String> offered = new java.util.TreeSet<>();
		for (eu.interreg.cooperationday.studio.brand.Language language : eu.interreg.cooperationday.studio.brand.Language.values()) {
			offered.add(language.code());
		}
		assertThat(languages().toList()).containsExactlyElementsOf(offered);
		assertThat(WORDS.speaking("xx")).isEqualTo("en");
		assertThat(WORDS.format("xx", "rank", Map.of("rank", "1"))).isEqualTo("Winner");
	}

}
