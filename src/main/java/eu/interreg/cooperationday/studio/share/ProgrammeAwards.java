package eu.interreg.cooperationday.studio.share;

import java.util.List;

/**
 * The competition's published places of a programme's events, for its share page: the share module owns
 * the question and the competition answers it, so the dependency still points from the competition here.
 */
public interface ProgrammeAwards {

	List<Award> of(String requestId);

	/** A place in words ("Winner: Best local event 2026"), its event, its badge and the results page. */
	record Award(String label, String eventTitle, String badgeUrl, String resultsUrl) {
	}

}
