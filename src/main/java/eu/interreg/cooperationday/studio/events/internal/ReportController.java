package eu.interreg.cooperationday.studio.events.internal;

import java.util.LinkedHashMap;
import java.util.Map;

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
import eu.interreg.cooperationday.studio.events.ImpactReports;
import eu.interreg.cooperationday.studio.problem.FieldProblem;
import eu.interreg.cooperationday.studio.problem.NotFoundException;
import eu.interreg.cooperationday.studio.problem.Refusal;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;

/**
 * An event's report form, from the private link of the email sent the day after it: the figures, and
 * the same form again to correct them.
 */
@Controller
class ReportController {

	private final ImpactReports reports;

	ReportController(ImpactReports reports) {
		this.reports = reports;
	}

	private CampaignEvent event(String id, String key) {
		return this.reports.eventFor(id, key)
			.orElseThrow(() -> new NotFoundException("This link is not right: use the link of your email."));
	}

	@GetMapping("/events/{id}/report")
	String form(@PathVariable String id, @RequestParam(required = false) String key,
			@RequestParam(required = false) String saved, Model model) {
		CampaignEvent event = event(id, key);
		ImpactReports.Figures figures = this.reports.figures(id);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("attendees", figures.attendees() == null ? "" : figures.attendees().toString());
		form.put("reach", figures.reach() == null ? "" : figures.reach().toString());
		form.put("satisfaction", figures.satisfaction() == null ? "" : figures.satisfaction().toString());
		form.put("note", figures.note() == null ? "" : figures.note());
		return page(event, key, figures, form, Map.of(), saved != null, model);
	}

	@PostMapping("/events/{id}/report")
	ModelAndView report(@PathVariable String id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response) {
		String key = form.get("key");
		CampaignEvent event = event(id, key);
		try {
			this.reports.report(id, key, form.get("attendees"), form.get("reach"), form.get("satisfaction"), form.get("note"));
		}
		catch (RequestRefusedException ex) {
			response.setStatus(ex.refusal().kind() == Refusal.Kind.INCOMPLETE ? 400 : 422);
			Map<String, String> errors = new LinkedHashMap<>();
			for (FieldProblem problem : ex.problems()) {
				errors.put(problem.field(), problem.reason());
			}
			return new ModelAndView(page(event, key, this.reports.figures(id), form, errors, false, model));
		}
		RedirectView view = new RedirectView("/events/" + id + "/report?key=" + key + "&saved=1", true);
		view.setStatusCode(HttpStatus.SEE_OTHER);
		view.setHttp10Compatible(false);
		return new ModelAndView(view);
	}

	private static String page(CampaignEvent event, String key, ImpactReports.Figures figures, Map<String, String> form,
			Map<String, String> errors, boolean saved, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("key", key);
		model.addAttribute("figures", figures);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("saved", saved);
		return "events/report";
	}

}
