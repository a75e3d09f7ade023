package eu.interreg.cooperationday.studio.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

import eu.interreg.cooperationday.studio.notify.EmailOutbox;
import eu.interreg.cooperationday.studio.programme.BulkImport;
import eu.interreg.cooperationday.studio.programme.ProgrammeRequestParser;
import eu.interreg.cooperationday.studio.programme.RequestRefusedException;
import eu.interreg.cooperationday.studio.render.BulkRenders;
import eu.interreg.cooperationday.studio.render.RenderRequest;
import eu.interreg.cooperationday.studio.render.RenderRequests;
import eu.interreg.cooperationday.studio.render.RenderService;
import eu.interreg.cooperationday.studio.storage.AssetStore;

/** The staff console: bulk renders and their progress, requests with restart and re-send, the outbox. */
@Controller
class StaffController {

	private final BulkImport bulkImport;

	private final BulkRenders bulks;

	private final RenderRequests requests;

	private final RenderService renders;

	private final EmailOutbox outbox;

	private final ProgrammeRequestParser parser;

	private final AssetStore store;

	StaffController(BulkImport bulkImport, BulkRenders bulks, RenderRequests requests, RenderService renders,
			EmailOutbox outbox, ProgrammeRequestParser parser, AssetStore store) {
		this.bulkImport = bulkImport;
		this.bulks = bulks;
		this.requests = requests;
		this.renders = renders;
		this.outbox = outbox;
		this.parser = parser;
		this.store = store;
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/staff")
	String console(Model model) {
		model.addAttribute("bulks", this.bulks.all());
		model.addAttribute("requests", this.requests.latest(50));
		model.addAttribute("outbox", this.outbox.all());
		if (!model.containsAttribute("uploadError")) {
			model.addAttribute("uploadError", null);
		}
		return "staff/console";
	}

	@PostMapping("/staff/bulk")
	String startBulk(@RequestPart(required = false) MultipartFile programmes,
			@RequestPart(required = false) MultipartFile logos, Principal staff, Model model) throws IOException {
		try {
			String id = BulkRenderController.start(this.bulkImport, this.bulks, programmes, logos, staff.getName());
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

	/**
	 * A bulk render of every programme already known (the newest request of each name and language),
	 * from its stored original logo, validated again like any request.
	 */
	@PostMapping("/staff/rerender-all")
	String rerenderAll(Principal staff) throws IOException {
		Set<String> seen = new HashSet<>();
		List<BulkImport.Accepted> accepted = new ArrayList<>();
		List<BulkImport.Rejected> rejected = new ArrayList<>();
		int row = 1;
		for (RenderRequest known : this.requests.latest(10_000)) {
			if (!seen.add(known.programmeName() + "\u0000" + known.language().code())) {
				continue;
			}
			row++;
			byte[] logo;
			try (InputStream in = this.store.open(known.logoOriginalKey())) {
				logo = in.readAllBytes();
			}
			var event = known.event();
			try {
				accepted.add(new BulkImport.Accepted(row, known.code(), this.parser.parse(new ProgrammeRequestParser.RawFields(
						known.programmeName(), known.language().code(), known.contactEmail(),
						"logo." + known.logoFormat().extension(), known.logoFormat().contentType(), logo,
						event == null ? null : event.title(), event == null || event.date() == null ? null : event.date().toString(),
						event == null ? null : event.venue(), event == null || event.url() == null ? null : event.url().toString()))));
			}
			catch (RequestRefusedException ex) {
				rejected.add(new BulkImport.Rejected(row, known.code(), ex.getMessage()));
			}
		}
		String id = this.bulks.start(new BulkImport.Result(row - 1, accepted, rejected), staff.getName());
		return "redirect:/staff/bulk/" + id;
	}

}
