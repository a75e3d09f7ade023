package eu.interreg.cooperationday.studio.competition.internal;

import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import eu.interreg.cooperationday.studio.problem.FieldProblem;
import eu.interreg.cooperationday.studio.problem.NotFoundException;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;
import eu.interreg.cooperationday.studio.share.SharePages;

/**
 * The competition in the staff console ({@code /staff/competition}): editions with their windows and
 * categories; an edition's entries with their standing (jury, votes, final score), the flags on their
 * votes and the votes per network; rejecting an entry, voiding votes (each with a reason, logged),
 * publishing the results, and the CSV of entries, scores and votes (no addresses).
 */
@Controller
class StaffCompetitionController {

	private final EditionRepository editions;

	private final EntryRepository entries;

	private final VoteRepository votes;

	private final Entries entryService;

	private final Votes voteService;

	private final Results results;

	private final SharePages pages;

	private final CompetitionProperties properties;

	private final Clock clock;

	private final CompetitionPages competitionPages;

	StaffCompetitionController(EditionRepository editions, EntryRepository entries, VoteRepository votes,
			Entries entryService, Votes voteService, Results results, SharePages pages, CompetitionProperties properties,
			Clock clock, CompetitionPages competitionPages) {
		this.competitionPages = competitionPages;
		this.editions = editions;
		this.entries = entries;
		this.votes = votes;
		this.entryService = entryService;
		this.voteService = voteService;
		this.results = results;
		this.pages = pages;
		this.properties = properties;
		this.clock = clock;
	}

	/** An entry's row in the console: the entry, its place so far, its flags and its votes per network. */
	record Row(Entry entry, int position, Ranking.Place place, List<VoteFlags.Flag> flags, List<VoteFlags.Network> networks) {
	}

	@GetMapping("/staff/competition")
	String console(@RequestParam(required = false) String edition, @RequestParam(required = false) String done, Model model) {
		List<Edition> all = this.editions.all();
		Edition shown = edition == null ? all.stream().findFirst().orElse(null)
				: this.editions.find(edition).orElseThrow(() -> new NotFoundException("There is no such edition."));
		return page(all, shown, model, done, shown == null ? blank() : EditionForm.of(shown), Map.of());
	}

	@PostMapping("/staff/competition/editions")
	ModelAndView saveEdition(@RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
		try {
			Edition parsed = EditionForm.parse(form, this.properties.zone());
			Edition old = this.editions.find(parsed.id()).orElse(null);
			if (old != null && old.publishedAt() != null) {
				throw RequestRefusedException.field(eu.interreg.cooperationday.studio.problem.Refusal.Kind.INVALID, "id",
						"The results of this edition are published: it can no longer change.");
			}
			this.editions.save(parsed, this.clock.instant());
			return CompetitionController.seeOther("/staff/competition?edition=" + parsed.id() + "&done=saved");
		}
		catch (RequestRefusedException ex) {
			response.setStatus(422);
			Map<String, String> errors = new LinkedHashMap<>();
			for (FieldProblem problem : ex.problems()) {
				errors.merge(problem.field(), problem.reason(), (a, b) -> a + " " + b);
			}
			List<Edition> all = this.editions.all();
			return new ModelAndView(page(all, all.stream().findFirst().orElse(null), model, null, form, errors), model.asMap());
		}
	}

	@PostMapping("/staff/competition/{edition}/entries/{entry}/reject")
	ModelAndView reject(@PathVariable String edition, @PathVariable String entry, @RequestParam String reason,
			Principal staff) {
		Edition found = find(edition);
		String why = Entries.clean(reason);
		if (why.isEmpty() || why.length() > 1000) {
			throw RequestRefusedException.field(eu.interreg.cooperationday.studio.problem.Refusal.Kind.INVALID, "reason",
					"Give the entrant the reason, in at most 1,000 characters.");
		}
		Entry e = this.entries.find(entry).orElseThrow(() -> new NotFoundException("There is no such entry."));
		String link = this.pages.slugOf(e.requestId()).map((slug) -> "/p/" + slug + "/events").orElse("");
		if (!this.entryService.reject(found, entry, why, staff.getName(),
				"the competition link of your events page" + (link.isEmpty() ? "" : " (" + link + ")"))) {
			throw new NotFoundException("There is no such entry.");
		}
		return CompetitionController.seeOther("/staff/competition?edition=" + edition + "&done=rejected#row-" + entry);
	}

