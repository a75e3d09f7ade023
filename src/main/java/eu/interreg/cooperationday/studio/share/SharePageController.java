package eu.interreg.cooperationday.studio.share;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.brand.LocalisedStrings;
import eu.interreg.cooperationday.studio.poster.PosterFormat;
import eu.interreg.cooperationday.studio.programme.Event;
import eu.interreg.cooperationday.studio.render.Asset;
import eu.interreg.cooperationday.studio.render.AssetKind;
import eu.interreg.cooperationday.studio.render.AssetSpec;
import eu.interreg.cooperationday.studio.render.RenderRequest;
import eu.interreg.cooperationday.studio.render.RenderRequests;
import eu.interreg.cooperationday.studio.problem.NotFoundException;
import eu.interreg.cooperationday.studio.system.PublicUrls;

/**
 * A finished request's public page, {@code /p/{slug}}: the programme and its event, the video with its
 * captions and poster frame, the posters and images to download, and the link card as its Open Graph and
 * Twitter image, so a post of the address unfurls with the programme's own card. Also the event as an
 * iCalendar file and the communicator's unpublish link. An unpublished page, or one of a request that is
 * not DONE, is not found.
 */
@Controller
class SharePageController {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SharePageController.class);

	private static final String NOT_FOUND = "There is no share page at this address (it may have been unpublished).";

	private final RenderRequests renders;

	private final SharePages pages;

	private final PublicUrls urls;

	private final LocalisedStrings strings;

	private final ApplicationEventPublisher events;

	/** The competition's places of the programme's events (none without a competition). */
	private final ProgrammeAwards awards;

	SharePageController(RenderRequests renders, SharePages pages, PublicUrls urls, BrandKit brand,
			ApplicationEventPublisher events, org.springframework.beans.factory.ObjectProvider<ProgrammeAwards> awards) {
		this.awards = awards.getIfAvailable(() -> (id) -> java.util.List.of());
		this.renders = renders;
		this.pages = pages;
		this.urls = urls;
		this.strings = brand.strings();
		this.events = events;
	}

	/** A captions track of the video: one, or one per language of a bilingual request (its first first). */
	record Track(String kind, String src, String lang, String label, boolean first) {
	}

	/** A file offered on the page. */
	private static final AssetSpec DESCRIPTIONS = AssetSpec.of(AssetKind.DESCRIPTIONS.id(),
			AssetSpec.VideoShape.LANDSCAPE.format() + "-vtt");

	private static final AssetSpec DESCRIBED = AssetSpec.of(AssetKind.DESCRIBED.id(), AssetSpec.VideoShape.LANDSCAPE.format());

	record Download(String label, String description, String url, String thumbnail) {
	}

	@GetMapping("/p/{slug}")
	String page(@PathVariable String slug, @RequestParam(required = false) String key, Model model,
			HttpServletResponse response) {
		RenderRequest request = shared(slug);
		boolean owner = key != null && this.pages.ownedBy(slug, key).filter(request.id()::equals).isPresent();
		model.addAttribute("owner", owner ? owner(request, slug, key) : null);
		Map<String, Asset> assets = this.renders.assets(request.id())
			.stream()
			.collect(Collectors.toMap((a) -> a.spec().key(), Function.identity()));
		Language language = request.language();
		model.addAttribute("request", request);
		model.addAttribute("awards", this.awards.of(request.id()));
		model.addAttribute("lang", language.code());
		model.addAttribute("ogLocale", language.ogLocale());
		model.addAttribute("ogLocaleAlternate", request.secondLanguage() == null ? null : request.secondLanguage().ogLocale());
		model.addAttribute("dir", language.direction());
		model.addAttribute("campaign", this.strings.get(language, "campaign.name"));
		model.addAttribute("slogan", this.strings.get(language, "slogan"));
		model.addAttribute("pageUrl", this.urls.share(slug));
		model.addAttribute("t", labels(language));
		Event event = request.event();
		model.addAttribute("event", event);
		model.addAttribute("eventDate", event == null || event.date() == null ? null
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(event.date()));
		model.addAttribute("eventIso", event == null || event.date() == null ? null : event.date().toString());
		model.addAttribute("calendarUrl", event == null || event.date() == null ? null
				: "/p/" + slug + "/event.ics");
		model.addAttribute("description", description(request, language));

		Asset card = assets.get(AssetSpec.of(AssetKind.SOCIAL.id(), PosterFormat.LINK_CARD_1200X630.format()).key());
		model.addAttribute("cardUrl", card == null ? null : this.urls.download(card.downloadToken()));
		model.addAttribute("cardAlt", this.strings.get(language, "campaign.name") + ": " + request.programmeName());

		String shape = AssetSpec.VideoShape.LANDSCAPE.format();
		AssetSpec landscape = AssetSpec.video(AssetSpec.VideoShape.LANDSCAPE);
		Asset video = assets.get(landscape.key());
		Asset frame = assets.get(AssetSpec.thumbnailOf(landscape).key());
		model.addAttribute("video", video == null ? null : this.urls.download(video.downloadToken()));
		model.addAttribute("videoPoster", frame == null ? null : this.urls.download(frame.downloadToken()));
		model.addAttribute("tracks", tracks(request, slug, assets, shape));
		Asset described = assets.get(DESCRIBED.key());
		model.addAttribute("described", described == null ? null : this.urls.download(described.downloadToken()));
		model.addAttribute("transcript", transcript(assets));
		model.addAttribute("downloads", downloads(assets));
		if (owner) {
			// the page with its owner's key: not kept by caches, not listed by search engines, not counted
			response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
			response.setHeader("X-Robots-Tag", "noindex");
			return "share/page";
		}
		this.events.publishEvent(new SharePageViewed());
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().getHeaderValue());
		return "share/page";
	}

	/**
	 * What the page shows its owner (who came with the key of the ready email's links): the campaign kit,
	 * the status page, the events and the unpublish link; in English where the language has no words for it.
	 */
	private Map<String, String> owner(RenderRequest request, String slug, String key) {
		Language language = this.strings.has(request.language(), "share.owner.title") ? request.language() : Language.EN;
		String encoded = java.net.URLEncoder.encode(key, java.nio.charset.StandardCharsets.UTF_8);
		Map<String, String> owner = new java.util.LinkedHashMap<>();
		owner.put("lang", language.code());
		for (String word : List.of("title", "note", "kit", "kitHint", "status", "events", "unpublish")) {
			owner.put(word, this.strings.get(language, "share.owner." + word));
		}
		owner.put("kitUrl", "/requests/" + request.id() + "/kit/campaign-kit.zip");
		owner.put("statusUrl", "/requests/" + request.id());
		owner.put("eventsUrl", "/p/" + slug + "/events?key=" + encoded);
		owner.put("unpublishUrl", "/p/" + slug + "/unpublish?key=" + encoded);
		return owner;
	}

	@GetMapping("/p/{slug}/event.ics")
	ResponseEntity<byte[]> calendar(@PathVariable String slug) {
		RenderRequest request = shared(slug);
		Event event = request.event();
		if (event == null || event.date() == null) {
			throw new NotFoundException("This programme's page names no event date.");
		}
		String summary = event.title() != null ? event.title() : request.programmeName();
		String description = request.programmeName() + " · "
				+ this.strings.get(request.language(), "campaign.name") + "\n" + this.urls.share(slug);
		String ics = EventCalendar.write(new EventCalendar.Entry(request.id() + "@cooperation-day-studio",
				request.createdAt(), event.date(), summary, event.venue(), description, event.url()));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("event.ics").build().toString())
			.cacheControl(CacheControl.noCache())
			.body(ics.getBytes(StandardCharsets.UTF_8));
	}

	/** The video's captions from the page's own origin, so the browser's track loads them. */
	@GetMapping("/p/{slug}/captions/{format}")
	void captions(@PathVariable String slug, @PathVariable String format, HttpServletResponse response)
			throws IOException {
		track(slug, AssetKind.CAPTIONS, format, response);
	}

	/** The audio-described video's descriptions, from the page's own origin like the captions. */
	@GetMapping("/p/{slug}/descriptions/{format}")
	void descriptions(@PathVariable String slug, @PathVariable String format, HttpServletResponse response)
			throws IOException {
		track(slug, AssetKind.DESCRIPTIONS, format, response);
	}

	private void track(String slug, AssetKind kind, String format, HttpServletResponse response) throws IOException {
		RenderRequest request = shared(slug);
		Asset track = this.renders.assets(request.id())
			.stream()
			.filter((a) -> a.kind().equals(kind.id()) && a.format().equals(format))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("This page has no such " + kind.id() + "."));
		response.setContentType("text/vtt;charset=UTF-8");
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().getHeaderValue());
		try (InputStream in = this.renders.open(track); OutputStream out = response.getOutputStream()) {
			in.transferTo(out);
		}
	}

	/** The transcript of the audio-described video, read from its descriptions; null when it has none. */
	private Transcript transcript(Map<String, Asset> assets) {
		Asset descriptions = assets.get(DESCRIPTIONS.key());
		if (descriptions == null) {
			return null;
		}
		try (InputStream in = this.renders.open(descriptions)) {
			return Transcript.of(new String(in.readNBytes(256 * 1024), StandardCharsets.UTF_8));
		}
		catch (IOException | RuntimeException ex) {
			log.warn("The transcript of {} could not be read: {}", descriptions.requestId(), ex.toString());
			return null;
		}
	}

	/** The communicator's link from the email: asks to confirm (a link preview must not unpublish). */
	@GetMapping("/p/{slug}/unpublish")
	String confirmUnpublish(@PathVariable String slug, @RequestParam(required = false) String key, Model model) {
		RenderRequest request = shared(slug);
		model.addAttribute("request", request);
		model.addAttribute("key", key == null ? "" : key);
		model.addAttribute("slug", slug);
		model.addAttribute("done", false);
		return "share/unpublish";
	}

	@PostMapping("/p/{slug}/unpublish")
	String unpublish(@PathVariable String slug, @RequestParam(required = false) String key, Model model) {
		RenderRequest request = shared(slug);
		if (!this.pages.unpublish(slug, key)) {
			throw new NotFoundException("This unpublish link is not right. Use the link from the email.");
		}
		model.addAttribute("request", request);
		model.addAttribute("slug", slug);
		model.addAttribute("done", true);
		return "share/unpublish";
	}

	private static List<Track> tracks(RenderRequest request, String slug, Map<String, Asset> assets, String shape) {
		List<Track> tracks = new ArrayList<>();
		for (AssetSpec spec : request.wanted()) {
			Asset captions = assets.get(spec.key());
			if (captions == null || spec.maker() != AssetSpec.Maker.CAPTIONS || !spec.shape().format().equals(shape)) {
				continue;
			}
			Language language = spec.language() != null ? spec.language() : request.language();
			tracks.add(new Track("captions", "/p/" + slug + "/captions/" + captions.format(), language.code(),
					language.ownName(), language == request.language()));
		}
		Asset descriptions = assets.get(DESCRIPTIONS.key());
		if (descriptions != null) {
			tracks.add(new Track("descriptions", "/p/" + slug + "/descriptions/" + descriptions.format(),
					request.language().code(), request.language().ownName(), false));
		}
		return tracks;
	}

	private RenderRequest shared(String slug) {
		return this.pages.shared(slug).orElseThrow(() -> new NotFoundException(NOT_FOUND));
	}

	private String description(RenderRequest request, Language language) {
		StringBuilder text = new StringBuilder(this.strings.get(language, "slogan"));
		Event event = request.event();
		if (event != null && event.title() != null) {
			text.append(" · ").append(event.title());
		}
		if (event != null && event.date() != null) {
			text.append(" · ")
				.append(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(event.date()));
		}
		if (event != null && event.venue() != null) {
			text.append(" · ").append(event.venue());
		}
		return text.toString();
	}

	private List<Download> downloads(Map<String, Asset> assets) {
		List<Download> downloads = new ArrayList<>();
		for (AssetSpec spec : AssetSpec.ALL) {
			Asset asset = assets.get(spec.key());
			if (asset == null || spec.maker() == AssetSpec.Maker.POSTER_THUMBNAIL
					|| spec.maker() == AssetSpec.Maker.VIDEO_THUMBNAIL || spec.maker() == AssetSpec.Maker.CAPTIONS
					|| spec.maker() == AssetSpec.Maker.DESCRIPTIONS) {
				continue;
			}
			Asset thumbnail = assets.get(AssetSpec.thumbnailOf(spec).key());
			downloads.add(new Download(label(spec), spec.fileType().name() + ", " + size(asset.sizeBytes()),
					this.urls.download(asset.downloadToken()),
					thumbnail == null ? null : this.urls.download(thumbnail.downloadToken())));
		}
		return downloads;
	}

	private static String label(AssetSpec spec) {
		String kind = switch (spec.kind()) {
			case POSTER -> "Poster";
			case SOCIAL -> "Social image";
			case VIDEO -> "Video";
			case DESCRIBED -> "Audio-described video";
			case THUMBNAIL, COVER, CAPTIONS, DESCRIPTIONS -> spec.kind().id();
		};
		return kind + " " + spec.format();
	}

	private static String size(long bytes) {
		return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024))
				: String.format(Locale.ROOT, "%d kB", Math.max(1, bytes / 1024));
	}

	/** The page's own words in the request's language, English where the brand kit has none. */
	private Map<String, String> labels(Language language) {
		return Map.of("video", this.strings.get(language, "share.video"), "downloads",
				this.strings.get(language, "ui.downloads"), "event", this.strings.get(language, "share.event"),
				"date", this.strings.get(language, "event.date"), "venue", this.strings.get(language, "event.venue"),
				"calendar", this.strings.get(language, "share.calendar"), "transcript",
				this.strings.get(language, "share.transcript"), "described", this.strings.get(language, "share.described"), "link",
				this.strings.get(language, "share.link"), "download", this.strings.get(language, "share.download"));
	}

}
