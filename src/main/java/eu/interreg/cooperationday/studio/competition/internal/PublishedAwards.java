package eu.interreg.cooperationday.studio.competition.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import eu.interreg.cooperationday.studio.events.EventAwards;
import eu.interreg.cooperationday.studio.share.ProgrammeAwards;
import eu.interreg.cooperationday.studio.system.PublicUrls;

/**
 * Answers the events' map and pages and the share pages with the published places: the first three of
 * each category, once staff have published the edition's results, with the winner's badge.
 */
@Component
class PublishedAwards implements EventAwards, ProgrammeAwards {

	private final JuryRepository jury;

	private final Results results;

	private final PublicUrls urls;

	PublishedAwards(JuryRepository jury, Results results, PublicUrls urls) {
		this.jury = jury;
		this.results = results;
		this.urls = urls;
	}

	@Override
	public Map<String, EventAwards.Award> of(Collection<String> eventIds) {
		Map<String, EventAwards.Award> awards = new LinkedHashMap<>();
		for (JuryRepository.Published p : this.jury.published("event", eventIds)) {
			awards.putIfAbsent(p.eventId(), new EventAwards.Award(p.rank(), label(p), badge(p), results(p)));
		}
		return awards;
	}

	@Override
	public List<ProgrammeAwards.Award> of(String requestId) {
		return this.jury.published("request", List.of(requestId))
			.stream()
			.map((p) -> new ProgrammeAwards.Award(label(p), p.eventTitle(), badge(p), results(p)))
			.toList();
	}

	private static String label(JuryRepository.Published p) {
		String place = switch (p.rank()) {
			case 1 -> "Winner";
			case 2 -> "Second place";
			default -> "Third place";
		};
		return place + ": " + p.category() + " " + p.edition();
	}

	private String badge(JuryRepository.Published p) {
		return this.jury.files(p.entryId()).stream().filter((f) -> f.name().startsWith("badge-1080")).findFirst()
			.map(this.results::link).orElse(null);
	}

	private String results(JuryRepository.Published p) {
		return this.urls.base() + "/competition/" + p.edition() + "#entry-" + p.entryId();
	}

}
