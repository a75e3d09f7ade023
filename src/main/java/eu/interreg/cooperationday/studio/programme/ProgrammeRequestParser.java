package eu.interreg.cooperationday.studio.programme;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.web.multipart.MultipartFile;

import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.problem.StudioBusyException;
import eu.interreg.cooperationday.studio.problem.Refusal;
import eu.interreg.cooperationday.studio.problem.FieldProblem;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;
import eu.interreg.cooperationday.studio.places.Gazetteer;
import eu.interreg.cooperationday.studio.programme.internal.EventPlaces;
import eu.interreg.cooperationday.studio.programme.internal.LogoIntake;
import eu.interreg.cooperationday.studio.programme.internal.FieldChecks;

import static eu.interreg.cooperationday.studio.programme.internal.FieldChecks.clip;
import static eu.interreg.cooperationday.studio.programme.internal.FieldChecks.date;
import static eu.interreg.cooperationday.studio.programme.internal.FieldChecks.hasControl;
import static eu.interreg.cooperationday.studio.programme.internal.FieldChecks.refuseUndecodable;
import static eu.interreg.cooperationday.studio.programme.internal.FieldChecks.summary;
import static eu.interreg.cooperationday.studio.programme.internal.FieldChecks.text;
import static eu.interreg.cooperationday.studio.programme.internal.FieldChecks.url;

/**
 * Turns the raw fields of a request (from the form, the API or a CSV row) into a valid
 * {@link ProgrammeRequest}, or refuses it naming every field that is wrong. Missing required fields
 * give 400, present but invalid ones 422; the logo may answer 413 or 415 of its own.
 */
public class ProgrammeRequestParser {

	static final int MAX_NAME = 200;

	static final int MAX_EVENT_TEXT = 200;

	private static final Pattern EMAIL = Pattern
		.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
				+ "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

	private final LogoIntake logoIntake;

	private final Function<String, List<Integer>> undrawable;

	private final BooleanSupplier dropUndrawable;

	private final CallbackPolicy callbackRefusal;

	private final Gazetteer gazetteer;

	/**
	 * @param undrawable the code points of a text that the campaign fonts cannot draw (an emoji, say):
	 * such text is refused, never rendered as boxes
	 */
	public ProgrammeRequestParser(LogoIntake logoIntake, Function<String, List<Integer>> undrawable) {
		this(logoIntake, undrawable, () -> false);
	}

	/**
	 * @param dropUndrawable whether the template in use says to drop such characters instead (asked at
	 * each request, so an edited template takes effect)
	 */
	public ProgrammeRequestParser(LogoIntake logoIntake, Function<String, List<Integer>> undrawable,
			BooleanSupplier dropUndrawable) {
		this(logoIntake, undrawable, dropUndrawable, (url) -> Optional.empty());
	}

	/**
	 * @param callbackRefusal why the studio will not call a well-formed callback address (not public, not
	 * https, webhooks off), or empty when it will
	 */
	public ProgrammeRequestParser(LogoIntake logoIntake, Function<String, List<Integer>> undrawable,
			BooleanSupplier dropUndrawable, CallbackPolicy callbackRefusal) {
		this(logoIntake, undrawable, dropUndrawable, callbackRefusal, Gazetteer.bundled());
	}

	/** @param gazetteer where an event's city is looked up (read on the first request that names one) */
	public ProgrammeRequestParser(LogoIntake logoIntake, Function<String, List<Integer>> undrawable,
			BooleanSupplier dropUndrawable, CallbackPolicy callbackRefusal, Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
		this.logoIntake = logoIntake;
		this.undrawable = undrawable;
		this.dropUndrawable = dropUndrawable;
		this.callbackRefusal = callbackRefusal;
	}

	/** The fields as they arrived; any may be null. */
	public record RawFields(String programmeName, String language, String contactEmail, String logoFilename,
			String logoContentType, byte[] logo, String eventTitle, String eventDate, String eventVenue,
			String eventUrl, String callbackUrl, String secondLanguage, String programmeNameSecond, String eventCity,
			String eventCountry) {

		public RawFields(String programmeName, String language, String contactEmail, String logoFilename,
				String logoContentType, byte[] logo, String eventTitle, String eventDate, String eventVenue,
				String eventUrl, String callbackUrl, String secondLanguage, String programmeNameSecond) {
			this(programmeName, language, contactEmail, logoFilename, logoContentType, logo, eventTitle, eventDate,
					eventVenue, eventUrl, callbackUrl, secondLanguage, programmeNameSecond, null, null);
		}

		/**
		 * The fields as a form, the API or the preview posts them (multipart): the one mapping of an upload
		 * to what the parser reads. An empty file part is no logo.
		 */
		public static RawFields upload(String programmeName, String language, String contactEmail, MultipartFile logo,
				String eventTitle, String eventDate, String eventVenue, String eventUrl, String callbackUrl,
				String secondLanguage, String programmeNameSecond, String eventCity, String eventCountry)
				throws IOException {
			boolean hasLogo = logo != null && !logo.isEmpty();
			return new RawFields(programmeName, language, contactEmail, hasLogo ? logo.getOriginalFilename() : null,
					hasLogo ? logo.getContentType() : null, hasLogo ? logo.getBytes() : null, eventTitle, eventDate,
					eventVenue, eventUrl, callbackUrl, secondLanguage, programmeNameSecond, eventCity, eventCountry);
		}

	}

