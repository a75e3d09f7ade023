package eu.interreg.cooperationday.studio.render.internal;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import eu.interreg.cooperationday.studio.programme.ProgrammeRequest;
import eu.interreg.cooperationday.studio.programme.ProgrammeRequestParser;
import eu.interreg.cooperationday.studio.problem.NotFoundException;
import eu.interreg.cooperationday.studio.system.PublicUrls;
import eu.interreg.cooperationday.studio.security.RateLimits;
import eu.interreg.cooperationday.studio.render.AssetGroup;
import eu.interreg.cooperationday.studio.render.RenderRequests;
import eu.interreg.cooperationday.studio.render.RenderStatus;
import eu.interreg.cooperationday.studio.render.RequestStatus;

/** The public API: ask for a programme's material, then follow its status to the download links. */
@RestController
@RequestMapping("/api/render-requests")
class RenderRequestController {

	private final ProgrammeRequestParser parser;

	private final RenderRequests renders;

	private final PublicUrls urls;

	private final RateLimits limits;

	RenderRequestController(ProgrammeRequestParser parser, RenderRequests renders, PublicUrls urls, RateLimits limits) {
		this.limits = limits;
		this.parser = parser;
		this.renders = renders;
		this.urls = urls;
	}

	record Accepted(String id, String status, String statusUrl) {
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Accepted> submit(@RequestParam(required = false) String programmeName,
			@RequestParam(required = false) String language, @RequestParam(required = false) String contactEmail,
			@RequestPart(required = false) MultipartFile logo, @RequestParam(required = false) String eventTitle,
			@RequestParam(required = false) String eventDate, @RequestParam(required = false) String eventVenue,
			@RequestParam(required = false) String eventUrl,
			@Parameter(description = "The event's city or town, in any spelling the studio's gazetteer knows (Köln, Cologne, Koeln)")
			@RequestParam(required = false) String eventCity,
			@Parameter(description = "The event's country: ISO 3166-1 alpha-2, needed with eventCity")
			@RequestParam(required = false) String eventCountry,
			@Parameter(description = "An https address told (signed POST of the status) when the request is DONE or FAILED")
			@RequestParam(required = false) String callbackUrl,
			@Parameter(description = "A second language to set the material in too (ISO 639-1, not the first)")
			@RequestParam(required = false) String secondLanguage,
			@Parameter(description = "The programme's name in the second language; the one name when absent")
			@RequestParam(required = false) String programmeNameSecond,
			@Parameter(description = "What to make: posters, social, video (repeated or comma-separated); all when absent")
			@RequestParam(required = false) List<String> assets) throws IOException {
		Set<AssetGroup> groups = AssetGroup.parse(assets);
		ProgrammeRequest request = this.parser.parse(ProgrammeRequestParser.RawFields.upload(programmeName, language,
				contactEmail, logo, eventTitle, eventDate, eventVenue, eventUrl, callbackUrl, secondLanguage,
				programmeNameSecond, eventCity, eventCountry));
		this.limits.acquire(RateLimits.Kind.SUBMISSIONS_PER_EMAIL, request.contactEmail());
		String id = this.renders.submit(request, groups, null, null);
		String statusUrl = this.urls.requestStatus(id);
		return ResponseEntity.accepted()
			.location(URI.create("/api/render-requests/" + id))
			.body(new Accepted(id, this.renders.find(id)
				.filter((r) -> r.status() == RenderStatus.AWAITING_CONFIRMATION)
				.map((r) -> r.status().name())
				.orElse(RenderStatus.QUEUED.name()), statusUrl));
	}

	@GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	RequestStatus status(@PathVariable String id) {
		return this.renders.status(id).orElseThrow(() -> new NotFoundException(
				"There is no render request " + (id.length() > 60 ? id.substring(0, 60) + "…" : id) + "."));
	}

}
