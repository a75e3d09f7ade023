package eu.interreg.cooperationday.studio.events.internal;

import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import eu.interreg.cooperationday.studio.events.CampaignEvent;
import eu.interreg.cooperationday.studio.events.CampaignEvents;
import eu.interreg.cooperationday.studio.events.EventDraft;
import eu.interreg.cooperationday.studio.places.Gazetteer;
import eu.interreg.cooperationday.studio.problem.FieldProblem;
import eu.interreg.cooperationday.studio.problem.NotFoundException;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;
import eu.interreg.cooperationday.studio.render.RenderRequest;
import eu.interreg.cooperationday.studio.render.RenderRequests;
import eu.interreg.cooperationday.studio.share.SharePages;

/**
 * Where a programme's events are managed: by its communicator from the secret link of the ready email
 * ({@code /p/{slug}/events?key=...}, the key of the unpublish link) and by staff from the console
 * ({@code /staff/requests/{id}/events}). Add, edit, cancel or restore; a refused form comes back with
 * every wrong field named (422). None of it renders anything: the files show the request's own event,
 * whose title, date, venue and link stay as the request gave them.
 */
@Controller
class ManageEventsController {

	private final CampaignEvents events;

	private final SharePages pages;

	private final RenderRequests renders;

	private final Gazetteer gazetteer;

	private final EventDrafts.Window window;

	ManageEventsController(CampaignEvents events, SharePages pages, RenderRequests renders, Gazetteer gazetteer,
			@org.springframework.beans.factory.annotation.Value("${studio.events.window-from:--07-01}") String from,
			@org.springframework.beans.factory.annotation.Value("${studio.events.window-to:--10-31}") String to) {
		this.events = events;
		this.pages = pages;
		this.renders = renders;
		this.gazetteer = gazetteer;
		this.window = new EventDrafts.Window(MonthDay.parse(from), MonthDay.parse(to));
	}

	/** Whose events a page manages, and the address its forms post to. */
	private record Owner(RenderRequest request, String base, String key) {
	}

	private Owner owner(String slug, String key) {
		String id = this.pages.ownedBy(slug, key).orElseThrow(() -> new NotFoundException(
				"This link is not right: use the events link of your email."));
		return new Owner(request(id), "/p/" + slug + "/events", key);
	}

	private Owner staff(String id) {
		return new Owner(request(id), "/staff/requests/" + id + "/events", null);
	}

	private RenderRequest request(String id) {
		return this.renders.find(id).orElseThrow(() -> new NotFoundException("There is no such request."));
	}

	@GetMapping("/p/{slug}/events")
	String manage(@PathVariable String slug, @RequestParam(required = false) String key,
			@RequestParam(required = false) String saved, @RequestParam(required = false) String warning,
			@RequestParam(defaultValue = "0") int remade, Model model) {
		model.addAttribute("remade", remade);
		return page(owner(slug, key), model, saved, warning, null, null, Map.of());
	}

	@GetMapping("/staff/requests/{id}/events")
	String manageAsStaff(@PathVariable String id, @RequestParam(required = false) String saved,
			@RequestParam(required = false) String warning, @RequestParam(defaultValue = "0") int remade, Model model) {
		model.addAttribute("remade", remade);
		return page(staff(id), model, saved, warning, null, null, Map.of());
	}

	@PostMapping("/p/{slug}/events")
	ModelAndView add(@PathVariable String slug, @RequestParam Map<String, String> form,
			@RequestParam(required = false) List<String> languages, Model model, HttpServletResponse response) {
		return save(owner(slug, form.get("key")), null, form, languages, model, response);
	}

	@PostMapping("/staff/requests/{id}/events")
	ModelAndView addAsStaff(@PathVariable String id, @RequestParam Map<String, String> form,
			@RequestParam(required = false) List<String> languages, Model model, HttpServletResponse response) {
		return save(staff(id), null, form, languages, model, response);
	}

	@PostMapping("/p/{slug}/events/{event}")
	ModelAndView edit(@PathVariable String slug, @PathVariable String event, @RequestParam Map<String, String> form,
			@RequestParam(required = false) List<String> languages, Model model, HttpServletResponse response) {
		return save(owner(slug, form.get("key")), event, form, languages, model, response);
	}

	@PostMapping("/staff/requests/{id}/events/{event}")
	ModelAndView editAsStaff(@PathVariable String id, @PathVariable String event, @RequestParam Map<String, String> form,
			@RequestParam(required = false) List<String> languages, Model model, HttpServletResponse response) {
		return save(staff(id), event, form, languages, model, response);
	}

