package eu.interreg.cooperationday.studio.programme.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import eu.interreg.cooperationday.studio.problem.FieldProblem;
import eu.interreg.cooperationday.studio.problem.Refusal;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;
import eu.interreg.cooperationday.studio.programme.PublicAddresses;

/**
 * How the door reads one field: text normalised and trimmed, one line without controls, a date in the
 * years events happen, a public link. Each check adds its reason to the list it is given and answers
 * null, so one refusal names every field to fix.
 */
public final class FieldChecks {

	public static final int MAX_URL = 2000;

	/** Event dates outside these are typing mistakes (or probes), not events. */
	static final LocalDate FIRST_DATE = LocalDate.of(2000, 1, 1);

	static final LocalDate LAST_DATE = LocalDate.of(2100, 12, 31);

	private FieldChecks() {
	}

	/**
	 * NFC, trimmed; blank becomes null. Invisible characters that only hide or join words (zero-width
	 * space, word joiner, a byte-order mark) are removed; joiners that shape scripts (ZWJ, ZWNJ) and
	 * direction marks stay.
	 */
	public static String text(String value) {
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

	public static LocalDate date(String value, List<FieldProblem> invalid) {
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

	public static URI url(String value, List<FieldProblem> invalid) {
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

	/** Control characters, line and paragraph separators, and bidi embeddings, overrides and isolates. */
	public static boolean hasControl(String text) {
		return text.codePoints().anyMatch((c) -> Character.getType(c) == Character.CONTROL
				|| c == 0x2028 || c == 0x2029) || BIDI_CONTROL.matcher(text).find();
	}

	public static String clip(String text) {
		return text.length() <= 20 ? text : text.substring(0, 20) + "…";
	}

	public static String summary(List<FieldProblem> problems) {
		return problems.size() == 1 ? problems.get(0).reason()
				: "The request has " + problems.size() + " problems; see the list of fields.";
	}

	/**
	 * Refuses text fields (name and value pairs) whose bytes were not UTF-8: the decoder put U+FFFD where
	 * they could not be read, and a name stored that way would print as boxes on every file.
	 */
	public static void refuseUndecodable(String[][] fields) {
		List<FieldProblem> undecodable = new java.util.ArrayList<>();
		for (String[] field : fields) {
			if (field[1] != null && field[1].indexOf('\uFFFD') >= 0) {
				undecodable.add(new FieldProblem(field[0], "The field " + field[0] + " is not valid UTF-8 text."));
			}
		}
		if (!undecodable.isEmpty()) {
			throw new RequestRefusedException(Refusal.Kind.INVALID, summary(undecodable), undecodable);
		}
	}

}
