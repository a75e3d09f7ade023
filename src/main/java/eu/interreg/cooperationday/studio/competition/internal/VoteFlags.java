package eu.interreg.cooperationday.studio.competition.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the console flags about an entry's votes, for staff to look at before the results: a burst (at
 * least {@code burstVotes} votes asked for or cast from one network within {@code burstWindow}) and a
 * narrow base (from {@code fewNetworksVotes} counted votes, more than half from one network). A flag
 * accuses no one; staff decide, and void with a reason.
 */
final class VoteFlags {

	private VoteFlags() {
	}

	/** One flag: the network it is about and what was seen. */
	record Flag(String network, String reason) {
	}

	/** An entry's votes per network: counted, voided and asked for. */
	record Network(String network, long counted, long voided, long asked) {
	}

	static Map<String, List<Flag>> of(List<VoteRepository.Mark> votes, List<VoteRepository.Mark> asked, int burstVotes,
			Duration window, int fewNetworksVotes) {
		Map<String, List<Flag>> flags = new LinkedHashMap<>();
		Map<String, Map<String, List<Instant>>> times = new HashMap<>();
		for (List<VoteRepository.Mark> marks : List.of(asked, votes.stream().filter(VoteRepository.Mark::counted).toList())) {
			Map<String, Map<String, List<Instant>>> one = new HashMap<>();
			marks.forEach((m) -> one.computeIfAbsent(m.entryId(), (k) -> new HashMap<>())
				.computeIfAbsent(m.network(), (k) -> new ArrayList<>())
				.add(m.at()));
			one.forEach((entry, networks) -> networks.forEach((network, at) -> {
				int burst = largestWithin(at, window);
				if (burst >= burstVotes && times.computeIfAbsent(entry, (k) -> new HashMap<>()).put(network, at) == null) {
					flags.computeIfAbsent(entry, (k) -> new ArrayList<>())
						.add(new Flag(network, burst + " votes from " + network + " within " + window.toMinutes() + " minutes"));
				}
			}));
		}
		Map<String, Map<String, Long>> counted = new HashMap<>();
		votes.stream().filter(VoteRepository.Mark::counted)
			.forEach((m) -> counted.computeIfAbsent(m.entryId(), (k) -> new HashMap<>()).merge(m.network(), 1L, Long::sum));
		counted.forEach((entry, networks) -> {
			long total = networks.values().stream().mapToLong(Long::longValue).sum();
			Map.Entry<String, Long> top = networks.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
			if (total >= fewNetworksVotes && top.getValue() * 2 > total) {
				flags.computeIfAbsent(entry, (k) -> new ArrayList<>())
					.add(new Flag(top.getKey(), top.getValue() + " of " + total + " votes from " + top.getKey()));
			}
		});
		return flags;
	}

	/** An entry's votes by network, the most counted first. */
	static List<Network> networks(String entryId, List<VoteRepository.Mark> votes, List<VoteRepository.Mark> asked) {
		Map<String, long[]> by = new HashMap<>();
		votes.stream().filter((m) -> m.entryId().equals(entryId))
			.forEach((m) -> by.computeIfAbsent(m.network(), (k) -> new long[3])[m.counted() ? 0 : 1]++);
		asked.stream().filter((m) -> m.entryId().equals(entryId))
			.forEach((m) -> by.computeIfAbsent(m.network(), (k) -> new long[3])[2]++);
		return by.entrySet().stream()
			.map((e) -> new Network(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
			.sorted(Comparator.comparingLong(Network::counted).reversed().thenComparing(Comparator.comparingLong(Network::asked).reversed()))
			.toList();
	}

	/** The most instants inside any window of {@code window}. */
	static int largestWithin(List<Instant> instants, Duration window) {
		List<Instant> sorted = instants.stream().sorted().toList();
		int best = 0;
		int start = 0;
		for (int end = 0; end < sorted.size(); end++) {
			while (Duration.between(sorted.get(start), sorted.get(end)).compareTo(window) > 0) {
				start++;
			}
			best = Math.max(best, end - start + 1);
		}
		return best;
	}

}
