package eu.interreg.cooperationday.studio.competition;

import java.util.List;

/**
 * An edition's results are published: each award with what the share page and the events map show of it
 * (the programme's request, the event, the rank, the category, and the badge's address), so that they
 * need not ask the competition back.
 */
public record AwardsPublished(String edition, String editionTitle, List<Award> awards) {

	public AwardsPublished {
		awards = List.copyOf(awards);
	}

	/** One award: rank 1 wins its category. {@code badgeUrl} is the 1080×1080 badge's public address. */
	public record Award(String requestId, String eventId, int rank, String category, String badgeUrl) {
	}

}
