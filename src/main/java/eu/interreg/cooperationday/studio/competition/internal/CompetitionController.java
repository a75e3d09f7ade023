package eu.interreg.cooperationday.studio.competition.internal;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.problem.FieldProblem;
import eu.interreg.cooperationday.studio.problem.NotFoundException;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;
import eu.interreg.cooperationday.studio.security.RateLimits;
import eu.interreg.cooperationday.studio.storage.AssetStore;

/**
 * The competition's public side: {@code /competition} (the newest edition), an edition's page with its
 * entries (from the opening of the vote) and its vote forms, and once published its places; the vote's
 * confirmation link; the entries' photos; the awards' files. Every page works without JavaScript.
 */
@Controller
class CompetitionController {

	private final EditionRepository editions;

	private final EntryRepository entries;

	private final CompetitionPages pages;

	private final Votes votes;

	private final JuryRepository jury;

	private final AssetStore store;

	private final CompetitionWords words;

	private final Clock clock;

	CompetitionController(EditionRepository editions, EntryRepository entries, CompetitionPages pages, Votes votes,
			JuryRepository jury, AssetStore store, CompetitionWords words, Clock clock) {
		this.editions = editions;
		this.entries = entries;
		this.pages = pages;
		this.votes = votes;
		this.jury = jury;
		this.store = store;
		this.words = words;
		this.clock = clock;
	}

	@GetMapping("/competition")
	String newest(Model model, @RequestHeader(name = "Accept-Language", required = false) String accept) {
		Optional<Edition> newest = this.editions.all().stream().findFirst();
		if (newest.isEmpty()) {
			model.addAttribute("lang", "en");
			return "competition/none";
		}
		return edition(newest.get().id(), null, model, accept);
	}

	@GetMapping("/competition/{edition}")
	String edition(@PathVariable String edition, @RequestParam(required = false) String sent, Model model,
			@RequestHeader(name = "Accept-Language", required = false) String accept) {
		Edition found = this.editions.find(edition).orElseThrow(() -> new NotFoundException("There is no such edition."));
		String language = CompetitionPages.language(accept, this.words);
		speaking(model, language);
		model.addAttribute("view", this.pages.of(found, language));
		model.addAttribute("sent", sent);
		model.addAttribute("errors", Map.of());
		return "competition/edition";
	}

	@PostMapping("/competition/{edition}/vote")
	ModelAndView vote(@PathVariable String edition, @RequestParam(required = false) String entry,
			@RequestParam(required = false) String email, Model model, HttpServletRequest request,
			HttpServletResponse response, @RequestHeader(name = "Accept-Language", required = false) String accept) {
		String language = CompetitionPages.language(accept, this.words);
		try {
			Object client = request.getAttribute(RateLimits.CLIENT);
			this.votes.ask(edition, entry, email, client == null ? request.getRemoteAddr() : client.toString(), language);
			return seeOther("/competition/" + edition + "?sent=" + entry + "#entry-" + entry);
		}
		catch (RequestRefusedException ex) {
			Edition found = this.editions.find(edition).orElseThrow(() -> new NotFoundException("There is no such edition."));
			response.setStatus(422);
			Map<String, String> errors = new java.util.LinkedHashMap<>();
			for (FieldProblem problem : ex.problems()) {
				errors.merge(problem.field(), problem.reason(), (a, b) -> a + " " + b);
			}
			speaking(model, language);
			model.addAttribute("view", this.pages.of(found, language));
			model.addAttribute("errors", errors);
			model.addAttribute("refusedEntry", entry);
			model.addAttribute("typedEmail", email);
			return new ModelAndView("competition/edition", model.asMap());
		}
	}

	@GetMapping("/competition/vote/{token}")
	String confirm(@PathVariable String token, Model model, HttpServletResponse response,
			@RequestHeader(name = "Accept-Language", required = false) String accept) {
		Votes.Confirmation confirmation = this.votes.confirm(token);
		String language = CompetitionPages.language(accept, this.words);
		speaking(model, language);
		model.addAttribute("outcome", confirmation.outcome().name());
		model.addAttribute("entry", confirmation.entry());
		model.addAttribute("edition", confirmation.edition());
		if (confirmation.outcome() == Votes.Outcome.UNKNOWN) {
			response.setStatus(404);
		}
		else if (confirmation.outcome() == Votes.Outcome.CLOSED) {
			response.setStatus(409);
		}
		response.setHeader("Cache-Control", "no-store");
		return "competition/voted";
	}

	/** An entry's photo: public once its edition shows entries and while the entry stands; staff always. */
	@GetMapping("/competition/photos/{entry}/{ordinal}.jpg")
	ResponseEntity<InputStreamResource> photo(@PathVariable String entry, @PathVariable int ordinal,
			HttpServletRequest request) {
		Entry found = this.entries.find(entry).orElseThrow(() -> new NotFoundException("There is no such photo."));
		boolean staff = request.isUserInRole("STAFF");
		boolean shown = found.publishable()
				&& this.editions.find(found.editionId()).map((e) -> e.showsEntries(this.clock.instant())).orElse(false);
		Entry.Photo photo = found.photos().stream().filter((p) -> p.ordinal() == ordinal).findFirst().orElse(null);
		if (photo == null || !(shown || staff)) {
			throw new NotFoundException("There is no such photo.");
		}
		InputStream in = this.store.open(photo.objectKey());
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_JPEG)
			.cacheControl(shown ? CacheControl.noCache() : CacheControl.noStore())
			.eTag("\"" + photo.sha256() + "\"")
			.body(new InputStreamResource(in));
	}

	/** An award's file by its link's token. */
	@GetMapping("/competition/awards/{token}/{name}")
	ResponseEntity<InputStreamResource> award(@PathVariable String token, @PathVariable String name) {
		JuryRepository.AwardFile file = this.jury.fileByToken(token)
			.filter((f) -> f.name().equals(name))
			.orElseThrow(() -> new NotFoundException("There is no such file."));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.size())
			.eTag("\"" + file.sha256() + "\"")
			.header("Content-Disposition", "inline; filename=\"" + file.name() + "\"")
			.body(new InputStreamResource(this.store.open(file.objectKey())));
	}

	/** After a post, the page again by GET (303), so that reloading it posts nothing twice. */
	static ModelAndView seeOther(String url) {
		RedirectView view = new RedirectView(url, true);
		view.setStatusCode(HttpStatus.SEE_OTHER);
		view.setHttp10Compatible(false);
		return new ModelAndView(view);
	}

	/** The page's words in the visitor's language. */
	/** The page's language, its writing direction and its words in that language. */
	private void speaking(Model model, String language) {
		model.addAttribute("lang", language);
		model.addAttribute("dir", Language.rightToLeft(language) ? "rtl" : "ltr");
		model.addAttribute("ui", ui(language));
	}

	private Map<String, String> ui(String language) {
		Map<String, String> ui = new java.util.HashMap<>();
		for (String key : List.of("ui.vote", "ui.email", "ui.sent", "ui.counted", "ui.already", "ui.criteria", "ui.none",
				"ui.not-yet", "ui.in-english")) {
			ui.put(key.substring(3), this.words.text(language, key));
		}
		return ui;
	}

}
