package eu.interreg.cooperationday.studio.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.poster.PosterFormat;
import eu.interreg.cooperationday.studio.problem.FieldProblem;
import eu.interreg.cooperationday.studio.places.Gazetteer;
import eu.interreg.cooperationday.studio.programme.ProgrammeRequest;
import eu.interreg.cooperationday.studio.programme.ProgrammeRequestParser;
import eu.interreg.cooperationday.studio.problem.Refusal;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;
import eu.interreg.cooperationday.studio.programme.UploadLimits;
import eu.interreg.cooperationday.studio.render.Asset;
import eu.interreg.cooperationday.studio.render.AssetDownloaded;
import eu.interreg.cooperationday.studio.render.AssetGroup;
import eu.interreg.cooperationday.studio.render.AssetSpec;
import eu.interreg.cooperationday.studio.render.RenderRequest;
import eu.interreg.cooperationday.studio.render.RenderRequests;
import eu.interreg.cooperationday.studio.render.RenderStatus;
import eu.interreg.cooperationday.studio.problem.NotFoundException;
import eu.interreg.cooperationday.studio.security.RateLimits;
import eu.interreg.cooperationday.studio.problem.StudioBusyException;
import eu.interreg.cooperationday.studio.problem.ProblemWriter;
import eu.interreg.cooperationday.studio.problem.TooManyRequestsException;
import eu.interreg.cooperationday.studio.render.RequestStatus;
import eu.interreg.cooperationday.studio.sender.SenderConfirmations;

/**
 * The communicator's pages: the request form (works without JavaScript; the same validation and
 * messages as the API, shown next to their fields) and the status page with progress, previews,
 * the video, downloads and a zip of everything.
 */
@Controller
class PublicPagesController {

	private final ProgrammeRequestParser parser;

	private final RenderRequests renders;

	private final PageText text;

	private final UploadLimits limits;

	private final RateLimits rateLimits;

	private final ApplicationEventPublisher events;

	private final SenderConfirmations senders;

	PublicPagesController(ProgrammeRequestParser parser, RenderRequests renders, PageText text, UploadLimits limits,
			RateLimits rateLimits, ApplicationEventPublisher events, SenderConfirmations senders) {
		this.senders = senders;
		this.rateLimits = rateLimits;
		this.events = events;
		this.parser = parser;
		this.renders = renders;
		this.text = text;
		this.limits = limits;
	}

	/** What the form holds, to show it again after a refusal. */
	record FormData(String programmeName, String language, String contactEmail, String eventTitle, String eventDate,
			String eventVenue, String eventUrl, Set<String> assets, String secondLanguage, String programmeNameSecond,
			String eventCity, String eventCountry) {

		static FormData empty() {
			return new FormData("", "", "", "", "", "", "", Set.of("video", "posters", "social"), "", "", "", "");
		}

	}

	/** A preview on the status page. */
	record Thumbnail(String label, String url, int width, int height) {
	}

	/** A captions track of the page's video: one per language of the request. */
	record Track(String kind, String src, String lang, String label, boolean first) {
	}

	@GetMapping("/")
	String form(@RequestParam(required = false) String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage, Model model) {
		FormData empty = FormData.empty();
		Language second = this.text.pick(lang, ranges(acceptLanguage));
		if (second != null) {
			empty = new FormData("", second.code(), "", "", "", "", "", empty.assets(), "", "", "", "");
		}
		return form(model, empty, Map.of());
	}

	private static List<Locale.LanguageRange> ranges(String acceptLanguage) {
		try {
			return acceptLanguage == null ? List.of() : Locale.LanguageRange.parse(acceptLanguage);
		}
		catch (IllegalArgumentException ex) {
			return List.of();
		}
	}

