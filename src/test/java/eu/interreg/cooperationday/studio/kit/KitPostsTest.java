package eu.interreg.cooperationday.studio.kit;

import java.nio.file.Files;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.kit.KitPosts.EventInfo;
import eu.interreg.cooperationday.studio.kit.KitPosts.FileLink;
import eu.interreg.cooperationday.studio.kit.KitPosts.ProgrammeInfo;
import eu.interreg.cooperationday.studio.kit.internal.KitWords;
import eu.interreg.cooperationday.studio.kit.internal.PostFiles;
import eu.interreg.cooperationday.studio.kit.internal.PostingCalendar;
import eu.interreg.cooperationday.studio.programme.internal.CsvReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The posts of one bilingual (de+nl) programme with two events, as a communicator gets them; they are
 * also written to {@code target/test-output/kit/} to be read.
 */
class KitPostsTest {

	static final KitWords WORDS = new KitWords(Path.of("brand-assets", "i18n", "kit"));

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static ProgrammeInfo programme(String name, Language... languages) {
		return new ProgrammeInfo(name, List.of(languages),
				List.of(new EventInfo("Grenzfest am Rhein", LocalDate.of(2026, 9, 19), "Kleve", BERLIN),
						new EventInfo("Fietstocht over de grens", LocalDate.of(2026, 9, 26), "Nijmegen", ZoneId.of("Europe/Amsterdam"))),
				"https://studio.example/p/interreg-deutschland-nederland-k7q2m9xw4t",
				new FileLink("file.square", "https://studio.example/d/square"),
				new FileLink("file.story", "https://studio.example/d/story"),
				new FileLink("file.video", "https://studio.example/d/video"));
	}

	@Test
	void aBilingualProgrammeGetsItsPostsInBothLanguagesAlongTheArc() throws Exception {
		List<Post> posts = new KitPosts(WORDS).posts(programme("Interreg Deutschland-Nederland", Language.DE, Language.NL));
		assertThat(posts).hasSize(2 * 6 * Platform.values().length);
		Post countdown = posts.stream().filter((p) -> p.language().equals("de") && p.moment() == Post.Moment.COUNTDOWN
				&& p.platform() == Platform.X).findFirst().orElseThrow();
		assertThat(countdown.text()).startsWith("Noch 7 Tage: Grenzfest am Rhein, 19. September 2026, Kleve.")
			.contains("https://studio.example/p/").contains("#CooperationDay");
		assertThat(countdown.when()).hasToString("2026-09-12T10:00+02:00[Europe/Berlin]");
		assertThat(countdown.file()).as("named in the post's language").isEqualTo("Quadratisches Bild 1080x1080");
		assertThat(countdown.altText()).startsWith("Bild von Interreg Deutschland-Nederland zum Interreg-Kooperationstag");
		Post dutch = posts.stream().filter((p) -> p.language().equals("nl") && p.moment() == Post.Moment.EVENT
				&& p.platform() == Platform.INSTAGRAM).findFirst().orElseThrow();
		assertThat(dutch.text()).startsWith("Ook op het programma van Interreg Deutschland-Nederland: Fietstocht over de grens, "
				+ "26 september 2026 in Nijmegen.").contains("Link in bio.").doesNotContain("https://");
		assertThat(dutch.file()).isEqualTo("Story-afbeelding 1080x1920");
		assertThat(dutch.when().toLocalDate()).isEqualTo(LocalDate.of(2026, 9, 23));
		Post dayOf = posts.stream().filter((p) -> p.moment() == Post.Moment.DAY_OF).findFirst().orElseThrow();
		assertThat(dayOf.file()).isEqualTo("Video 16:9");
		assertThat(dayOf.altText()).contains("15 Sekunden");

		String csv = PostFiles.csv(posts);
		List<CsvReader.Row> rows = CsvReader.read(csv);
		assertThat(rows).hasSize(posts.size() + 1);
		assertThat(rows.get(0).fields()).containsExactly("platform", "date", "time", "time_zone", "language", "moment",
				"text", "file", "file_url", "alt_text");
		assertThat(rows.get(1).fields().get(6)).isEqualTo(posts.get(0).text());
		Path out = Files.createDirectories(Path.of("target", "test-output", "kit"));
		Files.writeString(out.resolve("posts-de-nl.csv"), csv);
		Files.writeString(out.resolve("posts-de-nl.md"), PostFiles.markdown("Interreg Deutschland-Nederland", posts, List.of()));
	}

