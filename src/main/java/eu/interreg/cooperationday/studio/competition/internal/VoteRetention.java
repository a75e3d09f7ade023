package eu.interreg.cooperationday.studio.competition.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets the voters: {@code studio.competition.vote-retention} (90 days by default) after an edition's
 * results, its votes' address hashes are cleared. The votes stay, with their network and time, for the
 * figures; no one can be matched to them any more.
 */
@Component
class VoteRetention {

	private static final Logger log = LoggerFactory.getLogger(VoteRetention.class);

	private final EditionRepository editions;

	private final VoteRepository votes;

	private final CompetitionProperties properties;

	private final Clock clock;

	VoteRetention(EditionRepository editions, VoteRepository votes, CompetitionProperties properties, Clock clock) {
		this.editions = editions;
		this.votes = votes;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${studio.competition.retention-check-interval:6h}",
			initialDelayString = "${studio.competition.retention-first-check:1m}")
	@Transactional
	public int forget() {
		int forgotten = 0;
		for (String edition : this.editions.publishedBefore(this.clock.instant().minus(this.properties.voteRetention()))) {
			int n = this.votes.forgetAddresses(edition);
			if (n > 0) {
				log.info("Forgot the address hashes of {} votes of {}", n, edition);
			}
			forgotten += n;
		}
		return forgotten;
	}

}
