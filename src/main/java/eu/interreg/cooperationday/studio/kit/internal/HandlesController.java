package eu.interreg.cooperationday.studio.kit.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

import eu.interreg.cooperationday.studio.kit.Handles;
import eu.interreg.cooperationday.studio.kit.Platform;
import eu.interreg.cooperationday.studio.problem.NotFoundException;
import eu.interreg.cooperationday.studio.render.RenderRequest;
import eu.interreg.cooperationday.studio.render.RenderRequests;

/**
 * The programme's own handles, which its posts mention ({@code /requests/{id}/kit/handles}, from the
 * status page): each checked as its platform writes handles; a wrong one is refused (422) naming the
 * field and how the platform writes it, and nothing is kept until all are right.
 */
@Controller
class HandlesController {

	static final List<Platform> PLATFORMS = List.of(Platform.X, Platform.BLUESKY, Platform.MASTODON, Platform.INSTAGRAM);

	private final RenderRequests renders;

	private final HandleRepository handles;

	HandlesController(RenderRequests renders, HandleRepository handles) {
		this.renders = renders;
		this.handles = handles;
	}

	private RenderRequest request(String id) {
		return this.renders.find(id).orElseThrow(() -> new NotFoundException("There is no such request."));
	}

	@GetMapping("/requests/{id}/kit/handles")
	String form(@PathVariable String id, @RequestParam(required = false) String saved, Model model) {
		RenderRequest request = request(id);
		Map<String, String> form = new LinkedHashMap<>();
		this.handles.of(id).forEach((platform, handle) -> form.put(field(platform), handle));
		return page(request, form, Map.of(), saved != null, model);
	}

	@PostMapping("/requests/{id}/kit/handles")
	ModelAndView save(@PathVariable String id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response) {
		RenderRequest request = request(id);
		Map<Platform, String> checked = new EnumMap<>(Platform.class);
		Map<String, String> errors = new LinkedHashMap<>();
		for (Platform platform : PLATFORMS) {
			String value = form.getOrDefault(field(platform), "").strip();
			if (value.isEmpty()) {
				continue;
			}
			Optional<String> handle = Handles.check(platform, value);
			if (handle.isPresent()) {
				checked.put(platform, handle.get());
			}
			else {
				errors.put(field(platform), "This is not a " + platform.label() + " handle: write it as "
						+ Handles.example(platform) + ".");
			}
		}
		if (!errors.isEmpty()) {
			response.setStatus(422);
			return new ModelAndView(page(request, form, errors, false, model));
		}
		this.handles.replace(id, checked);
		RedirectView view = new RedirectView("/requests/" + id + "/kit/handles?saved=1", true);
		view.setStatusCode(HttpStatus.SEE_OTHER);
		view.setHttp10Compatible(false);
		return new ModelAndView(view);
	}

	static String field(Platform platform) {
		return platform.name().toLowerCase(Locale.ROOT);
	}

	private static String page(RenderRequest request, Map<String, String> form, Map<String, String> errors, boolean saved,
			Model model) {
		model.addAttribute("request", request);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("saved", saved);
		model.addAttribute("platforms", PLATFORMS);
		return "kit/handles";
	}

}
