package eu.interreg.cooperationday.studio.competition.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import eu.interreg.cooperationday.studio.brand.Language;

/**
 * What the competition's public page shows of an edition, ready for its template: where the edition
 * stands in words, its categories with the entries the public may see (from the opening of the vote, with
 * their consent), and, once published, the places.
 */
@Component
class CompetitionPages {

	private final EntryRepository entries;

	private final JuryRepository jury;

	private final Results results;

	private final Clock clock;

	private final CompetitionWords words;

	CompetitionPages(EntryRepository entries, JuryRepository jury, Results results, Clock clock, CompetitionWords words) {
		this.words = words;
		this.entries = entries;
		this.jury = jury;
		this.results = results;
		this.clock = clock;
	}

	/** A photo as a page shows it. */
	record PhotoView(String url, String alt, int width, int height) {
	}

	/** An entry as the public sees it; {@code rank} 0 when it has no place. */
	record EntryView(String id, String programme, String eventTitle, String eventDate, String story, String storyLanguage,
			String summaryEn, List<PhotoView> photos, int rank, String badge, String place) {
	}

	record CategoryView(Edition.Category category, List<EntryView> entries) {
	}

	/** The page's model: the edition, where it stands, and what it shows. */
	record EditionView(Edition edition, Edition.Phase phase, String status, boolean voting, boolean showsEntries,
			List<CategoryView> categories) {
	}

	/** The edition as a visitor reading {@code language} sees it (its words where the competition has them). */
	EditionView of(Edition edition, String language) {
		Instant now = this.clock.instant();
		Edition.Phase phase = edition.phase(now);
		Map<String, JuryRepository.Award> awards = new HashMap<>();
		if (edition.publishedAt() != null) {
			this.jury.awards(edition.id()).forEach((a) -> awards.put(a.entryId(), a));
		}
		List<CategoryView> categories = new ArrayList<>();
		List<Entry> all = edition.showsEntries(now) ? this.entries.ofEdition(edition.id()) : List.of();
		for (Edition.Category category : edition.categories()) {
			List<EntryView> shown = new ArrayList<>();
			for (Entry e : all) {
				if (e.categoryId().equals(category.id()) && e.publishable()) {
					JuryRepository.Award award = awards.get(e.id());
					String badge = award == null ? null : this.jury.files(e.id()).stream()
						.filter((f) -> f.name().startsWith("badge-1080"))
						.findFirst()
						.map(this.results::link)
						.orElse(null);
					int rank = award == null ? 0 : award.rank();
					shown.add(view(e, rank, badge,
							rank == 0 ? null : this.words.format(language, "rank", Map.of("rank", String.valueOf(rank)))));
				}
			}
			if (edition.publishedAt() != null) {
				shown.sort(java.util.Comparator.comparingInt((EntryView v) -> v.rank() == 0 ? Integer.MAX_VALUE : v.rank()));
			}
			categories.add(new CategoryView(category, shown));
		}
		return new EditionView(edition, phase, status(edition, phase, language), edition.takesVotes(now),
				edition.showsEntries(now), categories);
	}

	static EntryView view(Entry e, int rank, String badge, String place) {
		List<PhotoView> photos = e.photos().stream()
			.map((p) -> new PhotoView("/competition/photos/" + e.id() + "/" + p.ordinal() + ".jpg", p.alt(), p.width(), p.height()))
			.toList();
		return new EntryView(e.id(), e.programme(), e.eventTitle(),
				e.eventDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK)), e.story(),
				e.language(), e.summaryEn(), photos, rank, badge, place);
	}

	/** Where an edition stands, in a sentence with its next date, in {@code language}'s words. */
	String status(Edition edition, Edition.Phase phase, String language) {
		Instant at = switch (phase) {
			case BEFORE_ENTRIES -> edition.entryOpens();
			case ENTRIES -> edition.entryCloses();
			case BETWEEN -> edition.votingOpens();
			case VOTING -> edition.votingCloses();
			case COUNTING -> edition.votingCloses();
			case PUBLISHED -> edition.publishedAt();
		};
		String key = "ui.status." + switch (phase) {
			case BEFORE_ENTRIES -> "before";
			case ENTRIES -> "entries";
			case BETWEEN -> "between";
			case VOTING -> "voting";
			case COUNTING -> "counting";
			case PUBLISHED -> "published";
		};
		String speaking = this.words.speaking(language);
		return this.words.format(speaking, key, Map.of("when", when(edition, at, speaking), "then",
				when(edition, edition.votingOpens(), speaking)));
	}

	/** A moment as the language writes it in the edition's zone: {@code 1 September 2026, 09:00 (Europe/Brussels)}. */
	static String when(Edition edition, Instant at, String language) {
		com.ibm.icu.text.DateFormat format = com.ibm.icu.text.DateFormat.getDateTimeInstance(com.ibm.icu.text.DateFormat.LONG,
				com.ibm.icu.text.DateFormat.SHORT, com.ibm.icu.util.ULocale.forLanguageTag(language));
		format.setTimeZone(com.ibm.icu.util.TimeZone.getTimeZone(edition.zone().getId()));
		return format.format(java.util.Date.from(at)) + " (" + edition.zone().getId() + ")";
	}

	/** The visitor's language among those the competition's words speak, from Accept-Language; English otherwise. */
	static String language(String acceptLanguage, CompetitionWords words) {
		if (acceptLanguage != null && acceptLanguage.length() < 500) {
			try {
				for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
					String code = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
					if (Language.fromCode(code).isPresent() && words.speaking(code).equals(code)) {
						return code;
					}
				}
			}
			catch (IllegalArgumentException ex) {
				// an unreadable header: English
			}
		}
		return "en";
	}

}