	@PostMapping("/staff/competition/{edition}/entries/{entry}/void")
	ModelAndView voidVotes(@PathVariable String edition, @PathVariable String entry,
			@RequestParam(required = false) String network, @RequestParam String reason, Principal staff) {
		Edition found = find(edition);
		if (found.publishedAt() != null) {
			throw RequestRefusedException.field(eu.interreg.cooperationday.studio.problem.Refusal.Kind.INVALID, "reason",
					"The results are published: votes can no longer be voided.");
		}
		String why = Entries.clean(reason);
		if (why.isEmpty() || why.length() > 500) {
			throw RequestRefusedException.field(eu.interreg.cooperationday.studio.problem.Refusal.Kind.INVALID, "reason",
					"Say why the votes are voided, in at most 500 characters: the reason is kept with them.");
		}
		int voided = this.voteService.voidVotes(entry, network, why, staff.getName());
		return CompetitionController.seeOther("/staff/competition?edition=" + edition + "&done=voided-" + voided + "#row-" + entry);
	}

	@PostMapping("/staff/competition/{edition}/publish")
	ModelAndView publish(@PathVariable String edition) {
		this.results.publish(find(edition));
		return CompetitionController.seeOther("/staff/competition?edition=" + edition + "&done=published");
	}

	@GetMapping(path = "/staff/competition/{edition}/export.csv")
	ResponseEntity<String> export(@PathVariable String edition) {
		Edition found = find(edition);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"competition-" + found.id() + ".csv\"")
			.body(CompetitionExport.csv(found, this.entries.ofEdition(found.id()), this.results.standings(found)));
	}

	private Edition find(String id) {
		return this.editions.find(id).orElseThrow(() -> new NotFoundException("There is no such edition."));
	}

	private String page(List<Edition> all, Edition shown, Model model, String done, Map<String, String> form,
			Map<String, String> errors) {
		model.addAttribute("editions", all);
		model.addAttribute("edition", shown);
		model.addAttribute("done", done);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("zone", this.properties.zone().getId());
		if (shown != null) {
			model.addAttribute("status", this.competitionPages.status(shown, shown.phase(this.clock.instant()), "en"));
			model.addAttribute("rows", rows(shown));
			model.addAttribute("canPublish", shown.publishedAt() == null && !this.clock.instant().isBefore(shown.votingCloses()));
		}
		return "staff/competition";
	}

	/** Per category, its entries in their current order with their flags and networks. */
	private Map<Edition.Category, List<Row>> rows(Edition edition) {
		List<VoteRepository.Mark> cast = this.votes.votes(edition.id());
		List<VoteRepository.Mark> asked = this.votes.asked(edition.id());
		Map<String, List<VoteFlags.Flag>> flags = VoteFlags.of(cast, asked, this.properties.burstVotes(),
				this.properties.burstWindow(), this.properties.fewNetworksVotes());
		Map<String, List<Ranking.Place>> standings = this.results.standings(edition);
		Map<String, Entry> byId = new HashMap<>();
		List<Entry> all = this.entries.ofEdition(edition.id());
		all.forEach((e) -> byId.put(e.id(), e));
		Map<Edition.Category, List<Row>> rows = new LinkedHashMap<>();
		for (Edition.Category category : edition.categories()) {
			List<Row> list = new ArrayList<>();
			List<Ranking.Place> places = standings.getOrDefault(category.id(), List.of());
			for (int i = 0; i < places.size(); i++) {
				Entry e = byId.get(places.get(i).entryId());
				list.add(new Row(e, i + 1, places.get(i), flags.getOrDefault(e.id(), List.of()), VoteFlags.networks(e.id(), cast, asked)));
			}
			// entries that do not compete (withdrawn, rejected) are listed after, without a place
			for (Entry e : all) {
				if (e.categoryId().equals(category.id()) && !e.publishable()) {
					list.add(new Row(e, 0, null, flags.getOrDefault(e.id(), List.of()), VoteFlags.networks(e.id(), cast, asked)));
				}
			}
			rows.put(category, list);
		}
		return rows;
	}

	private Map<String, String> blank() {
		int year = java.time.LocalDate.now(this.clock).getYear() + (java.time.LocalDate.now(this.clock).getMonthValue() > 10 ? 1 : 0);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("id", String.valueOf(year));
		form.put("title", "Interreg Cooperation Day " + year + ": the competition for the best local events");
		form.put("entryOpens", year + "-09-01T09:00");
		form.put("entryCloses", year + "-10-15T18:00");
		form.put("votingOpens", year + "-10-20T09:00");
		form.put("votingCloses", year + "-11-10T18:00");
		form.put("juryWeight", String.valueOf(this.properties.juryWeight()));
		form.put("categories", """
				best-event | Best local event | originality; participation; visibility of cooperation
				cross-border | Best cross-border cooperation | partners across the border; lasting results
				youth | Best youth event | young people's part; creativity""");
		return form;
	}

}