	@Test
	void aLongNameIsShortenedAtAWordBoundaryWhereItDoesNotFitAndFewerHashtagsGo() {
		String name = "Interreg VI-A Programme for the Cooperation of the Regions along the Border of Many Neighbouring "
				+ "Countries 2021–2027";
		List<Post> posts = new KitPosts(WORDS).posts(new ProgrammeInfo(name, List.of(Language.EN),
				List.of(new EventInfo("An afternoon of talks, music and food about what cooperation across the border has "
						+ "built in our towns and villages over thirty years of Interreg", LocalDate.of(2026, 9, 19),
						"Town hall, Marktplatz 1, 47533 Kleve, Germany", BERLIN)),
				"https://studio.example/p/x", new FileLink("Square", "https://studio.example/d/s"),
				new FileLink("Story", "https://studio.example/d/t"), new FileLink("Video", "https://studio.example/d/v")));
		Post x = posts.stream().filter((p) -> p.platform() == Platform.X && p.moment() == Post.Moment.ANNOUNCEMENT)
			.findFirst().orElseThrow();
		assertThat(Platform.X.length(x.text())).isLessThanOrEqualTo(280);
		assertThat(x.text()).contains("…").doesNotContainPattern("\\w…\\w");
		Post linkedIn = posts.stream().filter((p) -> p.platform() == Platform.LINKEDIN && p.moment() == Post.Moment.ANNOUNCEMENT)
			.findFirst().orElseThrow();
		assertThat(linkedIn.text()).startsWith(name + " takes part").doesNotContain("…");
		assertThat(linkedIn.hashtags()).hasSize(5);
	}

	@Test
	void theCampaignsHandlesFromTheBrandKitFollowTheProgrammesWhereThePlatformTakesThem(@org.junit.jupiter.api.io.TempDir Path kit)
			throws Exception {
		try (var files = Files.list(Path.of("brand-assets", "i18n", "kit"))) {
			for (Path file : files.toList()) {
				Files.copy(file, kit.resolve(file.getFileName()));
			}
		}
		String english = Files.readString(kit.resolve("en.properties"))
			.replace("handle.x=\n", "handle.x=@CoopDay\n")
			.replace("handle.mastodon=\n", "handle.mastodon=@cooperationday@social.example\n")
			.replace("handle.instagram=\n", "handle.instagram=not a handle!\n");
		Files.writeString(kit.resolve("en.properties"), english);
		Files.writeString(kit.resolve("de.properties"), Files.readString(kit.resolve("de.properties")) + "\nhandle.x=@KoopTag\n");
		KitWords words = new KitWords(kit);
		ProgrammeInfo info = programme("Interreg Deutschland-Nederland", Language.DE, Language.NL);
		ProgrammeInfo withOwn = new ProgrammeInfo(info.name(), info.languages(), info.events(), info.link(), info.square(),
				info.story(), info.video(), java.util.Map.of(Platform.X, "@interreg_dnl"));
		List<Post> posts = new KitPosts(words).posts(withOwn);
		Post germanX = posts.stream().filter((p) -> p.language().equals("de") && p.platform() == Platform.X).findFirst().orElseThrow();
		assertThat(germanX.text()).as("the programme's first, then the campaign's own in German").contains("@interreg_dnl @KoopTag")
			.doesNotContain("@CoopDay");
		Post dutchX = posts.stream().filter((p) -> p.language().equals("nl") && p.platform() == Platform.X).findFirst().orElseThrow();
		assertThat(dutchX.text()).as("Dutch has none of its own: the English file's").contains("@interreg_dnl @CoopDay");
		assertThat(posts).filteredOn((p) -> p.platform() == Platform.MASTODON)
			.allSatisfy((p) -> assertThat(p.text()).contains("@cooperationday@social.example"));
		assertThat(posts).filteredOn((p) -> p.platform() == Platform.INSTAGRAM || p.platform() == Platform.LINKEDIN)
			.as("not a handle on Instagram; LinkedIn mentions none").allSatisfy((p) -> assertThat(p.text()).doesNotContain("@"));
		assertThat(posts).allSatisfy((p) -> assertThat(p.platform().length(p.text())).isLessThanOrEqualTo(p.platform().limit()));
		assertThat(KitPosts.handles("@same", "@SAME")).isEqualTo("@same");
		assertThat(new KitPosts(WORDS).posts(withOwn)).as("the bundled kit names no campaign handle")
			.allSatisfy((p) -> assertThat(p.text()).doesNotContain("@CoopDay"));
	}

