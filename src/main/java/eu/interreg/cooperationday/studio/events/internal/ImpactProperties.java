package eu.interreg.cooperationday.studio.events.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the campaign collects what its events drew ({@code studio.impact.*}): an event's communicator is
 * asked the day after it, reminded at most {@code reminders - 1} times {@code reminderGap} apart, for
 * {@code window} after the event at most; {@code checkInterval} is how often due events are looked for.
 * {@code previous} is the previous campaign's evaluation, shown beside this one's (absent parts are not).
 */
@ConfigurationProperties("studio.impact")
public record ImpactProperties(@DefaultValue("3") int reminders, @DefaultValue("3d") Duration reminderGap,
		@DefaultValue("21d") Duration window, @DefaultValue("10m") Duration checkInterval, @DefaultValue Previous previous) {

	/** A campaign's figures as its evaluation gives them. */
	public record Previous(String label, Integer events, Integer countries, Integer cities, Integer programmes,
			Long attendees, Long reach, Double satisfaction) {
	}

}
