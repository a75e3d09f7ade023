package eu.interreg.cooperationday.studio.competition.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RankingTest {

	private static Map<String, Map<Integer, Integer>> jurors(int... means) {
		Map<String, Map<Integer, Integer>> byJuror = new java.util.HashMap<>();
		for (int i = 0; i < means.length; i++) {
			byJuror.put("juror" + i, Map.of(0, means[i], 1, means[i]));
		}
		return byJuror;
	}

	@Test
	void juryAndPublicSharesCombineSeventyThirty() {
		// jury 8.5 against 6 (shares .586 and .414), votes 8 against 12 (.4 and .6)
		Map<String, Map<String, Map<Integer, Integer>>> scores = Map.of("a", Map.of("j1", Map.of(0, 9, 1, 9, 2, 9), "j2",
				Map.of(0, 8, 1, 8, 2, 8)), "b", Map.of("j1", Map.of(0, 6, 1, 6, 2, 6), "j2", Map.of(0, 6, 1, 6, 2, 6)));
		List<Ranking.Place> places = Ranking.rank(List.of("a", "b"), scores, Map.of("a", 8L, "b", 12L), 70);
		assertThat(places).extracting(Ranking.Place::entryId).containsExactly("a", "b");
		assertThat(places.get(0).jury()).isEqualTo(8.5);
		assertThat(places.get(0).score()).isCloseTo(0.7 * 8.5 / 14.5 + 0.3 * 0.4, within(1e-9));
		assertThat(places.get(1).score()).isCloseTo(0.7 * 6 / 14.5 + 0.3 * 0.6, within(1e-9));
		// the public alone would rank them the other way
		assertThat(Ranking.rank(List.of("a", "b"), scores, Map.of("a", 8L, "b", 12L), 0))
			.extracting(Ranking.Place::entryId).containsExactly("b", "a");
	}

	@Test
	void aTieGoesToTheBetterJuryScoreThenToTheEarlierEntry() {
		// a: jury 6 (share .6), 4 of 15 votes; b: jury 4 (.4), 11 of 15: both .7 * share + .3 * share = .5
		Map<String, Map<String, Map<Integer, Integer>>> scores = Map.of("a", jurors(6), "b", jurors(4));
		List<Ranking.Place> places = Ranking.rank(List.of("b", "a"), scores, Map.of("a", 4L, "b", 11L), 70);
		assertThat(places.get(0).score()).isCloseTo(0.5, within(1e-9));
		assertThat(places.get(1).score()).isCloseTo(0.5, within(1e-9));
		assertThat(places).extracting(Ranking.Place::entryId).containsExactly("a", "b");
		// the same jury score and votes: the earlier entry
		List<Ranking.Place> same = Ranking.rank(List.of("c", "a"), Map.of("a", jurors(5), "c", jurors(5)),
				Map.of("a", 2L, "c", 2L), 70);
		assertThat(same).extracting(Ranking.Place::entryId).containsExactly("c", "a");
		// unscored entries come after scored ones of the same final score
		assertThat(Ranking.rank(List.of("x", "y"), Map.of("y", jurors(0)), Map.of(), 70))
			.extracting(Ranking.Place::entryId).containsExactly("y", "x");
	}

}
