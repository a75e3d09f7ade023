package eu.interreg.cooperationday.studio.programme;

import java.net.URI;

import eu.interreg.cooperationday.studio.brand.Language;

/**
 * A programme's request, valid in every part: text is NFC-normalised and trimmed, the language is
 * supported, the email is well-formed and the logo decoded. Inner code trusts it. {@code callbackUrl}
 * (null when none) is an address the studio was allowed to call when the request arrived.
 * {@code secondLanguage} (null when none) is a second language the material is set in too, different from
 * the first; {@code programmeNameSecond} the programme's name in it (null: the one name serves both).
 */
public record ProgrammeRequest(String programmeName, Language language, String contactEmail, Logo logo,
		Event event, URI callbackUrl, Language secondLanguage, String programmeNameSecond) {

	public ProgrammeRequest(String programmeName, Language language, String contactEmail, Logo logo, Event event) {
		this(programmeName, language, contactEmail, logo, event, null, null, null);
	}

	/** What the material says of the programme. */
	public Programme programme() {
		return new Programme(this.programmeName, this.language, this.secondLanguage, this.programmeNameSecond, this.event);
	}

}