	@PostMapping(path = "/", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String submit(@RequestParam(required = false) String programmeName, @RequestParam(required = false) String language,
			@RequestParam(required = false) String contactEmail, @RequestPart(required = false) MultipartFile logo,
			@RequestParam(required = false) String eventTitle, @RequestParam(required = false) String eventDate,
			@RequestParam(required = false) String eventVenue, @RequestParam(required = false) String eventUrl,
			@RequestParam(required = false) List<String> assets, @RequestParam(required = false) String secondLanguage,
			@RequestParam(required = false) String programmeNameSecond, @RequestParam(required = false) String eventCity,
			@RequestParam(required = false) String eventCountry, Model model, HttpServletResponse response)
			throws IOException {
		FormData data = new FormData(programmeName, language, contactEmail, eventTitle, eventDate, eventVenue, eventUrl,
				assets == null ? Set.of() : Set.copyOf(assets), secondLanguage == null ? "" : secondLanguage,
				programmeNameSecond == null ? "" : programmeNameSecond, eventCity == null ? "" : eventCity,
				eventCountry == null ? "" : eventCountry);
		try {
			ProgrammeRequest request = this.parser.parse(ProgrammeRequestParser.RawFields.upload(programmeName, language,
					contactEmail, logo, eventTitle, eventDate, eventVenue, eventUrl, null, secondLanguage,
					programmeNameSecond, eventCity, eventCountry));
			this.rateLimits.acquire(RateLimits.Kind.SUBMISSIONS_PER_EMAIL, request.contactEmail());
			String id = this.renders.submit(request, AssetGroup.parse(assets), null, null);
			response.setStatus(303);
			return "redirect:/requests/" + id;
		}
		catch (RequestRefusedException ex) {
			response.setStatus(ProblemWriter.status(ex.refusal().kind()).value());
			Map<String, String> errors = new LinkedHashMap<>();
			for (FieldProblem problem : ex.problems()) {
				errors.putIfAbsent(problem.field(), problem.reason());
			}
			return form(model, data, errors);
		}
		catch (TooManyRequestsException ex) {
			response.setStatus(429);
			response.setHeader("Retry-After", Long.toString(ex.retryAfterSeconds()));
			return form(model, data, Map.of("contactEmail", ex.getMessage()));
		}
		catch (StudioBusyException ex) {
			response.setStatus(503);
			response.setHeader("Retry-After", Long.toString(ex.retryAfterSeconds()));
			return form(model, data, Map.of("programmeName", ex.getMessage()));
		}
	}

	/**
	 * The form again for a post whose body was over the limit (forwarded by the body limit, which never
	 * read it, so the values typed cannot come back): 413, the reason beside the logo field in the API's
	 * words.
	 */
	@GetMapping("/form/upload-too-large")
	String uploadTooLarge(Model model, HttpServletResponse response) {
		response.setStatus(413);
		return form(model, FormData.empty(), Map.of("logo", "The logo is larger than " + this.limits.logoMaxSizeText()
				+ ". Choose a smaller file (the other fields have to be filled in again)."));
	}

	/** The link of the confirmation email: the sender's address is confirmed and the request starts. */
	@GetMapping("/confirm/{token}")
	String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
		java.util.Optional<String> id = this.senders.confirm(token);
		if (id.isEmpty()) {
			response.setStatus(404);
		}
		model.addAttribute("requestId", id.orElse(null));
		response.setHeader("Cache-Control", "no-store");
		return "confirmed";
	}

	private String form(Model model, FormData data, Map<String, String> errors) {
		model.addAttribute("form", data);
		model.addAttribute("errors", errors);
		model.addAttribute("languages", Language.values());
		model.addAttribute("countries", Gazetteer.bundled().countryNames(Locale.ENGLISH));
		model.addAttribute("logoMaxSize", this.limits.logoMaxSizeText());
		model.addAttribute("logoMaxBytes", this.limits.logoMaxSize().toBytes());
		model.addAttribute("ui", this.text.texts(this.text.pick(data.language(), List.of())));
		return "form";
	}

