package eu.interreg.cooperationday.studio.kit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guide's chapters as translators leave them: each language's folder has English's chapters by the same
 * names, each marked whether a person reviewed it, with as many checklist items and list entries as English
 * and the visibility rule's reference kept; every language the studio offers has its chapters and its kit words.
 */
class GuideChaptersTest {

	static final Path GUIDE = Path.of("brand-assets", "guide");

	static Stream<String> languages() throws Exception {
		try (Stream<Path> folders = Files.list(GUIDE)) {
			return folders.filter(Files::isDirectory).map((f) -> f.getFileName().toString()).sorted().toList().stream();
		}
	}

	static List<String> names(String language) throws Exception {
		try (Stream<Path> files = Files.list(GUIDE.resolve(language))) {
			return files.map((f) -> f.getFileName().toString()).filter((n) -> n.endsWith(".md")).sorted().toList();
		}
	}

	static long count(String text, String prefix) {
		return text.lines().filter((line) -> line.stripLeading().startsWith(prefix)).count();
	}

	@Test
	void everyLanguageTheStudioOffersHasItsChaptersAndItsKitWords() throws Exception {
		List<String> offered = Stream.of(eu.interreg.cooperationday.studio.brand.Language.values())
			.map(eu.interreg.cooperationday.studio.brand.Language::code).sorted().toList();
		assertThat(languages().toList()).isEqualTo(offered);
		assertThat(offered).allMatch((code) -> KitWordsTest.WORDS.translated(
				eu.interreg.cooperationday.studio.brand.Language.fromCode(code).orElseThrow()));
	}

	@ParameterizedTest
	@MethodSource("languages")
	void eachLanguageHasEnglishsChaptersMarkedAndShapedAlike(String language) throws Exception {
		assertThat(names(language)).as(language).isEqualTo(names("en"));
		for (String name : names("en")) {
			String own = Files.readString(GUIDE.resolve(language).resolve(name), StandardCharsets.UTF_8);
			String english = Files.readString(GUIDE.resolve("en").resolve(name), StandardCharsets.UTF_8);
			assertThat(own.lines().findFirst().orElse("")).as(language + "/" + name)
				.matches("<!-- machine-translated: (true|false) -->");
			assertThat(own.lines().filter((line) -> line.startsWith("# ")).count()).as(language + "/" + name + " title").isEqualTo(1);
			assertThat(count(own, "- [ ]")).as(language + "/" + name + " checklist").isEqualTo(count(english, "- [ ]"));
			assertThat(count(own, "- ")).as(language + "/" + name + " list entries").isEqualTo(count(english, "- "));
			assertThat(count(own, "## ")).as(language + "/" + name + " sections").isEqualTo(count(english, "## "));
			if (english.contains("2021/1060")) {
				assertThat(own).as(language + "/" + name).contains("2021/1060");
			}
		}
		// and the guide is written from them: the checklist's first item and no English-fallback note
		eu.interreg.cooperationday.studio.brand.Language guideLanguage = eu.interreg.cooperationday.studio.brand.Language
			.fromCode(language).orElseThrow();
		String checklist = Files.readString(GUIDE.resolve(language).resolve("03-checklist.md"), StandardCharsets.UTF_8);
		String first = checklist.lines().filter((line) -> line.startsWith("- [ ]")).findFirst().orElseThrow().substring(6);
		String text = GuideTest.text(GuideTest.WRITER.write(GuideTest.input(guideLanguage), java.time.Instant.EPOCH))
			.replaceAll("\\s+", " ");
		assertThat(text).as(language).contains(first.substring(0, Math.min(first.length(), 40)).replaceAll("\\s+", " "));
	}

}
