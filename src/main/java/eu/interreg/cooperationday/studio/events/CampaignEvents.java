package eu.interreg.cooperationday.studio.events;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.interreg.cooperationday.studio.events.internal.EventRepository;
import eu.interreg.cooperationday.studio.places.Gazetteer;
import eu.interreg.cooperationday.studio.places.Place;
import eu.interreg.cooperationday.studio.problem.Refusal;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;
import eu.interreg.cooperationday.studio.programme.Event;
import eu.interreg.cooperationday.studio.render.RenderRequest;
import eu.interreg.cooperationday.studio.render.RenderRequestAccepted;
import eu.interreg.cooperationday.studio.render.RenderRequestFinished;
import eu.interreg.cooperationday.studio.render.RenderRequests;
import eu.interreg.cooperationday.studio.render.RequestDeleted;
import eu.interreg.cooperationday.studio.share.SharePages;

/**
 * The campaign's events: a request's own event becomes its programme's first when the request is accepted
 * (placed by the gazetteer from its city and country); the communicator adds, edits and cancels more. An
 * event is public while its programme's render is DONE and its share page published, as the page is.
 */
@Service
public class CampaignEvents {

	private static final Logger log = LoggerFactory.getLogger(CampaignEvents.class);

	/** Where an event with no known place is put in time: the campaign's home. */
	public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Brussels");

	/** The most events one programme may have. */
	public static final int MAX_PER_PROGRAMME = 50;

	private final EventRepository repository;

	private final SharePages pages;

	private final Gazetteer gazetteer;

	private final Clock clock;

	private final RenderRequests renders;

	private final SecureRandom random = new SecureRandom();

	CampaignEvents(EventRepository repository, SharePages pages, Gazetteer gazetteer, Clock clock,
			RenderRequests renders) {
		this.renders = renders;
		this.repository = repository;
		this.pages = pages;
		this.gazetteer = gazetteer;
		this.clock = clock;
	}

	/** A public event with what its listing names: its programme, and the programme's share page slug. */
	public record Listed(CampaignEvent event, String programme, String slug, String language) {
	}

	/** What a listing keeps (each null when it keeps everything): ISO country, programme slug, dates, format, language. */
	public record Filter(String country, String programme, LocalDate from, LocalDate to, EventFormat format,
			String language) {

		public static final Filter ALL = new Filter(null, null, null, null, null, null);

		/** Whether the filter keeps this event. */
		public boolean keeps(Listed listed) {
			CampaignEvent e = listed.event();
			return (this.country == null || this.country.equalsIgnoreCase(e.country()))
					&& (this.programme == null || this.programme.equals(listed.slug()))
					&& (this.from == null || !e.date().isBefore(this.from)) && (this.to == null || !e.date().isAfter(this.to))
					&& (this.format == null || this.format == e.format())
					&& (this.language == null || e.languages().contains(this.language));
		}

	}

	@EventListener
	void on(RenderRequestAccepted accepted) {
		RenderRequest request = accepted.request();
		this.repository.insertProgramme(request.id(), request.programmeName(), request.language().code(),
				request.secondLanguage() == null ? null : request.secondLanguage().code());
		Event event = request.event();
		if (event == null || event.date() == null) {
			return; // nothing to put on a calendar yet; the communicator may add its events
		}
		Optional<Place> place = event.city() == null ? Optional.empty() : this.gazetteer.find(event.city(), event.country());
		List<String> languages = new ArrayList<>(List.of(request.language().code()));
		if (request.secondLanguage() != null) {
			languages.add(request.secondLanguage().code());
		}
		Instant now = this.clock.instant();
		this.repository.save(new CampaignEvent(newId(), request.id(), true,
				event.title() != null ? event.title() : request.programmeName(), event.date(), null, null,
				place.map(Place::zone).or(() -> this.gazetteer.zoneOf(event.country())).orElse(DEFAULT_ZONE),
				event.venue(), event.city(), event.country(), place.map(Place::latitude).orElse(null),
				place.map(Place::longitude).orElse(null), false, event.url(), languages, EventFormat.ONSITE, null, false,
				0, now, now));
	}

	@ApplicationModuleListener
	void on(RenderRequestFinished finished) {
		this.repository.setDone(finished.requestId(), finished.done());
	}

	@EventListener
	void on(RequestDeleted deleted) {
		this.repository.deleteProgramme(deleted.requestId());
	}