	@Test
	void spanishItalianPortugueseAndPolishPostsAreWrittenInTheirLanguageWithTheirPluralsAndDates() {
		Post polish = new KitPosts(WORDS).posts(programme("Interreg Polska-Słowacja", Language.PL))
			.stream().filter((p) -> p.moment() == Post.Moment.COUNTDOWN && p.platform() == Platform.MASTODON).findFirst().orElseThrow();
		assertThat(polish.language()).isEqualTo("pl");
		assertThat(polish.text()).startsWith("Jeszcze 7 dni: Grenzfest am Rhein, 19 września 2026, Kleve.");
		assertThat(polish.file()).isEqualTo("Grafika kwadratowa 1080x1080");
		Post spanish = new KitPosts(WORDS).posts(programme("Interreg España-Portugal", Language.ES))
			.stream().filter((p) -> p.moment() == Post.Moment.ANNOUNCEMENT && p.platform() == Platform.LINKEDIN).findFirst().orElseThrow();
		assertThat(spanish.text()).startsWith("Interreg España-Portugal participa en el Día de la Cooperación Interreg: "
				+ "Grenzfest am Rhein, el 19 de septiembre de 2026 en Kleve.");
		Post italian = new KitPosts(WORDS).posts(programme("Interreg Italia-Austria", Language.IT))
			.stream().filter((p) -> p.moment() == Post.Moment.COUNTDOWN && p.platform() == Platform.LINKEDIN).findFirst().orElseThrow();
		assertThat(italian.text()).startsWith("Mancano 7 giorni: Grenzfest am Rhein, 19 settembre 2026, Kleve.");
		assertThat(italian.altText()).contains("«Cooperazione oltre i confini»");
		Post portuguese = new KitPosts(WORDS).posts(programme("Interreg España-Portugal", Language.PT))
			.stream().filter((p) -> p.moment() == Post.Moment.DAY_OF && p.platform() == Platform.INSTAGRAM).findFirst().orElseThrow();
		assertThat(portuguese.text()).startsWith("Hoje é o Dia da Cooperação Interreg! Encontre Interreg España-Portugal em "
				+ "Grenzfest am Rhein em Kleve.").contains("Link na bio.");
	}

	/** A kit folder holding English alone, as a language's words are before a translator gives them. */
	static KitWords englishOnly(Path folder) throws java.io.IOException {
		Files.copy(Path.of("brand-assets", "i18n", "kit", "en.properties"), folder.resolve("en.properties"));
		return new KitWords(folder);
	}

	@Test
	void aLanguageWithoutKitWordsGetsTheWholeKitInEnglish(@TempDir Path folder) throws Exception {
		KitWords english = englishOnly(folder);
		assertThat(english.translated(Language.SE)).isFalse();
		List<Post> posts = new KitPosts(english).posts(programme("Interreg Aurora", Language.SE));
		assertThat(posts).allSatisfy((p) -> assertThat(p.language()).isEqualTo("en"));
		assertThat(posts.get(0).text()).startsWith("Interreg Aurora takes part in Interreg Cooperation Day");
	}

