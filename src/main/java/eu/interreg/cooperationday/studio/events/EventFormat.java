package eu.interreg.cooperationday.studio.events;

import java.util.Locale;
import java.util.Optional;

/** How people take part in an event. */
public enum EventFormat {

	ONSITE("On site", "https://schema.org/OfflineEventAttendanceMode"),
	ONLINE("Online", "https://schema.org/OnlineEventAttendanceMode"),
	HYBRID("Hybrid", "https://schema.org/MixedEventAttendanceMode");

	private final String label;

	private final String schema;

	EventFormat(String label, String schema) {
		this.label = label;
		this.schema = schema;
	}

	public String label() {
		return this.label;
	}

	/** Its schema.org {@code eventAttendanceMode}. */
	public String schema() {
		return this.schema;
	}

	/** The lower-case word used in addresses and forms ({@code onsite}, {@code online}, {@code hybrid}). */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<EventFormat> parse(String code) {
		for (EventFormat format : values()) {
			if (format.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

}
