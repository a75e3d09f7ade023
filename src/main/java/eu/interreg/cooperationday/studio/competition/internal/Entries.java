package eu.interreg.cooperationday.studio.competition.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.competition.CompetitionMail;
import eu.interreg.cooperationday.studio.events.CampaignEvent;
import eu.interreg.cooperationday.studio.events.CampaignEvents;
import eu.interreg.cooperationday.studio.events.ImpactReports;
import eu.interreg.cooperationday.studio.problem.FieldProblem;
import eu.interreg.cooperationday.studio.problem.Refusal;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;
import eu.interreg.cooperationday.studio.programme.PhotoIntake;
import eu.interreg.cooperationday.studio.programme.UploadLimits;
import eu.interreg.cooperationday.studio.render.RenderRequest;
import eu.interreg.cooperationday.studio.render.RenderRequests;
import eu.interreg.cooperationday.studio.storage.AssetStore;
import eu.interreg.cooperationday.studio.system.Sha256;

/**
 * Entries: a programme's communicator enters one of its events that has taken place in a category of the
 * edition that takes entries (once per event and category), changes it until entries close, or withdraws
 * it until the results are out; staff reject one with a reason, which is mailed to the entrant. Photos are
 * taken by {@link PhotoIntake} (decoded, upright, without metadata, at most 2048 px) and stored as
 * {@code competition/{edition}/{entry}/{n}-{sha}.jpg} before the entry that names them is saved. The
 * attendees given with an entry are the event's figure when none was reported yet ({@link ImpactReports}).
 */
@Service
class Entries {

	private static final Logger log = LoggerFactory.getLogger(Entries.class);

	static final int MAX_STORY = 1500;

	private final EntryRepository repository;

	private final EditionRepository editions;

	private final CampaignEvents events;

	private final RenderRequests renders;

	private final PhotoIntake photos;

	private final AssetStore store;

	private final Clock clock;

	private final ApplicationEventPublisher publisher;

	private final CompetitionWords words;

	private final ImpactReports impact;

	private final SecureRandom random = new SecureRandom();

	Entries(EntryRepository repository, EditionRepository editions, CampaignEvents events, RenderRequests renders,
			PhotoIntake photos, AssetStore store, Clock clock, ApplicationEventPublisher publisher, CompetitionWords words,
			ImpactReports impact) {
		this.impact = impact;
		this.repository = repository;
		this.editions = editions;
		this.events = events;
		this.renders = renders;
		this.photos = photos;
		this.store = store;
		this.clock = clock;
		this.publisher = publisher;
		this.words = words;
	}

	/** What the entry form sends, as typed; photos in order with their alt text. */
	record Form(String category, String event, String story, String summaryEn, String language, String attendees,
			boolean consent, List<Upload> photos, List<String> alts) {
	}

	/** One photo file as sent. */
	record Upload(String filename, byte[] bytes) {
	}

	/** The events of a programme that may be entered: those that have taken place, not cancelled. */
	List<CampaignEvent> enterable(String requestId) {
		LocalDate today = LocalDate.now(this.clock);
		return this.events.ofRequest(requestId).stream().filter((e) -> !e.cancelled() && !e.date().isAfter(today)).toList();
	}

