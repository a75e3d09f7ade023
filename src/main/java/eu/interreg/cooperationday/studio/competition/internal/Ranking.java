package eu.interreg.cooperationday.studio.competition.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A category's final ranking: each entry's jury score (the mean over jurors of its mean over criteria,
 * 0 to 10) and public votes become shares of the category's totals, combined by the jury's weight
 * ({@code juryWeight} percent, the public the rest); ties go to the better jury score, then to the earlier
 * entry (scores that differ by less than 1e-9 tie). Plain arithmetic, no Spring: the staff console and the published results rank the same.
 */
final class Ranking {

	private Ranking() {
	}

	/** One entry's place: its jury score (0 to 10, null when unscored), its counted votes, its shares and final score. */
	record Place(String entryId, Double jury, long votes, double juryShare, double publicShare, double score) {
	}

	/**
	 * @param entries the category's entries that compete, in the order they were entered
	 * @param scores per entry, per juror, per criterion
	 * @param votes counted (not voided) votes per entry
	 */
	static List<Place> rank(List<String> entries, Map<String, Map<String, Map<Integer, Integer>>> scores,
			Map<String, Long> votes, int juryWeight) {
		double juryTotal = 0;
		long voteTotal = 0;
		List<Double> juries = new ArrayList<>();
		for (String entry : entries) {
			Double jury = jury(scores.get(entry));
			juries.add(jury);
			juryTotal += jury == null ? 0 : jury;
			voteTotal += votes.getOrDefault(entry, 0L);
		}
		double weight = juryWeight / 100.0;
		List<Place> places = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			String entry = entries.get(i);
			Double jury = juries.get(i);
			long count = votes.getOrDefault(entry, 0L);
			double juryShare = juryTotal == 0 || jury == null ? 0 : jury / juryTotal;
			double publicShare = voteTotal == 0 ? 0 : (double) count / voteTotal;
			places.add(new Place(entry, jury, count, juryShare, publicShare, weight * juryShare + (1 - weight) * publicShare));
		}
		List<Place> ranked = new ArrayList<>(places);
		// scores equal but for rounding are a tie
		ranked.sort(Comparator.comparingLong((Place p) -> Math.round(p.score() * 1e9))
			.reversed()
			.thenComparing((Place p) -> p.jury() == null ? -1 : p.jury(), Comparator.reverseOrder())
			.thenComparingInt((Place p) -> entries.indexOf(p.entryId())));
		return ranked;
	}

	/** The mean over jurors of each juror's mean over the criteria they scored; null when no one scored. */
	static Double jury(Map<String, Map<Integer, Integer>> byJuror) {
		if (byJuror == null || byJuror.isEmpty()) {
			return null;
		}
		return byJuror.values()
			.stream()
			.mapToDouble((criteria) -> criteria.values().stream().mapToInt(Integer::intValue).average().orElse(0))
			.average()
			.orElse(0);
	}

}
