package eu.interreg.cooperationday.studio.template;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a text layer shows, as a template names it ({@code "text": "programme.name"}): the programme's
 * name, one of the campaign's localised strings, or a line of the programme's event.
 */
public enum TextBinding {

	PROGRAMME_NAME("programme.name"), CAMPAIGN_NAME("campaign.name"), CAMPAIGN_SLOGAN("campaign.slogan"),
	CAMPAIGN_COFUNDED("campaign.cofunded"), EVENT_TITLE("event.title"), EVENT_DETAILS("event.details"),

	/**
	 * The funding statement beside the programme's logo: written only when the logo does not carry it (a logo
	 * without the emblem, or a harmonised one without the words); absent, its layer shows nothing.
	 */
	PROGRAMME_STATEMENT("programme.statement");

	private final String key;

	TextBinding(String key) {
		this.key = key;
	}

	/** The name in a template's JSON. */
	public String key() {
		return this.key;
	}

	/** Whether the text comes from the programme's event (absent when it has none). */
	public boolean ofEvent() {
		return this == EVENT_TITLE || this == EVENT_DETAILS;
	}

	/** Whether the text is the programme's (its name or its event), not the campaign's. */
	public boolean ofProgramme() {
		return this == PROGRAMME_NAME || this == PROGRAMME_STATEMENT || ofEvent();
	}

	public static Optional<TextBinding> fromKey(String key) {
		return Arrays.stream(values()).filter((binding) -> binding.key.equals(key)).findFirst();
	}

}
