package eu.interreg.cooperationday.studio.competition.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * One year's competition: when entries are taken and votes cast (instants, entered and shown in
 * {@code zone}), its categories in order, the jury's share of the final score in percent, and when its
 * results were published (null before).
 */
record Edition(String id, String title, ZoneId zone, Instant entryOpens, Instant entryCloses, Instant votingOpens,
		Instant votingCloses, int juryWeight, Instant publishedAt, List<Category> categories) {

	Edition {
		categories = List.copyOf(categories);
	}

	/** Where an edition stands at a moment, for its pages. */
	enum Phase {
		BEFORE_ENTRIES, ENTRIES, BETWEEN, VOTING, COUNTING, PUBLISHED
	}

	Phase phase(Instant now) {
		if (this.publishedAt != null) {
			return Phase.PUBLISHED;
		}
		if (now.isBefore(this.entryOpens)) {
			return Phase.BEFORE_ENTRIES;
		}
		if (now.isBefore(this.entryCloses)) {
			return this.votingOpens.isAfter(now) ? Phase.ENTRIES : Phase.VOTING;
		}
		if (now.isBefore(this.votingOpens)) {
			return Phase.BETWEEN;
		}
		return now.isBefore(this.votingCloses) ? Phase.VOTING : Phase.COUNTING;
	}

	boolean takesEntries(Instant now) {
		return this.publishedAt == null && !now.isBefore(this.entryOpens) && now.isBefore(this.entryCloses);
	}

	boolean takesVotes(Instant now) {
		return this.publishedAt == null && !now.isBefore(this.votingOpens) && now.isBefore(this.votingCloses);
	}

	/** Whether entries are shown to the public: from the opening of the vote. */
	boolean showsEntries(Instant now) {
		return this.publishedAt != null || !now.isBefore(this.votingOpens);
	}

	public Category category(String id) {
		return this.categories.stream().filter((c) -> c.id().equals(id)).findFirst().orElse(null);
	}

	/** A category: its id (in addresses and the CSV), its name, and the criteria the jury scores 0 to 10. */
	record Category(String id, String name, List<String> criteria) {

		Category {
			criteria = List.copyOf(criteria);
		}

	}

}