	/** Enters an event, or changes the programme's entry {@code entryId}. */
	@Transactional
	Entry save(Edition edition, String requestId, String entryId, Form form) {
		Instant now = this.clock.instant();
		if (!edition.takesEntries(now)) {
			throw RequestRefusedException.field(Refusal.Kind.INVALID, "category", "Entries are not open.");
		}
		Entry old = entryId == null ? null : this.repository.find(entryId)
			.filter((e) -> e.requestId().equals(requestId) && e.editionId().equals(edition.id()))
			.orElseThrow(() -> RequestRefusedException.field(Refusal.Kind.INVALID, "entry", "There is no such entry."));
		Checked checked = check(edition, requestId, old, form);
		String id = old != null ? old.id() : newId();
		List<Entry.Photo> published = photos(edition, id, old, checked.uploads(), form.alts());
		String summary = checked.summary().isEmpty() ? null : checked.summary();
		if (old != null) {
			Entry entry = new Entry(id, old.editionId(), old.categoryId(), requestId, old.eventId(), old.programme(),
					old.eventTitle(), old.eventDate(), checked.language(), checked.story(), summary, checked.attendees(), true,
					old.status() == Entry.Status.REJECTED ? Entry.Status.ENTERED : old.status(), null, published,
					old.createdAt(), now);
			this.repository.update(entry);
			if (checked.attendees() != null) {
				this.impact.reportAttendees(requestId, old.eventId(), checked.attendees());
			}
			log.info("Entry {} changed", id);
			return entry;
		}
		CampaignEvent event = checked.event();
		Edition.Category category = checked.category();
		if (this.repository.ofRequest(edition.id(), requestId).stream()
			.anyMatch((e) -> e.eventId().equals(event.id()) && e.categoryId().equals(category.id()))) {
			throw RequestRefusedException.field(Refusal.Kind.INVALID, "event",
					"This event is entered in this category already: change that entry instead.");
		}
		RenderRequest request = this.renders.find(requestId).orElseThrow();
		Entry entry = new Entry(id, edition.id(), category.id(), requestId, event.id(), request.programmeName(),
				event.title(), event.date(), checked.language(), checked.story(), summary, checked.attendees(), true,
				Entry.Status.ENTERED, null, published, now, now);
		this.repository.insert(entry);
		if (checked.attendees() != null) {
			this.impact.reportAttendees(requestId, event.id(), checked.attendees());
		}
		log.info("Entry {} of event {} in {}/{}", id, event.id(), edition.id(), category.id());
		return entry;
	}

	/** A form as checked: its category and event (for a new entry), its words, and the photos sent. */
	private record Checked(Edition.Category category, CampaignEvent event, String story, String summary,
			String language, Integer attendees, List<Upload> uploads) {
	}

	/** Checks every field at once and refuses with each wrong one named. */
	private Checked check(Edition edition, String requestId, Entry old, Form form) {
		Map<String, String> problems = new LinkedHashMap<>();
		Edition.Category category = old != null ? edition.category(old.categoryId()) : edition.category(nonNull(form.category()));
		if (category == null) {
			problems.put("category", "Choose one of the edition's categories.");
		}
		CampaignEvent event = old != null ? null
				: enterable(requestId).stream().filter((e) -> e.id().equals(form.event())).findFirst().orElse(null);
		if (old == null && event == null) {
			problems.put("event", "Choose one of your events that has taken place.");
		}
		String story = clean(form.story());
		int length = story.codePointCount(0, story.length());
		if (story.isEmpty()) {
			problems.put("story", "Tell the story of your event.");
		}
		else if (length > MAX_STORY) {
			problems.put("story", "The story has " + length + " characters; at most " + MAX_STORY + ".");
		}
		String summary = clean(form.summaryEn());
		if (summary.codePointCount(0, summary.length()) > MAX_STORY) {
			problems.put("summaryEn", "The summary may have at most " + MAX_STORY + " characters.");
		}
		Optional<Language> language = Language.fromCode(nonNull(form.language()));
		if (language.isEmpty()) {
			problems.put("language", "Choose the language the story is written in.");
		}
		Integer attendees = attendees(form.attendees(), problems);
		if (!form.consent()) {
			problems.put("consent", "Confirm that the people shown in the photos and named in the story agree to their publication.");
		}
		List<Upload> uploads = form.photos().stream().filter((u) -> u.bytes() != null && u.bytes().length > 0).toList();
		if (uploads.size() > UploadLimits.PHOTOS_PER_ENTRY) {
			problems.put("photos", "At most " + UploadLimits.PHOTOS_PER_ENTRY + " photos.");
		}
		int photoCount = uploads.isEmpty() && old != null ? old.photos().size() : uploads.size();
		for (int i = 0; i < photoCount; i++) {
			String alt = i < form.alts().size() ? clean(form.alts().get(i)) : "";
			if (alt.isEmpty() || alt.length() > 1000) {
				problems.put("alt" + (i + 1), "Describe photo " + (i + 1) + " for people who cannot see it (at most 1,000 characters).");
			}
		}
		if (!problems.isEmpty()) {
			throw new RequestRefusedException(new Refusal(Refusal.Kind.INVALID, "The entry was not saved: "
					+ problems.size() + (problems.size() == 1 ? " field needs" : " fields need") + " correcting.",
					problems.entrySet().stream().map((p) -> new FieldProblem(p.getKey(), p.getValue())).toList()));
		}
		return new Checked(category, event, story, summary, language.get().code(), attendees, uploads);
	}

