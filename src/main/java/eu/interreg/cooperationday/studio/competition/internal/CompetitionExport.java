package eu.interreg.cooperationday.studio.competition.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.interreg.cooperationday.studio.system.CsvCell;

/**
 * The staff's CSV of an edition: one row per entry with its category, programme, event, status, jury
 * score, counted votes, shares, final score and place; never an address.
 */
final class CompetitionExport {

	private CompetitionExport() {
	}

	static String csv(Edition edition, List<Entry> entries, Map<String, List<Ranking.Place>> standings) {
		Map<String, Ranking.Place> places = new HashMap<>();
		Map<String, Integer> positions = new HashMap<>();
		standings.values().forEach((list) -> {
			for (int i = 0; i < list.size(); i++) {
				places.put(list.get(i).entryId(), list.get(i));
				positions.put(list.get(i).entryId(), i + 1);
			}
		});
		StringBuilder csv = new StringBuilder(
				"edition,category,entry,programme,event,event_date,status,photos,jury_score,votes,jury_share,public_share,final_score,place\r\n");
		for (Entry e : entries) {
			Ranking.Place p = places.get(e.id());
			csv.append(CsvCell.of(edition.id())).append(',').append(CsvCell.of(e.categoryId())).append(',').append(e.id()).append(',')
				.append(CsvCell.of(e.programme())).append(',').append(CsvCell.of(e.eventTitle())).append(',').append(e.eventDate())
				.append(',').append(e.status().name()).append(',').append(e.photos().size()).append(',')
				.append(p == null || p.jury() == null ? "" : format(p.jury())).append(',').append(p == null ? "" : p.votes())
				.append(',').append(p == null ? "" : format(p.juryShare())).append(',')
				.append(p == null ? "" : format(p.publicShare())).append(',').append(p == null ? "" : format(p.score()))
				.append(',').append(positions.getOrDefault(e.id(), 0) == 0 ? "" : positions.get(e.id())).append("\r\n");
		}
		return csv.toString();
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.4f", value);
	}

}
