package eu.interreg.cooperationday.studio.competition.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.interreg.cooperationday.studio.competition.CompetitionMail;
import eu.interreg.cooperationday.studio.problem.Refusal;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;
import eu.interreg.cooperationday.studio.render.RenderRequest;
import eu.interreg.cooperationday.studio.render.RenderRequests;
import eu.interreg.cooperationday.studio.storage.AssetStore;
import eu.interreg.cooperationday.studio.system.PublicUrls;
import eu.interreg.cooperationday.studio.system.Sha256;

/**
 * The standings of an edition ({@link Ranking} per category, over the entries that compete and their
 * counted votes) and their publication: once voting has closed, staff publish; the first three of each
 * category get their certificate (PDF) and badges (1080×1080 and a transparent overlay) in each of their
 * programme's languages, stored with a link of their own, and an email with the links; the share pages and
 * the map show them ({@link PublishedAwards}).
 */
@Service
class Results {

	private static final Logger log = LoggerFactory.getLogger(Results.class);

	/** How many places of a category are awarded. */
	static final int PLACES = 3;

	private final EditionRepository editions;

	private final EntryRepository entries;

	private final VoteRepository votes;

	private final JuryRepository jury;

	private final RenderRequests renders;

	private final AssetStore store;

	private final CertificatePdf certificates;

	private final WinnerBadge badges;

	private final CompetitionWords words;

	private final ApplicationEventPublisher publisher;

	private final PublicUrls urls;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	Results(EditionRepository editions, EntryRepository entries, VoteRepository votes, JuryRepository jury,
			RenderRequests renders, AssetStore store, CertificatePdf certificates, WinnerBadge badges,
			CompetitionWords words, ApplicationEventPublisher publisher, PublicUrls urls, Clock clock) {
		this.editions = editions;
		this.entries = entries;
		this.votes = votes;
		this.jury = jury;
		this.renders = renders;
		this.store = store;
		this.certificates = certificates;
		this.badges = badges;
		this.words = words;
		this.publisher = publisher;
		this.urls = urls;
		this.clock = clock;
	}

	/** The standings of every category, best first, over the entries that compete (entered, consenting). */
	Map<String, List<Ranking.Place>> standings(Edition edition) {
		List<Entry> all = this.entries.ofEdition(edition.id());
		Map<String, Long> counted = new HashMap<>();
		this.votes.votes(edition.id()).stream().filter(VoteRepository.Mark::counted)
			.forEach((v) -> counted.merge(v.entryId(), 1L, Long::sum));
		Map<String, Map<String, Map<Integer, Integer>>> scores = this.jury.scores(edition.id());
		Map<String, List<Ranking.Place>> standings = new LinkedHashMap<>();
		for (Edition.Category category : edition.categories()) {
			List<String> competing = all.stream()
				.filter((e) -> e.categoryId().equals(category.id()) && e.publishable())
				.map(Entry::id)
				.toList();
			standings.put(category.id(), Ranking.rank(competing, scores, counted, edition.juryWeight()));
		}
		return standings;
	}

	/** Publishes the results of an edition whose voting has closed. */
	@Transactional
	void publish(Edition edition) {
		Instant now = this.clock.instant();
		if (edition.publishedAt() != null) {
			throw RequestRefusedException.field(Refusal.Kind.INVALID, "edition", "The results are published already.");
		}
		if (now.isBefore(edition.votingCloses())) {
			throw RequestRefusedException.field(Refusal.Kind.INVALID, "edition", "Voting has not closed yet.");
		}
		Map<String, Entry> byId = new HashMap<>();
		this.entries.ofEdition(edition.id()).forEach((e) -> byId.put(e.id(), e));
		int awarded = 0;
		LocalDate today = LocalDate.ofInstant(now, edition.zone());
		for (Map.Entry<String, List<Ranking.Place>> category : standings(edition).entrySet()) {
			List<Ranking.Place> places = category.getValue();
			for (int i = 0; i < Math.min(PLACES, places.size()); i++) {
				Ranking.Place place = places.get(i);
				Entry entry = byId.get(place.entryId());
				int rank = i + 1;
				this.jury.award(entry.id(), edition.id(), category.getKey(), rank, place.score());
				String categoryName = edition.category(category.getKey()).name();
				List<JuryRepository.AwardFile> files = files(edition, entry, rank, categoryName, today);
				mail(edition, entry, rank, categoryName, files);
				awarded++;
			}
		}
		this.editions.published(edition.id(), now);
		log.info("Results of {} published: {} awards", edition.id(), awarded);
	}

	/** The certificate and the two badges in each of the programme's languages, stored. */
	private List<JuryRepository.AwardFile> files(Edition edition, Entry entry, int rank, String category, LocalDate today) {
		RenderRequest request = this.renders.find(entry.requestId()).orElseThrow();
		List<String> languages = new ArrayList<>(List.of(request.language().code()));
		if (request.secondLanguage() != null && !languages.contains(request.secondLanguage().code())) {
			languages.add(request.secondLanguage().code());
		}
		List<JuryRepository.AwardFile> files = new ArrayList<>();
		try {
			for (String language : languages) {
				String speaking = this.words.speaking(language);
				if (!speaking.equals(language) && languages.contains(speaking)) {
					continue;
				}
				CertificatePdf.Award award = new CertificatePdf.Award(edition.id(), edition.title(), rank, entry.programme(),
						entry.eventTitle(), entry.eventDate(), category, today);
				files.add(store(entry, "certificate-" + speaking + ".pdf", "application/pdf",
						this.certificates.write(award, speaking)));
				WinnerBadge.Words badge = new WinnerBadge.Words(
						this.words.format(speaking, "rank", Map.of("rank", String.valueOf(rank))), category, entry.programme(),
						this.words.format(speaking, "badge.line", Map.of("edition", edition.id())));
				files.add(store(entry, "badge-1080-" + speaking + ".png", "image/png", this.badges.square(badge)));
				files.add(store(entry, "badge-overlay-" + speaking + ".png", "image/png", this.badges.overlay(badge)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

	private JuryRepository.AwardFile store(Entry entry, String name, String type, byte[] bytes) {
		String sha = Sha256.hex(bytes);
		String key = "competition/" + entry.editionId() + "/" + entry.id() + "/awards/" + name;
		this.store.put(key, bytes, type, sha);
		byte[] token = new byte[32];
		this.random.nextBytes(token);
		JuryRepository.AwardFile file = new JuryRepository.AwardFile(entry.id(), name, key, type, bytes.length, sha,
				Base64.getUrlEncoder().withoutPadding().encodeToString(token));
		this.jury.file(file);
		return file;
	}

	String link(JuryRepository.AwardFile file) {
		return this.urls.base() + "/competition/awards/" + file.token() + "/" + file.name();
	}

	private void mail(Edition edition, Entry entry, int rank, String category, List<JuryRepository.AwardFile> files) {
		this.renders.find(entry.requestId()).ifPresent((request) -> {
			String language = request.language().code();
			StringBuilder links = new StringBuilder();
			files.forEach((f) -> links.append("- ").append(f.name()).append(": ").append(link(f)).append('\n'));
			Map<String, Object> args = Map.of("edition", edition.title(), "rank", String.valueOf(rank), "event",
					entry.eventTitle(), "programme", entry.programme(), "category", category, "links", links.toString().strip(),
					"results", this.urls.base() + "/competition/" + edition.id());
			this.publisher.publishEvent(new CompetitionMail("award-" + entry.id(), entry.requestId(), request.contactEmail(),
					this.words.format(language, "mail.award.subject", args), this.words.format(language, "mail.award.text", args)));
		});
	}

}
