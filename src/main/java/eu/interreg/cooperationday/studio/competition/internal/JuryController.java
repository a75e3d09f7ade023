package eu.interreg.cooperationday.studio.competition.internal;

import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import eu.interreg.cooperationday.studio.problem.NotFoundException;
import eu.interreg.cooperationday.studio.problem.Refusal;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;

/**
 * The jury's page ({@code /staff/competition/{edition}/jury}, for staff with the jury role): each
 * competing entry with a score of 0 to 10 per criterion of its category. A juror sees an entry's public
 * votes only once they have scored it, so the crowd does not lead the jury.
 */
@Controller
class JuryController {

	private final EditionRepository editions;

	private final EntryRepository entries;

	private final JuryRepository jury;

	private final VoteRepository votes;

	private final Clock clock;

	JuryController(EditionRepository editions, EntryRepository entries, JuryRepository jury, VoteRepository votes,
			Clock clock) {
		this.editions = editions;
		this.entries = entries;
		this.jury = jury;
		this.votes = votes;
		this.clock = clock;
	}

	/** An entry as a juror sees it: its scores by this juror (empty when unscored) and, once scored, its votes. */
	record Scoring(CompetitionPages.EntryView entry, Edition.Category category, Map<Integer, Integer> mine, Long votes) {
	}

	@GetMapping("/staff/competition/{edition}/jury")
	String page(@PathVariable String edition, @RequestParam(required = false) String saved, Principal juror, Model model) {
		Edition found = find(edition);
		Map<String, Map<String, Map<Integer, Integer>>> scores = this.jury.scores(found.id());
		Map<String, Long> counted = new HashMap<>();
		this.votes.votes(found.id()).stream().filter(VoteRepository.Mark::counted)
			.forEach((v) -> counted.merge(v.entryId(), 1L, Long::sum));
		List<Scoring> list = new ArrayList<>();
		for (Entry e : this.entries.ofEdition(found.id())) {
			if (!e.publishable()) {
				continue;
			}
			Map<Integer, Integer> mine = scores.getOrDefault(e.id(), Map.of()).getOrDefault(juror.getName(), Map.of());
			list.add(new Scoring(CompetitionPages.view(e, 0, null, null), found.category(e.categoryId()), mine,
					mine.isEmpty() ? null : counted.getOrDefault(e.id(), 0L)));
		}
		model.addAttribute("edition", found);
		model.addAttribute("entries", list);
		model.addAttribute("saved", saved);
		model.addAttribute("open", found.publishedAt() == null);
		model.addAttribute("juror", juror.getName());
		return "staff/jury";
	}

	@PostMapping("/staff/competition/{edition}/jury/{entry}")
	ModelAndView score(@PathVariable String edition, @PathVariable String entry, @RequestParam Map<String, String> form,
			Principal juror) {
		Edition found = find(edition);
		if (found.publishedAt() != null) {
			throw RequestRefusedException.field(Refusal.Kind.INVALID, "score", "The results are published: scores are final.");
		}
		Entry e = this.entries.find(entry).filter((x) -> x.editionId().equals(found.id()) && x.publishable())
			.orElseThrow(() -> new NotFoundException("There is no such entry."));
		Edition.Category category = found.category(e.categoryId());
		List<Integer> scores = new ArrayList<>();
		int criteria = Math.max(1, category.criteria().size());
		for (int i = 0; i < criteria; i++) {
			String value = form.getOrDefault("c" + i, "").strip();
			int score;
			try {
				score = Integer.parseInt(value);
			}
			catch (NumberFormatException ex) {
				score = -1;
			}
			if (score < 0 || score > 10) {
				throw RequestRefusedException.field(Refusal.Kind.INVALID, "c" + i, "Score each criterion from 0 to 10.");
			}
			scores.add(score);
		}
		this.jury.score(e.id(), juror.getName(), scores, this.clock.instant());
		return CompetitionController.seeOther("/staff/competition/" + edition + "/jury?saved=" + entry + "#entry-" + entry);
	}

	private Edition find(String id) {
		return this.editions.find(id).orElseThrow(() -> new NotFoundException("There is no such edition."));
	}

}