	@Test
	void northernSamiCountsDaysWithItsDualAndNamesThingsAfterAColon() {
		assertThat(WORDS.translated(Language.SE)).isTrue();
		List<Post> posts = new KitPosts(WORDS).posts(programme("Interreg Aurora", Language.SE));
		assertThat(posts).allSatisfy((p) -> assertThat(p.language()).isEqualTo("se"));
		Post countdown = posts.stream().filter((p) -> p.moment() == Post.Moment.COUNTDOWN && p.platform() == Platform.LINKEDIN)
			.findFirst().orElseThrow();
		assertThat(countdown.text()).startsWith("Vel 7 beaivvi: Grenzfest am Rhein, ").contains("Kleve. Ovttasbargu rájáid rastá");
		assertThat(WORDS.format(Language.SE, "post.countdown", java.util.Map.of("days", 2, "title", "Grenzfest",
				"date", LocalDate.of(2026, 9, 19), "place", "none"))).startsWith("Vel guokte beaivvi: Grenzfest");
		assertThat(posts.get(0).text()).startsWith("Interreg Aurora searvá Interreg ovttasbarggu beaivái: Grenzfest am Rhein");
		assertThat(posts.get(0).altText()).contains("«Ovttasbargu rájáid rastá»");
	}

	@Test
	void thePostingCalendarHasAnEntryPerPostWithAnAlarmAndKeepsItsUidsWhenTheEventChanges() throws Exception {
		KitPosts kit = new KitPosts(WORDS);
		List<Post> before = kit.posts(new ProgrammeInfo("Interreg Deutschland-Nederland", List.of(Language.DE),
				List.of(new EventInfo("ev1", "Grenzfest", LocalDate.of(2026, 9, 19), "Kleve", BERLIN, 0)), "https://s/p/x",
				new FileLink("Square", "https://s/d/a"), new FileLink("Story", "https://s/d/b"), new FileLink("Video", "https://s/d/c")));
		List<Post> after = kit.posts(new ProgrammeInfo("Interreg Deutschland-Nederland", List.of(Language.DE),
				List.of(new EventInfo("ev1", "Grenzfest", LocalDate.of(2026, 9, 20), "Emmerich", BERLIN, 1)), "https://s/p/x",
				new FileLink("Square", "https://s/d/a"), new FileLink("Story", "https://s/d/b"), new FileLink("Video", "https://s/d/c")));
		Calendar first = new CalendarBuilder().build(new StringReader(
				PostingCalendar.write("Interreg Deutschland-Nederland", before, "studio.example", java.time.Instant.EPOCH)));
		Calendar second = new CalendarBuilder().build(new StringReader(
				PostingCalendar.write("Interreg Deutschland-Nederland", after, "studio.example", java.time.Instant.EPOCH)));
		assertThat(first.validate().hasErrors()).as(first.validate().toString()).isFalse();
		List<VEvent> entries = first.getComponents("VEVENT");
		assertThat(entries).hasSize(before.size());
		VEvent countdown = entries.stream().filter((e) -> value(e, Property.UID).equals("ev1-countdown-x-de@studio.example"))
			.findFirst().orElseThrow();
		assertThat(value(countdown, Property.DTSTART)).as("10:00 in Berlin in September").isEqualTo("20260912T080000Z");
		assertThat(value(countdown, Property.DESCRIPTION)).startsWith("Noch 7 Tage: Grenzfest");
		assertThat(countdown.getAlarms()).singleElement()
			.satisfies((alarm) -> assertThat(alarm.<Property>getProperty(Property.TRIGGER).orElseThrow().getValue()).isEqualTo("-PT15M"));
		List<VEvent> changed = second.getComponents("VEVENT");
		assertThat(changed.stream().map((e) -> value(e, Property.UID)).toList())
			.isEqualTo(entries.stream().map((e) -> value(e, Property.UID)).toList());
		assertThat(changed).allSatisfy((e) -> assertThat(value(e, Property.SEQUENCE)).isEqualTo("1"));
		assertThat(changed.stream().filter((e) -> value(e, Property.UID).equals("ev1-countdown-x-de@studio.example"))
			.map((e) -> value(e, Property.DTSTART))).containsExactly("20260913T080000Z");
	}

	private static String value(VEvent event, String property) {
		return event.<Property>getProperty(property).orElseThrow().getValue();
	}

	@Test
	void platformsCountAsTheyDo() {
		assertThat(Platform.X.length("Hi https://example.org/a/very/long/path/that/is/long " + "中文")).isEqualTo(3 + 23 + 1 + 4);
		assertThat(Platform.BLUESKY.length("👨‍👩‍👧 é")).isEqualTo(3);
		assertThat(Platform.MASTODON.length("see https://example.org/" + "x".repeat(100))).isEqualTo(4 + 23);
	}

}
