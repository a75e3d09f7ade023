package eu.interreg.cooperationday.studio.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.io.IOException;
import java.security.Principal;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

import eu.interreg.cooperationday.studio.notify.EmailOutbox;
import eu.interreg.cooperationday.studio.notify.Webhooks;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;
import eu.interreg.cooperationday.studio.bulk.BulkRenders;
import eu.interreg.cooperationday.studio.farm.RenderFarm;
import eu.interreg.cooperationday.studio.render.RenderRequests;
import eu.interreg.cooperationday.studio.problem.NotFoundException;
import eu.interreg.cooperationday.studio.share.SharePages;
import eu.interreg.cooperationday.studio.render.RenderRequest;

/**
 * The staff console: bulk renders and their progress, requests with restart, re-send and their share
 * pages, the email outbox and the webhooks.
 */
@Controller
class StaffController {

	private final BulkRenders bulks;

	private final RenderRequests renders;

	private final EmailOutbox outbox;

	private final RenderFarm farm;

	private final Webhooks webhooks;

	private final SharePages pages;

	StaffController(BulkRenders bulks, RenderRequests renders, EmailOutbox outbox, RenderFarm farm, Webhooks webhooks,
			SharePages pages) {
		this.pages = pages;
		this.webhooks = webhooks;
		this.farm = farm;
		this.bulks = bulks;
		this.renders = renders;
		this.outbox = outbox;
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/staff")
	String console(Model model) {
		model.addAttribute("bulks", this.bulks.all());
		List<RenderRequest> latest = this.renders.latest(50);
		model.addAttribute("requests", latest);
		model.addAttribute("pages", this.pages.states(latest.stream().map(RenderRequest::id).toList()));
		model.addAttribute("breaking", breaking());
		model.addAttribute("outbox", this.outbox.all());
		model.addAttribute("webhooks", this.webhooks.all());
		model.addAttribute("farmMode", this.farm.mode());
		model.addAttribute("localThreads", this.farm.localThreads());
		model.addAttribute("workers", this.farm.workers());
		if (!model.containsAttribute("uploadError")) {
			model.addAttribute("uploadError", null);
		}
		return "staff/console";
	}

	/** A file that breaks the EU visibility rules, with its request's programme name. */
	record BreakingFile(String requestId, String programmeName, String file, String reasons) {
	}

	private List<BreakingFile> breaking() {
		Map<String, String> names = new HashMap<>();
		return this.renders.nonCompliantFiles(30).stream()
			.map((asset) -> new BreakingFile(asset.requestId(),
					names.computeIfAbsent(asset.requestId(),
							(id) -> this.renders.find(id).map(RenderRequest::programmeName).orElse(id)),
					asset.kind() + " · " + asset.format(), asset.visibility().summary()))
			.toList();
	}

	/** One email of the outbox, its HTML as the recipient's mail program shows it and its text. */
	@GetMapping("/staff/emails/{id}")
	String email(@PathVariable long id, Model model) {
		model.addAttribute("email", this.outbox.find(id).orElseThrow(() -> new NotFoundException("There is no such email.")));
		return "staff/email";
	}

	@PostMapping("/staff/bulk")
	String startBulk(@RequestPart(required = false) MultipartFile programmes,
			@RequestPart(required = false) MultipartFile logos, Principal staff, Model model) throws IOException {
		try {
			String id = this.bulks.start(programmes, logos, staff.getName());
			return "redirect:/staff/bulk/" + id;
		}
		catch (RequestRefusedException ex) {
			model.addAttribute("uploadError", ex.getMessage());
			return console(model);
		}
	}

	@GetMapping("/staff/bulk/{id}")
	String bulk(@PathVariable String id, Model model) {
		model.addAttribute("bulk",
				this.bulks.status(id).orElseThrow(() -> new NotFoundException("There is no such bulk render.")));
		return "staff/bulk";
	}

	@PostMapping("/staff/bulk/{id}/restart")
	String restartBulk(@PathVariable String id) {
		this.bulks.restartFailed(id);
		return "redirect:/staff/bulk/" + id;
	}

	@PostMapping("/staff/requests/{id}/restart")
	String restart(@PathVariable String id) {
		this.renders.restart(id);
		return "redirect:/staff";
	}

	@PostMapping("/staff/requests/{id}/resend")
	String resend(@PathVariable String id) {
		this.outbox.resend(id);
		return "redirect:/staff";
	}

	/** Staff publish or unpublish a request's share page. */
	@PostMapping("/staff/requests/{id}/share")
	String share(@PathVariable String id, @RequestParam boolean published) {
		if (!this.pages.setPublished(id, published)) {
			throw new NotFoundException("There is no such request.");
		}
		return "redirect:/staff";
	}

	/** Sends a request's given-up webhooks again. */
	@PostMapping("/staff/requests/{id}/webhooks/resend")
	String resendWebhooks(@PathVariable String id) {
		this.webhooks.resend(id);
		return "redirect:/staff";
	}

	/** A bulk render of every programme already known, from its stored original logo. */
	@PostMapping("/staff/rerender-all")
	String rerenderAll(Principal staff) throws IOException {
		return "redirect:/staff/bulk/" + this.bulks.rerenderKnown(staff.getName());
	}

}