	public ProgrammeRequest parse(RawFields raw) {
		return parse(raw, true);
	}

	/**
	 * The request as a live preview sees it: checked and refused like a render request, but without a
	 * contact email (a preview sends nothing); the result's email is empty.
	 */
	public ProgrammeRequest parseForPreview(RawFields raw) {
		return parse(raw, false);
	}

	private ProgrammeRequest parse(RawFields raw, boolean needsEmail) {
		refuseUndecodable(new String[][] { { "programmeName", raw.programmeName() },
				{ "programmeNameSecond", raw.programmeNameSecond() }, { "language", raw.language() },
				{ "secondLanguage", raw.secondLanguage() }, { "contactEmail", raw.contactEmail() },
				{ "eventTitle", raw.eventTitle() }, { "eventDate", raw.eventDate() }, { "eventVenue", raw.eventVenue() },
				{ "eventUrl", raw.eventUrl() }, { "callbackUrl", raw.callbackUrl() }, { "eventCity", raw.eventCity() },
				{ "eventCountry", raw.eventCountry() } });
		List<FieldProblem> missing = new ArrayList<>();
		List<FieldProblem> invalid = new ArrayList<>();
		String name = name(raw.programmeName(), missing, invalid);
		Language language = language(raw.language(), missing, invalid);
		Language second = secondLanguage(raw.secondLanguage(), language, invalid);
		String nameSecond = secondName(raw.programmeNameSecond(), text(raw.secondLanguage()) != null, name, invalid);
		String email = needsEmail ? email(raw.contactEmail(), missing, invalid) : "";
		if (raw.logo() == null) {
			missing.add(new FieldProblem("logo", "The logo file is required."));
		}
		String eventTitle = optionalLine(raw.eventTitle(), "eventTitle", "The event title", invalid);
		String eventVenue = optionalLine(raw.eventVenue(), "eventVenue", "The event venue", invalid);
		String[] place = EventPlaces.check(raw.eventCity(), raw.eventCountry(), this.gazetteer, invalid);
		Event event = new Event(eventTitle, date(raw.eventDate(), invalid), eventVenue, url(raw.eventUrl(), invalid),
				place[0], place[1]);
		URI callbackUrl = callback(raw.callbackUrl(), invalid);
		refuseIfAny(raw, missing, invalid);
		Logo logo = this.logoIntake.intake(raw.logoFilename(), raw.logoContentType(), raw.logo());
		return new ProgrammeRequest(name, language, email, logo, event.isEmpty() ? null : event, callbackUrl, second,
				nameSecond);
	}

	private String name(String value, List<FieldProblem> missing, List<FieldProblem> invalid) {
		String name = text(value);
		if (name == null) {
			missing.add(new FieldProblem("programmeName", "The programme name is required."));
			return null;
		}
		return oneLineName(name, "programmeName", "The programme name", invalid);
	}

	/** A name that is one line of drawable text, at most {@link #MAX_NAME} characters. */
	private String oneLineName(String name, String field, String label, List<FieldProblem> invalid) {
		if (name.codePointCount(0, name.length()) > MAX_NAME) {
			invalid.add(new FieldProblem(field, label + " is longer than " + MAX_NAME + " characters."));
			return name;
		}
		if (hasControl(name)) {
			invalid.add(new FieldProblem(field,
					label + " must be one line of text, without control characters or direction overrides."));
			return name;
		}
		return drawable(name, field, label, invalid);
	}

	private static Language language(String value, List<FieldProblem> missing, List<FieldProblem> invalid) {
		String code = text(value);
		if (code == null) {
			missing.add(new FieldProblem("language", "The language is required."));
			return null;
		}
		Language language = Language.fromCode(code).orElse(null);
		if (language == null) {
			invalid.add(new FieldProblem("language", "The language '" + clip(code)
					+ "' is not supported; use an ISO 639-1 code such as en, de or pl."));
		}
		return language;
	}