	private static Integer attendees(String typed, Map<String, String> problems) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			int attendees = Integer.parseInt(typed.strip());
			if (attendees >= 0 && attendees <= 1_000_000) {
				return attendees;
			}
		}
		catch (NumberFormatException ex) {
			// said below
		}
		problems.put("attendees", "Give the number of people who came, in figures from 0 to 1,000,000.");
		return null;
	}

	/** The entry's photos: those sent, taken and stored; or, when none are sent, the earlier ones with their new alt text. */
	private List<Entry.Photo> photos(Edition edition, String id, Entry old, List<Upload> uploads, List<String> alts) {
		List<Entry.Photo> published = new ArrayList<>();
		if (uploads.isEmpty() && old != null) {
			for (Entry.Photo p : old.photos()) {
				published.add(new Entry.Photo(p.ordinal(), p.objectKey(), p.width(), p.height(), clean(alts.get(p.ordinal() - 1)),
						p.sha256()));
			}
			return published;
		}
		for (int i = 0; i < uploads.size(); i++) {
			PhotoIntake.Photo photo = this.photos.intake("photo" + (i + 1), uploads.get(i).bytes());
			String sha = Sha256.hex(photo.jpeg());
			String key = "competition/" + edition.id() + "/" + id + "/" + (i + 1) + "-" + sha.substring(0, 12) + ".jpg";
			this.store.put(key, photo.jpeg(), "image/jpeg", sha);
			published.add(new Entry.Photo(i + 1, key, photo.width(), photo.height(), clean(alts.get(i)), sha));
		}
		return published;
	}

	/** Withdraws an entry (its consent with it) until the results are published. */
	@Transactional
	boolean withdraw(Edition edition, String requestId, String entryId) {
		if (edition.publishedAt() != null) {
			throw RequestRefusedException.field(Refusal.Kind.INVALID, "entry", "The results are published: the entry stays.");
		}
		return this.repository.find(entryId).filter((e) -> e.requestId().equals(requestId)).map((e) -> {
			this.repository.update(with(e, Entry.Status.WITHDRAWN, null, false));
			log.info("Entry {} withdrawn", entryId);
			return true;
		}).orElse(false);
	}

	/** Rejects an entry with a reason, mailed to its programme's contact. */
	@Transactional
	boolean reject(Edition edition, String entryId, String reason, String staff, String link) {
		return this.repository.find(entryId).filter((e) -> e.editionId().equals(edition.id())).map((e) -> {
			this.repository.update(with(e, Entry.Status.REJECTED, reason, e.consent()));
			this.renders.find(e.requestId()).ifPresent((request) -> {
				String language = request.language().code();
				Map<String, Object> args = Map.of("edition", edition.title(), "event", e.eventTitle(), "category",
						edition.category(e.categoryId()).name(), "reason", reason, "link", link);
				this.publisher.publishEvent(new CompetitionMail("rejected-" + e.id() + "-" + this.clock.millis() % 100000,
						e.requestId(), request.contactEmail(), this.words.format(language, "mail.rejected.subject", args),
						this.words.format(language, "mail.rejected.text", args)));
			});
			log.info("{} rejected entry {}: {}", staff, entryId, reason);
			return true;
		}).orElse(false);
	}

	private Entry with(Entry e, Entry.Status status, String reason, boolean consent) {
		return new Entry(e.id(), e.editionId(), e.categoryId(), e.requestId(), e.eventId(), e.programme(), e.eventTitle(),
				e.eventDate(), e.language(), e.story(), e.summaryEn(), e.attendees(), consent, status, reason, e.photos(),
				e.createdAt(), this.clock.instant());
	}

	private static String nonNull(String s) {
		return s == null ? "" : s;
	}

	/** Text as stored: NFC, without control characters but line breaks, trimmed. */
	static String clean(String text) {
		if (text == null) {
			return "";
		}
		String nfc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).replace("\r\n", "\n");
		return nfc.replaceAll("[\\p{Cc}&&[^\\n]]", "").strip();
	}

	private String newId() {
		String alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
		StringBuilder id = new StringBuilder(12);
		for (int i = 0; i < 12; i++) {
			id.append(alphabet.charAt(this.random.nextInt(alphabet.length())));
		}
		return id.toString();
	}

}
