package eu.interreg.cooperationday.studio.kit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.kit.KitPosts.EventInfo;
import eu.interreg.cooperationday.studio.kit.KitPosts.FileLink;
import eu.interreg.cooperationday.studio.kit.KitPosts.ProgrammeInfo;
import eu.interreg.cooperationday.studio.kit.internal.KitWords;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over every language of the studio, 200 programme names of up to 120 characters in every script the
 * campaign meets (and emoji, and names without a space) and events of up to 200 characters: no post is
 * over its platform's limit as the platform counts, none is empty, every file has its alt text in the
 * post's language within 1,000 characters, and each hashtag appears once.
 */
class KitPostsPropertiesTest {

	static final KitWords WORDS = new KitWords(Path.of("brand-assets", "i18n", "kit"));

	static final KitPosts POSTS = new KitPosts(WORDS);

	static final Pattern HASHTAG = Pattern.compile("#[\\p{L}\\p{N}_]+");

	@Property(tries = 200)
	void everyPostFitsItsPlatformAndCarriesItsAltText(@ForAll("names") String name, @ForAll("languages") Language first,
			@ForAll("languages") Language second, @ForAll("events") List<EventInfo> events) {
		List<Language> languages = first == second ? List.of(first) : List.of(first, second);
		ProgrammeInfo programme = new ProgrammeInfo(name, languages, events,
				"https://studio.example/p/interreg-programme-k7q2m9xw4t",
				new FileLink("Square image", "https://studio.example/d/aaaaaaaaaaaaaaaaaaaaaa"),
				new FileLink("Story image", "https://studio.example/d/bbbbbbbbbbbbbbbbbbbbbb"),
				new FileLink("Video", "https://studio.example/d/cccccccccccccccccccccc"),
				java.util.Map.of(Platform.X, "@interreg_abcdefg", Platform.MASTODON, "@interreg_cooperation_day_2026@social.example",
						Platform.BLUESKY, "@interreg-cooperation-day.bsky.social", Platform.INSTAGRAM, "@interreg.cooperation.day"));
		List<Post> posts = POSTS.posts(programme);
		assertThat(posts).hasSize(languages.size() * (5 + events.size() - 1) * Platform.values().length);
		for (Post post : posts) {
			assertThat(post.platform().length(post.text())).as("%s on %s: %s", post.moment(), post.platform(), post.text())
				.isLessThanOrEqualTo(post.platform().limit());
			assertThat(post.text()).isNotBlank();
			assertThat(post.altText()).isNotBlank().hasSizeLessThanOrEqualTo(KitPosts.MAX_ALT_TEXT);
			assertThat(post.language()).isEqualTo(WORDS.speaking(Language.fromCode(post.language()).orElseThrow()).code());
			Set<String> seen = new HashSet<>();
			for (String tag : post.hashtags()) {
				assertThat(seen.add(tag.toLowerCase(Locale.ROOT))).as("%s once in %s", tag, post.text()).isTrue();
				assertThat(count(post.text().toLowerCase(Locale.ROOT), tag.toLowerCase(Locale.ROOT))).as(post.text()).isEqualTo(1);
			}
			if (post.platform() == Platform.INSTAGRAM) {
				assertThat(post.text()).doesNotContain("https://");
			}
			else {
				assertThat(post.text()).contains(programme.link());
			}
		}
	}

	private static int count(String text, String tag) {
		Matcher found = Pattern.compile(Pattern.quote(tag) + "(?![\\p{L}\\p{N}_])").matcher(text);
		int count = 0;
		while (found.find()) {
			count++;
		}
		return count;
	}

	@Provide
	Arbitrary<Language> languages() {
		return Arbitraries.of(Language.values());
	}

	@Provide
	Arbitrary<String> names() {
		Arbitrary<String> scripts = Arbitraries.strings()
			.withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('À', 'ž').withCharRange('Α', 'ω')
			.withCharRange('А', 'я').withCharRange('Ա', 'ֆ').withCharRange('ა', 'ჰ').withCharRange('א', 'ת')
			.withCharRange('ء', 'ي').withCharRange('一', '龥').withChars(' ', ' ', ' ', '-', '#', '–', '\'', '&')
			.ofMinLength(1)
			.ofMaxLength(120)
			.filter((s) -> !s.isBlank());
		Arbitrary<String> emoji = Arbitraries.of("Interreg 🇪🇺 Euregio 👨‍👩‍👧 #Interreg", "#InterregCooperationDay Programme",
				"Interreg VI-A Deutschland-Nederland 2021–2027", "Ελλάδα – Κύπρος", "x".repeat(120), "中".repeat(120));
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, scripts), net.jqwik.api.Tuple.of(2, emoji));
	}

	@Provide
	Arbitrary<List<EventInfo>> events() {
		Arbitrary<String> titles = Arbitraries.strings().withCharRange('a', 'z').withCharRange('Α', 'ω').withCharRange('一', '龥')
			.withChars(' ', ' ', '#').ofMinLength(1).ofMaxLength(200).filter((s) -> !s.isBlank());
		Arbitrary<String> places = Arbitraries.of("Köln, DE", "Θεσσαλονίκη, GR", "Town hall, Marktplatz 1, Kleve, DE").injectNull(0.3);
		Arbitrary<EventInfo> event = Combinators.combine(titles, places, Arbitraries.integers().between(0, 60))
			.as((title, place, day) -> new EventInfo(title, LocalDate.of(2026, 8, 20).plusDays(day), place,
					ZoneId.of("Europe/Berlin")));
		return event.list().ofMinSize(1).ofMaxSize(3).map((list) -> new ArrayList<>(list));
	}

}