	private static Language secondLanguage(String value, Language first, List<FieldProblem> invalid) {
		String code = text(value);
		if (code == null) {
			return null;
		}
		Language second = Language.fromCode(code).orElse(null);
		if (second == null) {
			invalid.add(new FieldProblem("secondLanguage", "The second language '" + clip(code)
					+ "' is not supported; use an ISO 639-1 code such as en, de or pl."));
		}
		else if (second == first) {
			invalid.add(new FieldProblem("secondLanguage", "The second language must differ from the first."));
			return null;
		}
		return second;
	}

	/** The name in the second language; null when there is none or it is the one name of both. */
	private String secondName(String value, boolean hasSecondLanguage, String name, List<FieldProblem> invalid) {
		String nameSecond = text(value);
		if (nameSecond == null) {
			return null;
		}
		if (!hasSecondLanguage) {
			invalid.add(new FieldProblem("programmeNameSecond",
					"The programme's name in a second language needs the second language."));
			return nameSecond;
		}
		nameSecond = oneLineName(nameSecond, "programmeNameSecond", "The programme's second name", invalid);
		return nameSecond != null && nameSecond.equals(name) ? null : nameSecond;
	}

	private static String email(String value, List<FieldProblem> missing, List<FieldProblem> invalid) {
		String email = text(value);
		if (email == null) {
			missing.add(new FieldProblem("contactEmail", "The contact email is required."));
		}
		else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
			invalid.add(new FieldProblem("contactEmail", "The contact email is not a valid address."));
		}
		return email;
	}

	/**
	 * Refuses the request when a field is missing or invalid, with the logo's own reasons beside the other
	 * fields' so that one answer names everything to fix.
	 */
	private void refuseIfAny(RawFields raw, List<FieldProblem> missing, List<FieldProblem> invalid) {
		if ((!missing.isEmpty() || !invalid.isEmpty()) && raw.logo() != null) {
			try {
				this.logoIntake.intake(raw.logoFilename(), raw.logoContentType(), raw.logo());
			}
			catch (RequestRefusedException ex) {
				invalid.addAll(ex.problems());
			}
			catch (StudioBusyException ex) {
				// too busy to read it now; the other reasons are enough to refuse
			}
		}
		if (!missing.isEmpty()) {
			missing.addAll(invalid);
			throw new RequestRefusedException(Refusal.Kind.INCOMPLETE, summary(missing), missing);
		}
		if (!invalid.isEmpty()) {
			throw new RequestRefusedException(Refusal.Kind.INVALID, summary(invalid), invalid);
		}
	}

	/** The text, or the text without what cannot be drawn when the template says to drop it. */
	private String drawable(String text, String field, String label, List<FieldProblem> invalid) {
		List<Integer> missing = this.undrawable.apply(text);
		if (!missing.isEmpty() && this.dropUndrawable.getAsBoolean()) {
			String kept = text.codePoints()
				.filter((cp) -> !missing.contains(cp))
				.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
				.toString()
				.replaceAll("\\s{2,}", " ")
				.strip();
			if (!kept.isEmpty()) {
				return kept;
			}
		}
		if (!missing.isEmpty()) {
			String listed = missing.stream()
				.limit(5)
				.map((cp) -> new String(Character.toChars(cp)) + " (U+" + String.format("%04X", cp) + ")")
				.collect(Collectors.joining(", "));
			invalid.add(new FieldProblem(field,
					label + " contains characters the campaign fonts cannot draw: " + listed + "."));
		}
		return text;
	}

	private String optionalLine(String value, String field, String label, List<FieldProblem> invalid) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		if (text.codePointCount(0, text.length()) > MAX_EVENT_TEXT) {
			invalid.add(new FieldProblem(field, label + " is longer than " + MAX_EVENT_TEXT + " characters."));
		}
		else if (hasControl(text)) {
			invalid.add(new FieldProblem(field, label + " must be one line of text, without control characters or direction overrides."));
		}
		else {
			return drawable(text, field, label, invalid);
		}
		return text;
	}

	/** A well-formed absolute address the studio may call; the policy (public, https) is the caller's. */
	private URI callback(String value, List<FieldProblem> invalid) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		if (text.length() > FieldChecks.MAX_URL) {
			invalid.add(new FieldProblem("callbackUrl", "The callback address is longer than " + FieldChecks.MAX_URL + " characters."));
			return null;
		}
		URI uri;
		try {
			uri = new URI(text);
		}
		catch (URISyntaxException ex) {
			invalid.add(new FieldProblem("callbackUrl", "The callback address must be a full https:// address."));
			return null;
		}
		if (!uri.isAbsolute() || uri.getHost() == null) {
			invalid.add(new FieldProblem("callbackUrl", "The callback address must be a full https:// address."));
			return null;
		}
		Optional<String> refused = this.callbackRefusal.refusal(uri);
		if (refused.isPresent()) {
			invalid.add(new FieldProblem("callbackUrl", refused.get()));
			return null;
		}
		return uri;
	}

}
