package eu.interreg.cooperationday.studio.programme;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.problem.StudioBusyException;
import eu.interreg.cooperationday.studio.problem.Refusal;
import eu.interreg.cooperationday.studio.problem.FieldProblem;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;

/**
 * Turns the raw fields of a request (from the form, the API or a CSV row) into a valid
 * {@link ProgrammeRequest}, or refuses it naming every field that is wrong. Missing required fields
 * give 400, present but invalid ones 422; the logo may answer 413 or 415 of its own.
 */
public class ProgrammeRequestParser {

	static final int MAX_NAME = 200;

	static final int MAX_EVENT_TEXT = 200;

	static final int MAX_URL = 2000;

	/** Event dates outside these are typing mistakes (or probes), not events. */
	static final LocalDate FIRST_DATE = LocalDate.of(2000, 1, 1);

	static final LocalDate LAST_DATE = LocalDate.of(2100, 12, 31);

	private static final Pattern EMAIL = Pattern
		.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
				+ "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

	private final LogoIntake logoIntake;

	private final Function<String, List<Integer>> undrawable;

	private final BooleanSupplier dropUndrawable;

	private final CallbackPolicy callbackRefusal;

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
		this.logoIntake = logoIntake;
		this.undrawable = undrawable;
		this.dropUndrawable = dropUndrawable;
		this.callbackRefusal = callbackRefusal;
	}

	/** The fields as they arrived; any may be null. */
	public record RawFields(String programmeName, String language, String contactEmail, String logoFilename,
			String logoContentType, byte[] logo, String eventTitle, String eventDate, String eventVenue,
			String eventUrl, String callbackUrl, String secondLanguage, String programmeNameSecond) {

		public RawFields(String programmeName, String language, String contactEmail, String logoFilename,
				String logoContentType, byte[] logo, String eventTitle, String eventDate, String eventVenue,
				String eventUrl) {
			this(programmeName, language, contactEmail, logoFilename, logoContentType, logo, eventTitle, eventDate,
					eventVenue, eventUrl, null, null, null);
		}

		public RawFields(String programmeName, String language, String contactEmail, String logoFilename,
				String logoContentType, byte[] logo, String eventTitle, String eventDate, String eventVenue,
				String eventUrl, String callbackUrl) {
			this(programmeName, language, contactEmail, logoFilename, logoContentType, logo, eventTitle, eventDate,
					eventVenue, eventUrl, callbackUrl, null, null);
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
		refuseUndecodable(raw);
		List<FieldProblem> missing = new ArrayList<>();
		List<FieldProblem> invalid = new ArrayList<>();

		String name = text(raw.programmeName());
		if (name == null) {
			missing.add(new FieldProblem("programmeName", "The programme name is required."));
		}
		else if (name.codePointCount(0, name.length()) > MAX_NAME) {
			invalid.add(new FieldProblem("programmeName",
					"The programme name is longer than " + MAX_NAME + " characters."));
		}
		else if (hasControl(name)) {
			invalid.add(new FieldProblem("programmeName", "The programme name must be one line of text, without control characters or direction overrides."));
		}
		else {
			name = drawable(name, "programmeName", "The programme name", invalid);
		}

		Language language = null;
		String languageCode = text(raw.language());
		if (languageCode == null) {
			missing.add(new FieldProblem("language", "The language is required."));
		}
		else {
			language = Language.fromCode(languageCode).orElse(null);
			if (language == null) {
				invalid.add(new FieldProblem("language", "The language '" + clip(languageCode)
						+ "' is not supported; use an ISO 639-1 code such as en, de or pl."));
			}
		}

		Language second = null;
		String secondCode = text(raw.secondLanguage());
		if (secondCode != null) {
			second = Language.fromCode(secondCode).orElse(null);
			if (second == null) {
				invalid.add(new FieldProblem("secondLanguage", "The second language '" + clip(secondCode)
						+ "' is not supported; use an ISO 639-1 code such as en, de or pl."));
			}
			else if (second == language) {
				invalid.add(new FieldProblem("secondLanguage", "The second language must differ from the first."));
				second = null;
			}
		}
		String nameSecond = text(raw.programmeNameSecond());
		if (nameSecond != null) {
			if (secondCode == null) {
				invalid.add(new FieldProblem("programmeNameSecond",
						"The programme's name in a second language needs the second language."));
			}
			else if (nameSecond.codePointCount(0, nameSecond.length()) > MAX_NAME) {
				invalid.add(new FieldProblem("programmeNameSecond",
						"The programme's second name is longer than " + MAX_NAME + " characters."));
			}
			else if (hasControl(nameSecond)) {
				invalid.add(new FieldProblem("programmeNameSecond", "The programme's second name must be one line of text, without control characters or direction overrides."));
			}
			else {
				nameSecond = drawable(nameSecond, "programmeNameSecond", "The programme's second name", invalid);
			}
			if (nameSecond != null && nameSecond.equals(name)) {
				nameSecond = null; // the same name: it is the one name of both
			}
		}

		String email = needsEmail ? text(raw.contactEmail()) : "";
		if (email == null) {
			missing.add(new FieldProblem("contactEmail", "The contact email is required."));
		}
		else if (needsEmail && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
			invalid.add(new FieldProblem("contactEmail", "The contact email is not a valid address."));
		}

		if (raw.logo() == null) {
			missing.add(new FieldProblem("logo", "The logo file is required."));
		}

		String eventTitle = optionalLine(raw.eventTitle(), "eventTitle", "The event title", invalid);
		String eventVenue = optionalLine(raw.eventVenue(), "eventVenue", "The event venue", invalid);
		LocalDate eventDate = date(raw.eventDate(), invalid);
		URI eventUrl = url(raw.eventUrl(), invalid);
		URI callbackUrl = callback(raw.callbackUrl(), invalid);

		if ((!missing.isEmpty() || !invalid.isEmpty()) && raw.logo() != null) {
			// the logo's own reasons beside the other fields', so that one answer names everything to fix
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
		Logo logo = this.logoIntake.intake(raw.logoFilename(), raw.logoContentType(), raw.logo());
		Event event = new Event(eventTitle, eventDate, eventVenue, eventUrl);
		return new ProgrammeRequest(name, language, email,
				logo, event.isEmpty() ? null : event, callbackUrl, second, nameSecond);
	}

	/**
	 * Refuses text fields whose bytes were not UTF-8: the decoder put U+FFFD where they could not be read,
	 * and a name stored that way would print as boxes on every file.
	 */
	private static void refuseUndecodable(RawFields raw) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("programmeName", raw.programmeName());
		fields.put("programmeNameSecond", raw.programmeNameSecond());
		fields.put("language", raw.language());
		fields.put("secondLanguage", raw.secondLanguage());
		fields.put("contactEmail", raw.contactEmail());
		fields.put("eventTitle", raw.eventTitle());
		fields.put("eventDate", raw.eventDate());
		fields.put("eventVenue", raw.eventVenue());
		fields.put("eventUrl", raw.eventUrl());
		fields.put("callbackUrl", raw.callbackUrl());
		List<FieldProblem> undecodable = new ArrayList<>();
		fields.forEach((field, value) -> {
			if (value != null && value.indexOf('\uFFFD') >= 0) {
				undecodable.add(new FieldProblem(field, "The field " + field + " is not valid UTF-8 text."));
			}
		});
		if (!undecodable.isEmpty()) {
			throw new RequestRefusedException(Refusal.Kind.INVALID, summary(undecodable), undecodable);
		}
	}

	/**
	 * NFC, trimmed; blank becomes null. Invisible characters that only hide or join words (zero-width
	 * space, word joiner, a byte-order mark) are removed; joiners that shape scripts (ZWJ, ZWNJ) and
	 * direction marks stay.
	 */
	static String text(String value) {
		if (value == null) {
			return null;
		}
		String normalised = INVISIBLE.matcher(Normalizer.normalize(value, Normalizer.Form.NFC)).replaceAll("").strip();
		return normalised.isEmpty() ? null : normalised;
	}

	private static final Pattern INVISIBLE = Pattern.compile("[\u200B\u2060\uFEFF\u180E]");

	/**
	 * Characters that make a text display in another order than it is written (bidi embeddings,
	 * overrides and isolates): a name with them could render mirrored or hide its real words.
	 */
	private static final Pattern BIDI_CONTROL = Pattern.compile("[\u202A-\u202E\u2066-\u2069]");

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

	private static LocalDate date(String value, List<FieldProblem> invalid) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			invalid.add(new FieldProblem("eventDate", "The event date must be a date like 2026-09-21."));
			return null;
		}
		if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
			invalid.add(new FieldProblem("eventDate", "The event date must be between " + FIRST_DATE + " and " + LAST_DATE + "."));
			return null;
		}
		return date;
	}

	private static URI url(String value, List<FieldProblem> invalid) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		String reason = "The event link must be a full http:// or https:// address.";
		if (text.length() > MAX_URL) {
			invalid.add(new FieldProblem("eventUrl", "The event link is longer than " + MAX_URL + " characters."));
			return null;
		}
		try {
			URI uri = new URI(text);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
					|| uri.getRawUserInfo() != null) {
				invalid.add(new FieldProblem("eventUrl", reason));
				return null;
			}
			if (!publicHost(uri.getHost())) {
				invalid.add(new FieldProblem("eventUrl", "The event link must point to a public website, not to "
						+ clip(uri.getHost()) + "."));
				return null;
			}
			return uri;
		}
		catch (URISyntaxException ex) {
			invalid.add(new FieldProblem("eventUrl", reason));
			return null;
		}
	}

	/**
	 * Whether a published link's host is on the public internet: an address literal must be a public one
	 * (not loopback, private, link-local such as cloud metadata, or reserved), and names that only mean
	 * something inside a network are refused. Names are not looked up: the studio never calls the link.
	 */
	static boolean publicHost(String host) {
		String bare = (host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host)
			.toLowerCase(Locale.ROOT);
		if (PublicAddresses.isLiteral(bare)) {
			try {
				return PublicAddresses.isPublic(InetAddress.getByName(bare));
			}
			catch (UnknownHostException ex) {
				return false;
			}
		}
		String name = bare.endsWith(".") ? bare.substring(0, bare.length() - 1) : bare;
		return name.contains(".") && INTERNAL_SUFFIXES.stream().noneMatch((suffix) -> name.endsWith(suffix));
	}

	/** Names reserved for one machine or one network (RFC 6761, 6762, 8375) and common in-house ones. */
	private static final List<String> INTERNAL_SUFFIXES = List.of(".localhost", ".local", ".internal", ".home.arpa",
			".lan", ".intranet", ".corp", ".localdomain", ".test", ".invalid");

	/** A well-formed absolute address the studio may call; the policy (public, https) is the caller's. */
	private URI callback(String value, List<FieldProblem> invalid) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		if (text.length() > MAX_URL) {
			invalid.add(new FieldProblem("callbackUrl", "The callback address is longer than " + MAX_URL + " characters."));
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

	/** Control characters, line and paragraph separators, and bidi embeddings, overrides and isolates. */
	private static boolean hasControl(String text) {
		return text.codePoints().anyMatch((c) -> Character.getType(c) == Character.CONTROL
				|| c == 0x2028 || c == 0x2029) || BIDI_CONTROL.matcher(text).find();
	}

	private static String clip(String text) {
		return text.length() <= 20 ? text : text.substring(0, 20) + "…";
	}

	private static String summary(List<FieldProblem> problems) {
		return problems.size() == 1 ? problems.get(0).reason()
				: "The request has " + problems.size() + " problems; see the list of fields.";
	}

}
