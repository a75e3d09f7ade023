package eu.interreg.cooperationday.studio.programme;

import eu.interreg.cooperationday.studio.brand.Language;

/**
 * A programme's request, valid in every part: text is NFC-normalised and trimmed, the language is
 * supported, the email is well-formed and the logo decoded. Inner code trusts it.
 */
public record ProgrammeRequest(String programmeName, Language language, String contactEmail, Logo logo,
		Event event) {
}