	@PostMapping("/p/{slug}/events/{event}/cancel")
	ModelAndView cancel(@PathVariable String slug, @PathVariable String event, @RequestParam Map<String, String> form,
			HttpServletResponse response) {
		return cancel(owner(slug, form.get("key")), event, !"false".equals(form.get("cancelled")), response);
	}

	@PostMapping("/staff/requests/{id}/events/{event}/cancel")
	ModelAndView cancelAsStaff(@PathVariable String id, @PathVariable String event, @RequestParam Map<String, String> form,
			HttpServletResponse response) {
		return cancel(staff(id), event, !"false".equals(form.get("cancelled")), response);
	}

	private ModelAndView cancel(Owner owner, String event, boolean cancelled, HttpServletResponse response) {
		if (!this.events.setCancelled(owner.request().id(), event, cancelled)) {
			throw new NotFoundException("There is no such event.");
		}
		return seeOther(back(owner, event, null, 0));
	}

	private ModelAndView save(Owner owner, String event, Map<String, String> form, List<String> languages, Model model,
			HttpServletResponse response) {
		List<String> chosen = languages == null || languages.isEmpty() ? List.of(owner.request().language().code()) : languages;
		EventDrafts.Fields fields = new EventDrafts.Fields(form.get("title"), form.get("date"), form.get("start"),
				form.get("end"), form.get("venue"), form.get("city"), form.get("country"), form.get("latitude"),
				form.get("longitude"), form.get("url"), chosen, form.get("format"), form.get("description"));
		Optional<CampaignEvent> old = event == null ? Optional.empty()
				: this.events.ofRequest(owner.request().id()).stream().filter((e) -> e.id().equals(event)).findFirst();
		if (event != null && old.isEmpty()) {
			throw new NotFoundException("There is no such event.");
		}
		try {
			EventDraft draft = EventDrafts.parse(fields, this.gazetteer, this.window, CampaignEvents.DEFAULT_ZONE);
			CampaignEvents.Change saved = event == null
					? new CampaignEvents.Change(this.events.add(owner.request().id(), draft), List.of())
					: this.events.update(owner.request().id(), event, draft).orElseThrow();
			return seeOther(back(owner, saved.event().id(), draft.warnings().isEmpty() ? null : "window",
					saved.remade().size()));
		}
		catch (RequestRefusedException ex) {
			response.setStatus(ex.refusal().kind() == eu.interreg.cooperationday.studio.problem.Refusal.Kind.INCOMPLETE ? 400 : 422);
			Map<String, String> errors = new java.util.LinkedHashMap<>();
			for (FieldProblem problem : ex.problems()) {
				errors.merge(problem.field(), problem.reason(), (a, b) -> a + " " + b);
			}
			return new ModelAndView(page(owner, model, null, null, event == null ? "new" : event, form, errors));
		}
	}

	/** After a post, the page again by GET (303), so that reloading it posts nothing twice. */
	private static ModelAndView seeOther(String url) {
		RedirectView view = new RedirectView(url, true);
		view.setStatusCode(HttpStatus.SEE_OTHER);
		view.setHttp10Compatible(false);
		return new ModelAndView(view);
	}

	private static String back(Owner owner, String saved, String warning, int remade) {
		StringBuilder to = new StringBuilder(owner.base()).append("?");
		if (owner.key() != null) {
			to.append("key=").append(owner.key()).append("&");
		}
		to.append("saved=").append(saved);
		if (warning != null) {
			to.append("&warning=").append(warning);
		}
		if (remade > 0) {
			to.append("&remade=").append(remade);
		}
		return to.toString();
	}

	private String page(Owner owner, Model model, String saved, String warning, String failed, Map<String, String> form,
			Map<String, String> errors) {
		model.addAttribute("request", owner.request());
		model.addAttribute("events", this.events.ofRequest(owner.request().id()));
		model.addAttribute("base", owner.base());
		model.addAttribute("key", owner.key());
		model.addAttribute("saved", saved);
		model.addAttribute("warning", "window".equals(warning) ? "The date is outside the campaign's window ("
				+ this.window.from() + " to " + this.window.to() + "); the event is listed all the same." : null);
		model.addAttribute("failed", failed);
		model.addAttribute("form", form == null ? Map.of() : form);
		model.addAttribute("errors", errors);
		model.addAttribute("none", Map.of());
		model.addAttribute("countries", this.gazetteer.countryNames(java.util.Locale.ENGLISH));
		model.addAttribute("languages", eu.interreg.cooperationday.studio.brand.Language.values());
		model.addAttribute("formats", eu.interreg.cooperationday.studio.events.EventFormat.values());
		model.addAttribute("max", CampaignEvents.MAX_PER_PROGRAMME);
		return "events/manage";
	}

}
