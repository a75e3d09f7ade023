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

	CompetitionPages(EntryRepository entries, JuryRepository jury, Results results, Clock clock) {
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
			String summaryEn, List<PhotoView> photos, int rank, String badge) {
	}

	record CategoryView(Edition.Category category, List<EntryView> entries) {
	}

	/** The page's model: the edition, where it stands, and what it shows. */
	record EditionView(Edition edition, Edition.Phase phase, String status, boolean voting, boolean showsEntries,
			List<CategoryView> categories) {
	}

	EditionView of(Edition edition) {
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
					shown.add(view(e, award == null ? 0 : award.rank(), badge));
				}
			}
			if (edition.publishedAt() != null) {
				shown.sort(java.util.Comparator.comparingInt((EntryView v) -> v.rank() == 0 ? Integer.MAX_VALUE : v.rank()));
			}
			categories.add(new CategoryView(category, shown));
		}
		return new EditionView(edition, phase, status(edition, phase), edition.takesVotes(now), edition.showsEntries(now),
				categories);
	}

	static EntryView view(Entry e, int rank, String badge) {
		List<PhotoView> photos = e.photos().stream()
			.map((p) -> new PhotoView("/competition/photos/" + e.id() + "/" + p.ordinal() + ".jpg", p.alt(), p.width(), p.height()))
			.toList();
		return new EntryView(e.id(), e.programme(), e.eventTitle(),
				e.eventDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK)), e.story(),
				e.language(), e.summaryEn(), photos, rank, badge);
	}

	/** Where an edition stands, in a sentence with its next date. */
	static String status(Edition edition, Edition.Phase phase) {
		return switch (phase) {
			case BEFORE_ENTRIES -> "Entries open on " + when(edition, edition.entryOpens()) + ".";
			case ENTRIES -> "Entries are open until " + when(edition, edition.entryCloses()) + ". Voting opens on "
					+ when(edition, edition.votingOpens()) + ".";
			case BETWEEN -> "Entries are closed. Voting opens on " + when(edition, edition.votingOpens()) + ".";
			case VOTING -> "Voting is open until " + when(edition, edition.votingCloses()) + ".";
			case COUNTING -> "Voting closed on " + when(edition, edition.votingCloses()) + "; the jury's results follow.";
			case PUBLISHED -> "The results were published on " + when(edition, edition.publishedAt()) + ".";
		};
	}

	/** A moment as the edition's zone writes it: {@code 1 September 2026, 09:00 (Europe/Brussels)}. */
	static String when(Edition edition, Instant at) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).format(at.atZone(edition.zone())) + " ("
				+ edition.zone().getId() + ")";
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
