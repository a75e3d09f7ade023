package eu.interreg.cooperationday.studio.programme;

import eu.interreg.cooperationday.studio.brand.Language;

/**
 * What the material says of a programme: its name in its language, and in a second language when it has
 * one ({@code secondLanguage} null when not; {@code nameSecond} null when the one name serves both), and
 * its event (empty when none).
 */
public record Programme(String name, Language language, Language secondLanguage, String nameSecond, Event event) {

	/** The programme's name in the second language: its own, or the one name. */
	public String nameInSecondLanguage() {
		return this.nameSecond != null ? this.nameSecond : this.name;
	}

}
