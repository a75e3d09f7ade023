package eu.interreg.cooperationday.studio.events.internal;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.json.JsonMapper;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.events.CampaignEvent;
import eu.interreg.cooperationday.studio.events.CampaignEvents.Filter;
import eu.interreg.cooperationday.studio.events.CampaignEvents.Listed;
import eu.interreg.cooperationday.studio.poster.PosterFormat;
import eu.interreg.cooperationday.studio.render.Asset;
import eu.interreg.cooperationday.studio.render.AssetSpec;
import eu.interreg.cooperationday.studio.render.RenderRequests;
import eu.interreg.cooperationday.studio.system.MapProperties;
import eu.interreg.cooperationday.studio.system.PublicUrls;

/** What the campaign pages show of an event: one row of a list, an event's own page, the widget. */
@Component
class EventPages {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PublicUrls urls;

	private final RenderRequests renders;

	private final BrandKit brand;

	private final MapProperties map;

	EventPages(PublicUrls urls, RenderRequests renders, BrandKit brand, MapProperties map) {
		this.urls = urls;
		this.renders = renders;
		this.brand = brand;
		this.map = map;
	}

	/** An event as a list shows it; text is text (Thymeleaf escapes it), dates in {@code locale}. */
	record Row(String id, String title, String programme, String slug, String date, String isoDate, String time,
			String where, String country, String format, String languages, boolean cancelled, String description,
			String page, String ics, String share) {
	}

	Row row(Listed listed) {
		return row(listed, Locale.ENGLISH);
	}

	Row row(Listed listed, Locale locale) {
		CampaignEvent e = listed.event();
		String time = e.allDay() ? null
				: e.start() + (e.end() != null && e.end().isAfter(e.start()) ? "–" + e.end() : "") + " (" + e.zone().getId() + ")";
		return new Row(e.id(), e.title(), listed.programme(), listed.slug(),
				DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(e.date()), e.date().toString(),
				time, e.where(), e.country() == null ? null : countryName(e.country()), e.format().label(),
				e.languages().stream().map((c) -> Language.fromCode(c).map(Language::ownName).orElse(c))
					.collect(Collectors.joining(", ")),
				e.cancelled(), e.description(), "/events/" + e.id(), "/events/" + e.id() + ".ics", "/p/" + listed.slug());
	}

	static String countryName(String code) {
		return "XK".equals(code) ? "Kosovo" : new Locale("", code).getDisplayCountry(Locale.ENGLISH);
	}

	/** The filter as a query string for the feeds and the map ({@code ""} when it keeps everything). */
	String query(Filter filter) {
		UriComponentsBuilder query = UriComponentsBuilder.newInstance();
		if (filter.country() != null) {
			query.queryParam("country", filter.country());
		}
		if (filter.programme() != null) {
			query.queryParam("programme", filter.programme());
		}
		if (filter.from() != null) {
			query.queryParam("from", filter.from());
		}
		if (filter.to() != null) {
			query.queryParam("to", filter.to());
		}
		if (filter.format() != null) {
			query.queryParam("format", filter.format().code());
		}
		if (filter.language() != null) {
			query.queryParam("language", filter.language());
		}
		return query.encode().build().toUriString();
	}

	void eventPage(Listed listed, Model model) {
		CampaignEvent e = listed.event();
		Language language = Language.fromCode(listed.language()).orElse(Language.EN);
		Row row = row(listed, language.locale());
		String page = this.urls.event(e.id());
		model.addAttribute("event", row);
		model.addAttribute("lang", language.code());
		model.addAttribute("dir", language.direction());
		model.addAttribute("ogLocale", language.ogLocale());
		model.addAttribute("campaign", this.brand.strings().get(language, "campaign.name"));
		model.addAttribute("pageUrl", page);
		String description = row.date() + (e.where().isEmpty() ? "" : " · " + e.where()) + " · " + listed.programme();
		model.addAttribute("description", description);
		Asset card = this.renders.assets(e.requestId())
			.stream()
			.filter((a) -> a.spec().key().equals(AssetSpec.of("social", PosterFormat.LINK_CARD_1200X630.format()).key()))
			.findFirst()
			.orElse(null);
		model.addAttribute("cardUrl", card == null ? null : this.urls.download(card.downloadToken()));
		model.addAttribute("cardAlt", this.brand.strings().get(language, "campaign.name") + ": " + listed.programme());
		model.addAttribute("link", e.url() == null ? null : e.url().toString());
		model.addAttribute("jsonLd", jsonLd(listed, page, description, card == null ? null : this.urls.download(card.downloadToken())));
		model.addAttribute("osm", e.located() ? "https://www.openstreetmap.org/?mlat=" + e.latitude() + "&mlon="
				+ e.longitude() + "#map=14/" + e.latitude() + "/" + e.longitude() : null);
	}

	/** The schema.org Event, safe inside a {@code <script type="application/ld+json">}. */
	private String jsonLd(Listed listed, String page, String description, String image) {
		CampaignEvent e = listed.event();
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("@context", "https://schema.org");
		event.put("@type", "Event");
		event.put("name", e.title());
		event.put("description", e.description() != null ? e.description() : description);
		event.put("startDate", e.allDay() ? e.date().toString() : e.startsAt().atZone(e.zone()).toOffsetDateTime().toString());
		event.put("endDate", e.allDay() ? e.date().toString() : e.endsAt().atZone(e.zone()).toOffsetDateTime().toString());
		event.put("eventStatus", e.cancelled() ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled");
		event.put("eventAttendanceMode", e.format().schema());
		event.put("inLanguage", e.languages());
		event.put("url", page);
		if (image != null) {
			event.put("image", List.of(image));
		}
		Map<String, Object> address = new LinkedHashMap<>();
		address.put("@type", "PostalAddress");
		if (e.city() != null) {
			address.put("addressLocality", e.city());
		}
		if (e.country() != null) {
			address.put("addressCountry", e.country());
		}
		Map<String, Object> place = new LinkedHashMap<>();
		place.put("@type", "Place");
		place.put("name", e.venue() != null ? e.venue() : e.where().isEmpty() ? listed.programme() : e.where());
		place.put("address", address);
		if (e.located()) {
			place.put("geo", Map.of("@type", "GeoCoordinates", "latitude", e.latitude(), "longitude", e.longitude()));
		}
		event.put("location", e.format() == eu.interreg.cooperationday.studio.events.EventFormat.ONLINE
				? Map.of("@type", "VirtualLocation", "url", e.url() != null ? e.url().toString() : page) : place);
		event.put("organizer", Map.of("@type", "Organization", "name", listed.programme(), "url", this.urls.share(listed.slug())));
		return JSON.writeValueAsString(event).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

	void embed(List<Listed> kept, Filter filter, boolean dark, String lang, Model model) {
		Language language = Language.fromCode(lang == null ? "" : lang)
			.orElseGet(() -> kept.isEmpty() ? Language.EN : Language.fromCode(kept.get(0).language()).orElse(Language.EN));
		model.addAttribute("events", kept.stream().map((l) -> row(l, language.locale())).toList());
		model.addAttribute("lang", language.code());
		model.addAttribute("dir", language.direction());
		model.addAttribute("theme", dark ? "dark" : "light");
		model.addAttribute("campaign", this.brand.strings().get(language, "campaign.name"));
		model.addAttribute("all", this.urls.base() + "/events" + query(filter));
		model.addAttribute("base", this.urls.base());
		model.addAttribute("map", this.map);
	}

}