	/**
	 * The page strings of one language, for the form to relabel itself when a language is chosen:
	 * {@code {"programme-name": "Nom du programme", ...}}; empty for English and languages without them.
	 */
	@GetMapping(path = "/ui-text/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, String>> uiText(@PathVariable String code) {
		Language language = Language.fromCode(code)
			.orElseThrow(() -> new NotFoundException("There is no language " + code + "."));
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1))).body(this.text.local(language));
	}

	@GetMapping("/requests/{id}")
	String request(@PathVariable String id, Model model) {
		RenderRequest request = find(id);
		List<Asset> stored = this.renders.assets(id);
		long total = request.wanted().size();
		List<Thumbnail> thumbnails = new ArrayList<>();
		String video = null;
		String videoPoster = null;
		String described = null;
		List<Track> tracks = new ArrayList<>();
		for (Asset asset : stored) {
			String link = "/d/" + asset.downloadToken();
			AssetSpec spec = asset.spec();
			// the page plays the landscape video, with its poster frame and captions
			boolean landscape = spec.shape() == AssetSpec.VideoShape.LANDSCAPE;
			switch (spec.maker()) {
				case POSTER_THUMBNAIL -> thumbnails.add(new Thumbnail(asset.format(), link, PosterFormat.THUMBNAIL_WIDTH,
						spec.poster().thumbnailHeight()));
				case VIDEO -> video = landscape ? link : video;
				case VIDEO_THUMBNAIL -> videoPoster = landscape ? link : videoPoster;
				case CAPTIONS -> {
					if (landscape) {
						Language language = spec.language() != null ? spec.language() : request.language();
						tracks.add(new Track("captions", "/requests/" + id + "/captions.vtt?lang=" + language.code(), language.code(),
								language.ownName(), language == request.language()));
					}
				}
				case DESCRIPTIONS -> tracks.add(new Track("descriptions", "/requests/" + id + "/descriptions.vtt",
						request.language().code(), "Audio description", false));
				case DESCRIBED_VIDEO -> described = link;
				case POSTER -> {
					// listed with the downloads
				}
			}
		}
		boolean finished = request.status() == RenderStatus.DONE || request.status() == RenderStatus.FAILED;
		model.addAttribute("request", request);
		model.addAttribute("shareUrl", this.renders.status(id).map(RequestStatus::shareUrl).orElse(null));
		model.addAttribute("ui", this.text.texts(request.language()));
		model.addAttribute("assets", stored);
		model.addAttribute("done", stored.size());
		model.addAttribute("total", total);
		model.addAttribute("finished", finished);
		model.addAttribute("thumbnails", thumbnails);
		model.addAttribute("video", request.status() == RenderStatus.DONE ? video : null);
		model.addAttribute("videoPoster", videoPoster);
		model.addAttribute("described", request.status() == RenderStatus.DONE ? described : null);
		model.addAttribute("noDescription", this.renders.whyNotDescribed(request));
		model.addAttribute("refreshSeconds", finished ? null : 5);
		model.addAttribute("tracks", tracks.stream().sorted((a, b) -> Boolean.compare(b.first(), a.first())).toList());
		return "request";
	}

	/**
	 * The landscape video's captions served from this origin, as a {@code <track>} needs: in {@code lang}
	 * for a bilingual request (each language has its own), else the request's one.
	 */
	@GetMapping(path = "/requests/{id}/captions.vtt")
	ResponseEntity<StreamingResponseBody> captions(@PathVariable String id, @RequestParam(required = false) String lang) {
		RenderRequest request = find(id);
		Language wanted = Language.fromCode(lang).orElse(request.language());
		Asset captions = this.renders.assets(id)
			.stream()
			.filter((a) -> a.spec().maker() == AssetSpec.Maker.CAPTIONS
					&& a.spec().shape() == AssetSpec.VideoShape.LANDSCAPE
					&& (a.spec().language() == null ? request.language() : a.spec().language()) == wanted)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("This request has no captions yet."));
		return track(captions);
	}

	/** The audio-described video's descriptions (WebVTT) served from this origin, for its {@code <track>}. */
	@GetMapping(path = "/requests/{id}/descriptions.vtt")
	ResponseEntity<StreamingResponseBody> descriptions(@PathVariable String id) {
		find(id);
		Asset descriptions = this.renders.assets(id)
			.stream()
			.filter((a) -> a.spec().maker() == AssetSpec.Maker.DESCRIPTIONS)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("This request has no audio description."));
		return track(descriptions);
	}

	private ResponseEntity<StreamingResponseBody> track(Asset vtt) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/vtt;charset=UTF-8"))
			.body((out) -> {
				try (InputStream in = this.renders.open(vtt)) {
					in.transferTo(out);
				}
			});
	}

	/**
	 * Every file of the request in one zip, streamed from storage as it is written; under the download
	 * limit, and counted with the downloads (as kind {@code zip}).
	 */
	@Operation(summary = "Every file of a request in one zip", description = "Streams the request's files as they are "
			+ "read from storage. Limited like the download links (studio.rate-limits.downloads per address); "
			+ "counted in the campaign figures as kind zip.")
	@ApiResponse(responseCode = "200", description = "The zip", content = @Content(mediaType = "application/zip"))
	@ApiResponse(responseCode = "404", description = "No such request", content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "429", description = "Over the download limit", content = @Content(mediaType = "application/problem+json"))
	@GetMapping("/requests/{id}/download.zip")
	ResponseEntity<StreamingResponseBody> downloadAll(@PathVariable String id) {
		RenderRequest request = find(id);
		List<Asset> stored = this.renders.assets(id);
		this.events.publishEvent(new AssetDownloaded("zip", "all"));
		String name = "cooperation-day-" + request.id().substring(0, 8) + ".zip";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.contentType(MediaType.parseMediaType("application/zip"))
			.body((out) -> {
				try (ZipOutputStream zip = new ZipOutputStream(out)) {
					for (Asset asset : stored) {
						zip.putNextEntry(new ZipEntry(asset.objectKey().substring(asset.objectKey().lastIndexOf('/') + 1)));
						try (InputStream in = this.renders.open(asset)) {
							in.transferTo(zip);
						}
						zip.closeEntry();
					}
				}
			});
	}

	private RenderRequest find(String id) {
		return this.renders.find(id).orElseThrow(() -> new NotFoundException("There is no such request."));
	}

}
