package eu.interreg.cooperationday.studio.competition.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VoteFlagsTest {

	static final Instant T0 = Instant.parse("2026-10-21T10:00:00Z");

	@Test
	void aBurstFromOneNetworkIsFlaggedAndSpreadVotesAreNot() {
		List<VoteRepository.Mark> asked = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			asked.add(new VoteRepository.Mark("burst", "198.51.100.0/24", T0.plusSeconds(20 * i), false));
		}
		// as many votes for another entry, an hour apart, from one network: no burst
		List<VoteRepository.Mark> votes = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			asked.add(new VoteRepository.Mark("slow", "203.0.113.0/24", T0.plus(Duration.ofHours(i)), true));
			votes.add(new VoteRepository.Mark("spread", "10." + i + ".0.0/24", T0.plus(Duration.ofMinutes(i)), true));
		}
		Map<String, List<VoteFlags.Flag>> flags = VoteFlags.of(votes, asked, 10, Duration.ofMinutes(10), 10);
		assertThat(flags).containsOnlyKeys("burst");
		assertThat(flags.get("burst")).singleElement().satisfies((flag) -> {
			assertThat(flag.network()).isEqualTo("198.51.100.0/24");
			assertThat(flag.reason()).isEqualTo("12 votes from 198.51.100.0/24 within 10 minutes");
		});
	}

	@Test
	void mostCountedVotesFromOneNetworkAreFlaggedAndVoidedOnesDoNotCount() {
		List<VoteRepository.Mark> votes = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			votes.add(new VoteRepository.Mark("narrow", "192.0.2.0/24", T0.plus(Duration.ofHours(i)), true));
		}
		for (int i = 0; i < 4; i++) {
			votes.add(new VoteRepository.Mark("narrow", "10." + i + ".0.0/24", T0.plus(Duration.ofHours(i)), true));
		}
		assertThat(VoteFlags.of(votes, List.of(), 10, Duration.ofMinutes(10), 10).get("narrow"))
			.extracting(VoteFlags.Flag::reason).containsExactly("6 of 10 votes from 192.0.2.0/24");
		// once two of them are voided, 4 of 8 is not more than half
		List<VoteRepository.Mark> voided = new ArrayList<>(votes);
		voided.set(0, new VoteRepository.Mark("narrow", "192.0.2.0/24", T0, false));
		voided.set(1, new VoteRepository.Mark("narrow", "192.0.2.0/24", T0, false));
		assertThat(VoteFlags.of(voided, List.of(), 10, Duration.ofMinutes(10), 8)).isEmpty();
		assertThat(VoteFlags.networks("narrow", voided, List.of()).get(0))
			.isEqualTo(new VoteFlags.Network("192.0.2.0/24", 4, 2, 0));
	}

	@Test
	void theLargestWindowIsFoundAnywhereInTheSeries() {
		List<Instant> at = List.of(T0, T0.plusSeconds(3600), T0.plusSeconds(3601), T0.plusSeconds(3900), T0.plusSeconds(4200), T0.plusSeconds(4201));
		assertThat(VoteFlags.largestWithin(at, Duration.ofMinutes(10))).isEqualTo(4);
		assertThat(VoteFlags.largestWithin(List.of(), Duration.ofMinutes(10))).isZero();
	}

}
