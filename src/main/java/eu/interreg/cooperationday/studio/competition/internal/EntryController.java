package eu.interreg.cooperationday.studio.competition.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;

import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.problem.FieldProblem;
import eu.interreg.cooperationday.studio.problem.NotFoundException;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;
import eu.interreg.cooperationday.studio.programme.UploadLimits;
import eu.interreg.cooperationday.studio.render.RenderRequest;
import eu.interreg.cooperationday.studio.render.RenderRequests;
import eu.interreg.cooperationday.studio.share.SharePages;

/**
 * Where a communicator enters the programme's events in the competition, from the secret link of the
 * events page ({@code /p/{slug}/competition?key=...}, the key of the share page): a new entry, changes to
 * an entry until entries close, and withdrawal until the results are out. A refused form comes back with
 * every wrong field named (422).
 */
@Controller
class EntryController {

	private final Entries entries;

	private final EntryRepository repository;

	private final EditionRepository editions;

	private final SharePages pages;

	private final RenderRequests renders;

	private final Clock clock;

	private final CompetitionPages competitionPages;

	EntryController(Entries entries, EntryRepository repository, EditionRepository editions, SharePages pages,
			RenderRequests renders, Clock clock, CompetitionPages competitionPages) {
		this.competitionPages = competitionPages;
		this.entries = entries;
		this.repository = repository;
		this.editions = editions;
		this.pages = pages;
		this.renders = renders;
		this.clock = clock;
	}

	private RenderRequest owner(String slug, String key) {
		String id = this.pages.ownedBy(slug, key)
			.orElseThrow(() -> new NotFoundException("This link is not right: use the competition link of your events page."));
		return this.renders.find(id).orElseThrow(() -> new NotFoundException("There is no such programme."));
	}

	private Edition edition() {
		return this.editions.all().stream().findFirst()
			.orElseThrow(() -> new NotFoundException("The campaign has not opened a competition yet."));
	}

	@GetMapping("/p/{slug}/competition")
	String page(@PathVariable String slug, @RequestParam(required = false) String key,
			@RequestParam(required = false) String saved, Model model) {
		RenderRequest request = owner(slug, key);
		return page(slug, key, request, edition(), model, saved, null, Map.of(), Map.of());
	}

	@PostMapping("/p/{slug}/competition")
	ModelAndView save(@PathVariable String slug, @RequestParam Map<String, String> form, MultipartHttpServletRequest multipart,
			Model model, HttpServletResponse response) {
		RenderRequest request = owner(slug, form.get("key"));
		Edition edition = edition();
		String entryId = form.get("entry") == null || form.get("entry").isBlank() ? null : form.get("entry");
		List<Entries.Upload> uploads = new ArrayList<>();
		List<String> alts = new ArrayList<>();
		for (int i = 1; i <= UploadLimits.PHOTOS_PER_ENTRY; i++) {
			MultipartFile file = multipart.getFile("photo" + i);
			try {
				uploads.add(new Entries.Upload(file == null ? null : file.getOriginalFilename(),
						file == null || file.isEmpty() ? null : file.getBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			alts.add(form.getOrDefault("alt" + i, ""));
		}
		// the alt texts of the photos sent, in the order they were sent
		List<String> sentAlts = new ArrayList<>();
		List<Entries.Upload> sent = new ArrayList<>();
		for (int i = 0; i < uploads.size(); i++) {
			if (uploads.get(i).bytes() != null) {
				sent.add(uploads.get(i));
				sentAlts.add(alts.get(i));
			}
		}
		Entries.Form fields = new Entries.Form(form.get("category"), form.get("event"), form.get("story"),
				form.get("summaryEn"), form.get("language"), form.get("attendees"), "on".equals(form.get("consent")),
				sent, sent.isEmpty() ? alts : sentAlts);
		try {
			Entry entry = this.entries.save(edition, request.id(), entryId, fields);
			return CompetitionController.seeOther("/p/" + slug + "/competition?key=" + form.get("key") + "&saved=" + entry.id());
		}
		catch (RequestRefusedException ex) {
			response.setStatus(ex.refusal().kind() == eu.interreg.cooperationday.studio.problem.Refusal.Kind.TOO_LARGE ? 413 : 422);
			Map<String, String> errors = new LinkedHashMap<>();
			for (FieldProblem problem : ex.problems()) {
				errors.merge(problem.field(), problem.reason(), (a, b) -> a + " " + b);
			}
			return new ModelAndView(page(slug, form.get("key"), request, edition, model, null,
					entryId == null ? "new" : entryId, form, errors), model.asMap());
		}
	}

	@PostMapping("/p/{slug}/competition/{entry}/withdraw")
	ModelAndView withdraw(@PathVariable String slug, @PathVariable String entry, @RequestParam Map<String, String> form) {
		RenderRequest request = owner(slug, form.get("key"));
		if (!this.entries.withdraw(edition(), request.id(), entry)) {
			throw new NotFoundException("There is no such entry.");
		}
		return CompetitionController.seeOther("/p/" + slug + "/competition?key=" + form.get("key") + "&saved=" + entry);
	}

	private String page(String slug, String key, RenderRequest request, Edition edition, Model model, String saved,
			String failed, Map<String, String> form, Map<String, String> errors) {
		model.addAttribute("request", request);
		model.addAttribute("edition", edition);
		model.addAttribute("status", this.competitionPages.status(edition, edition.phase(this.clock.instant()), "en"));
		model.addAttribute("open", edition.takesEntries(this.clock.instant()));
		model.addAttribute("published", edition.publishedAt() != null);
		model.addAttribute("base", "/p/" + slug + "/competition");
		model.addAttribute("key", key);
		model.addAttribute("events", this.entries.enterable(request.id()));
		model.addAttribute("mine", this.repository.ofRequest(edition.id(), request.id()));
		model.addAttribute("languages", Language.values());
		model.addAttribute("defaultLanguage", request.language().code());
		model.addAttribute("saved", saved);
		model.addAttribute("failed", failed);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("maxPhotos", UploadLimits.PHOTOS_PER_ENTRY);
		model.addAttribute("maxStory", Entries.MAX_STORY);
		return "competition/enter";
	}

}