	/** The public events that {@code filter} keeps, by date, cancelled ones among them (marked). */
	@Transactional(readOnly = true)
	public List<Listed> published(Filter filter) {
		List<EventRepository.ProgrammeRow> done = this.repository.doneProgrammes();
		Map<String, SharePages.PageState> states = this.pages.states(done.stream().map(EventRepository.ProgrammeRow::requestId).toList());
		Map<String, EventRepository.ProgrammeRow> shown = new java.util.HashMap<>();
		for (EventRepository.ProgrammeRow programme : done) {
			SharePages.PageState state = states.get(programme.requestId());
			if (state != null && state.published()) {
				shown.put(programme.requestId(), programme);
			}
		}
		return this.repository.ofRequests(List.copyOf(shown.keySet()))
			.stream()
			.map((event) -> {
				EventRepository.ProgrammeRow programme = shown.get(event.requestId());
				return new Listed(event, programme.name(), states.get(event.requestId()).slug(), programme.language());
			})
			.filter(filter::keeps)
			.sorted(Comparator.comparing((Listed l) -> l.event().startsAt()).thenComparing((Listed l) -> l.event().title()))
			.toList();
	}

	/** One public event by its id. */
	public Optional<Listed> publishedEvent(String id) {
		if (id == null || !id.matches("[a-z0-9]{10}")) {
			return Optional.empty();
		}
		Optional<CampaignEvent> event = this.repository.find(id);
		if (event.isEmpty()) {
			return Optional.empty();
		}
		return published(Filter.ALL).stream().filter((l) -> l.event().id().equals(id)).findFirst();
	}

	/** A programme's events, cancelled ones among them, by date. */
	public List<CampaignEvent> ofRequest(String requestId) {
		return this.repository.ofRequest(requestId);
	}

	/** Adds an event to a programme. */
	@Transactional
	public CampaignEvent add(String requestId, EventDraft draft) {
		if (this.repository.programme(requestId).isEmpty()) {
			throw new IllegalArgumentException("No programme " + requestId);
		}
		if (this.repository.count(requestId) >= MAX_PER_PROGRAMME) {
			throw RequestRefusedException.field(Refusal.Kind.INVALID, "title",
					"A programme has at most " + MAX_PER_PROGRAMME + " events: cancel or change one instead.");
		}
		Instant now = this.clock.instant();
		CampaignEvent event = of(newId(), requestId, false, draft, false, 0, now, now);
		this.repository.save(event);
		log.info("Event {} added to request {}", event.id(), requestId);
		return event;
	}

	/** An event as changed, and the request's files made again because they show it ({@code kind/format}). */
	public record Change(CampaignEvent event, List<String> remade) {
	}

	/**
	 * Changes a programme's event. The first event is the one the request's files show: when its title,
	 * date, venue, link or place change, the files that show them are made again (and only those). Empty
	 * when the programme has no such event.
	 */
	@Transactional
	public Optional<Change> update(String requestId, String id, EventDraft draft) {
		return this.repository.find(id).filter((e) -> e.requestId().equals(requestId)).map((old) -> {
			CampaignEvent changed = of(old.id(), requestId, old.first(), draft, old.cancelled(), old.sequence() + 1,
					old.createdAt(), this.clock.instant());
			this.repository.save(changed);
			List<String> remade = List.of();
			Event shown = new Event(changed.title(), changed.date(), changed.venue(), changed.url(), changed.city(),
					changed.country());
			if (old.first() && !shown.equals(new Event(old.title(), old.date(), old.venue(), old.url(), old.city(),
					old.country()))) {
				remade = this.renders.changeEvent(requestId, shown);
			}
			return new Change(changed, remade);
		});
	}

	/** Cancels (or restores) a programme's event: it stays listed, marked, so calendars learn of it. */
	@Transactional
	public boolean setCancelled(String requestId, String id, boolean cancelled) {
		return this.repository.find(id).filter((e) -> e.requestId().equals(requestId)).map((old) -> {
			this.repository.save(new CampaignEvent(old.id(), old.requestId(), old.first(), old.title(), old.date(),
					old.start(), old.end(), old.zone(), old.venue(), old.city(), old.country(), old.latitude(),
					old.longitude(), old.pinned(), old.url(), old.languages(), old.format(), old.description(), cancelled,
					old.sequence() + 1, old.createdAt(), this.clock.instant()));
			return true;
		}).orElse(false);
	}

	private static CampaignEvent of(String id, String requestId, boolean first, EventDraft d, boolean cancelled,
			int sequence, Instant created, Instant updated) {
		return new CampaignEvent(id, requestId, first, d.title(), d.date(), d.start(), d.end(), d.zone(), d.venue(),
				d.city(), d.country(), d.latitude(), d.longitude(), d.pinned(), d.url(), d.languages(), d.format(),
				d.description(), cancelled, sequence, created, updated);
	}

	private String newId() {
		String alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
		StringBuilder id = new StringBuilder(10);
		for (int i = 0; i < 10; i++) {
			id.append(alphabet.charAt(this.random.nextInt(alphabet.length())));
		}
		return id.toString();
	}

}
