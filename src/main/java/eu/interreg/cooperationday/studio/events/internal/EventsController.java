package eu.interreg.cooperationday.studio.events.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.events.CampaignEvents;
import eu.interreg.cooperationday.studio.events.EventAwards;
import eu.interreg.cooperationday.studio.events.CampaignEvents.Filter;
import eu.interreg.cooperationday.studio.events.CampaignEvents.Listed;
import eu.interreg.cooperationday.studio.events.EventFormat;
import eu.interreg.cooperationday.studio.places.Gazetteer;
import eu.interreg.cooperationday.studio.problem.NotFoundException;
import eu.interreg.cooperationday.studio.system.MapProperties;
import eu.interreg.cooperationday.studio.system.PublicUrls;

/**
 * The campaign's public side: every published event as a list that needs no JavaScript and a map that
 * adds to it ({@code /events}), each event's page ({@code /events/{id}}) with its Open Graph card and
 * schema.org Event, the feeds ({@code /events.ics}, {@code /events.geojson}, {@code /events.atom}) and
 * the widget for programme websites ({@code /embed/events}). Every one takes the same filters.
 */
@Controller
class EventsController {

	private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	private static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

	private final CampaignEvents events;

	private final PublicUrls urls;

	private final MapProperties map;

	private final EventPages pages;

	private final Clock clock;

	/** The competition's places of events (none without a competition). */
	private final EventAwards awards;

	EventsController(CampaignEvents events, PublicUrls urls, MapProperties map, EventPages pages, Clock clock,
			org.springframework.beans.factory.ObjectProvider<EventAwards> awards) {
		this.awards = awards.getIfAvailable(() -> (ids) -> Map.of());
		this.events = events;
		this.urls = urls;
		this.map = map;
		this.pages = pages;
		this.clock = clock;
	}

	@GetMapping({ "/events", "/events/" })
	String list(@RequestParam Map<String, String> query, Model model) {
		Filter filter = filter(query);
		List<Listed> all = this.events.published(Filter.ALL);
		List<Listed> kept = all.stream().filter(filter::keeps).toList();
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("upcoming", kept.stream().filter((l) -> !l.event().date().isBefore(today)).map(this.pages::row).toList());
		model.addAttribute("past", kept.stream().filter((l) -> l.event().date().isBefore(today)).map(this.pages::row).toList());
		model.addAttribute("filter", query);
		model.addAttribute("countries", options(all, (l) -> l.event().country(), EventPages::countryName));
		model.addAttribute("programmes", options(all, Listed::slug, (slug) -> all.stream()
			.filter((l) -> l.slug().equals(slug)).findFirst().map(Listed::programme).orElse(slug)));
		model.addAttribute("languages", options(all.stream().flatMap((l) -> l.event().languages().stream()
			.map((code) -> new Listed(l.event(), l.programme(), l.slug(), code))).toList(), Listed::language,
				(code) -> Language.fromCode(code).map(Language::ownName).orElse(code)));
		model.addAttribute("formats", EventFormat.values());
		String query_ = this.pages.query(filter);
		model.addAttribute("geojson", "/events.geojson" + query_);
		model.addAttribute("ics", "/events.ics" + query_);
		model.addAttribute("icsFeed", this.urls.base().replaceFirst("^https?", "webcal") + "/events.ics" + query_);
		model.addAttribute("atom", "/events.atom");
		model.addAttribute("map", this.map);
		model.addAttribute("credit", Gazetteer.CREDIT);
		model.addAttribute("count", kept.size());
		return "events/list";
	}

	@GetMapping("/events/{id}")
	String event(@PathVariable String id, Model model) {
		Listed listed = this.events.publishedEvent(id).orElseThrow(() -> new NotFoundException("There is no such event."));
		this.pages.eventPage(listed, model);
		model.addAttribute("award", this.awards.of(List.of(id)).get(id));
		return "events/event";
	}

	@GetMapping("/events/{id}.ics")
	ResponseEntity<String> eventCalendar(@PathVariable String id) {
		Listed listed = this.events.publishedEvent(id).orElseThrow(() -> new NotFoundException("There is no such event."));
		return calendar(listed.event().title(), List.of(listed), "event-" + id + ".ics");
	}

	@GetMapping("/events.ics")
	ResponseEntity<String> calendar(@RequestParam Map<String, String> query) {
		Filter filter = filter(query);
		List<Listed> kept = this.events.published(Filter.ALL).stream().filter(filter::keeps).toList();
		String name = "Interreg Cooperation Day" + (filter.country() != null ? " · " + EventPages.countryName(filter.country())
				: filter.programme() != null && !kept.isEmpty() ? " · " + kept.get(0).programme() : "");
		return calendar(name, kept, "cooperation-day-events.ics");
	}

	private ResponseEntity<String> calendar(String name, List<Listed> kept, String filename) {
		String host = URI.create(this.urls.base()).getHost();
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header("Content-Disposition", "inline; filename=\"" + filename + "\"")
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
			.body(EventFeeds.calendar(name, kept, (e) -> this.urls.event(e.id()), host, this.clock.instant()));
	}

	@GetMapping("/events.geojson")
	ResponseEntity<String> geoJson(@RequestParam Map<String, String> query) {
		Filter filter = filter(query);
		List<Listed> kept = this.events.published(Filter.ALL).stream().filter(filter::keeps).toList();
		return ResponseEntity.ok()
			.contentType(GEO_JSON)
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)))
			.body(EventFeeds.geoJson(kept, (e) -> this.urls.event(e.id()), this.urls::share,
					this.awards.of(kept.stream().map((l) -> l.event().id()).toList())));
	}

	@GetMapping("/events.atom")
	ResponseEntity<String> atom() {
		return ResponseEntity.ok()
			.contentType(ATOM)
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
			.body(EventFeeds.atom("Interreg Cooperation Day: new events", this.urls.base() + "/events.atom",
					this.urls.base() + "/events", this.events.published(Filter.ALL), (e) -> this.urls.event(e.id()), 50));
	}

	@GetMapping("/embed/events")
	String embed(@RequestParam Map<String, String> query, Model model) {
		Filter filter = filter(query);
		List<Listed> kept = this.events.published(Filter.ALL).stream().filter(filter::keeps).toList();
		this.pages.embed(kept, filter, "dark".equals(query.get("theme")), query.get("lang"), model);
		return "events/embed";
	}

	static Filter filter(Map<String, String> query) {
		String country = blank(query.get("country"));
		String format = blank(query.get("format"));
		return new Filter(country == null ? null : country.toUpperCase(Locale.ROOT), blank(query.get("programme")),
				date(query.get("from")), date(query.get("to")),
				format == null ? null : EventFormat.parse(format).orElse(null), blank(query.get("language")));
	}

	private static String blank(String value) {
		return value == null || value.isBlank() || value.length() > 100 ? null : value.strip();
	}

	private static LocalDate date(String value) {
		try {
			return blank(value) == null ? null : LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** The values the listed events have, with their names, sorted by name, for a filter's options. */
	private static Map<String, String> options(List<Listed> all, Function<Listed, String> value,
			Function<String, String> name) {
		Map<String, String> byName = new TreeMap<>();
		all.stream().map(value).filter((v) -> v != null).distinct().forEach((v) -> byName.put(name.apply(v) + "\u0000" + v, v));
		Map<String, String> options = new java.util.LinkedHashMap<>();
		byName.forEach((key, v) -> options.put(v, key.substring(0, key.indexOf('\u0000'))));
		return options;
	}

}
