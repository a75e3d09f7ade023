package eu.interreg.cooperationday.studio.events;

import java.util.Collection;
import java.util.Map;

/**
 * The competition's published places of events, for the map and the events' pages: the events module owns
 * the question and the competition answers it, so the dependency still points from the competition to the
 * events.
 */
public interface EventAwards {

	/** The places of the given events that have one (an event with several keeps its best). */
	Map<String, Award> of(Collection<String> eventIds);

	/** A place: rank 1 won its category; {@code label} says it in words ("Winner: Best local event 2026"). */
	record Award(int rank, String label, String badgeUrl, String resultsUrl) {
	}

}
