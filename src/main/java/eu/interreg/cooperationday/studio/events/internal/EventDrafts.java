package eu.interreg.cooperationday.studio.events.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.events.EventDraft;
import eu.interreg.cooperationday.studio.events.EventFormat;
import eu.interreg.cooperationday.studio.places.Gazetteer;
import eu.interreg.cooperationday.studio.places.Place;
import eu.interreg.cooperationday.studio.problem.FieldProblem;
import eu.interreg.cooperationday.studio.problem.Refusal;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;

/**
 * Checks an event as a form posts it, naming every wrong field at once (422), or missing ones (400).
 * Text is NFC, one line (the description may have line breaks), without controls, and stays text
 * wherever it is shown. The place is the gazetteer's (an unknown one is refused with its nearest names)
 * unless the communicator placed a pin by hand (latitude and longitude both given). A date outside the
 * campaign's window is taken with a warning.
 */
public final class EventDrafts {

	static final int MAX_LINE = 200;

	static final int MAX_DESCRIPTION = 1000;

	/** The form's fields as posted; any may be null. */
	public record Fields(String title, String date, String start, String end, String venue, String city,
			String country, String latitude, String longitude, String url, List<String> languages, String format,
			String description) {
	}

	/** The campaign's window: events outside it are accepted with a warning. */
	public record Window(MonthDay from, MonthDay to) {

		boolean holds(LocalDate date) {
			MonthDay day = MonthDay.from(date);
			return !day.isBefore(this.from) && !day.isAfter(this.to);
		}

	}

	private EventDrafts() {
	}

	public static EventDraft parse(Fields f, Gazetteer gazetteer, Window window, ZoneId fallbackZone) {
		List<FieldProblem> missing = new ArrayList<>();
		List<FieldProblem> invalid = new ArrayList<>();
		String title = line(f.title(), "title", "The title", invalid);
		if (title == null) {
			missing.add(new FieldProblem("title", "The title is required."));
		}
		LocalDate date = parse(f.date(), "date", "The date must be a date such as 2026-09-19.", LocalDate::parse, invalid);
		if (date == null && text(f.date()) == null) {
			missing.add(new FieldProblem("date", "The date is required."));
		}
		LocalTime start = parse(f.start(), "start", "The start time must be a time such as 14:30.", LocalTime::parse, invalid);
		LocalTime end = parse(f.end(), "end", "The end time must be a time such as 17:00.", LocalTime::parse, invalid);
		if (end != null && (start == null || !end.isAfter(start))) {
			invalid.add(new FieldProblem("end", "The end time must come after the start time."));
		}
		String venue = line(f.venue(), "venue", "The venue", invalid);
		Where where = where(f, gazetteer, invalid);
		URI url = url(f.url(), invalid);
		List<String> languages = languages(f.languages(), invalid);
		EventFormat format = text(f.format()) == null ? EventFormat.ONSITE : EventFormat.parse(f.format()).orElse(null);
		if (format == null) {
			invalid.add(new FieldProblem("format", "The format must be onsite, online or hybrid."));
		}
		String description = description(f.description(), invalid);
		if (!missing.isEmpty()) {
			missing.addAll(invalid);
			throw new RequestRefusedException(Refusal.Kind.INCOMPLETE, summary(missing), missing);
		}
		if (!invalid.isEmpty()) {
			throw new RequestRefusedException(Refusal.Kind.INVALID, summary(invalid), invalid);
		}
		List<String> warnings = window.holds(date) ? List.of()
				: List.of("The date is outside the campaign's window (" + window.from() + " to " + window.to()
						+ "); it is listed all the same.");
		Place place = where.place();
		Double[] pin = where.pin();
		ZoneId zone = place != null ? place.zone() : gazetteer.zoneOf(where.country()).orElse(fallbackZone);
		Double latitude = pin != null ? pin[0] : place != null ? place.latitude() : null;
		Double longitude = pin != null ? pin[1] : place != null ? place.longitude() : null;
		return new EventDraft(title, date, start, end, zone, venue, where.city(), where.country(), latitude, longitude,
				pin != null, url, languages, format, description, warnings);
	}

	/** Where the event is: its city and country as given, the gazetteer's place or the hand-placed pin. */
	private record Where(String city, String country, Place place, Double[] pin) {
	}

	private static Where where(Fields f, Gazetteer gazetteer, List<FieldProblem> invalid) {
		String city = line(f.city(), "city", "The city", invalid);
		String country = text(f.country());
		Double[] pin = pin(f.latitude(), f.longitude(), invalid);
		Place place = null;
		if (country != null) {
			country = country.toUpperCase(Locale.ROOT);
			if (!gazetteer.covers(country)) {
				invalid.add(new FieldProblem("country", "The country must be the two-letter ISO 3166 code of a country "
						+ "the studio's map covers, such as DE, FR or GR."));
			}
			else if (city != null && pin == null) {
				place = gazetteer.find(city, country).orElse(null);
				if (place == null) {
					List<String> near = gazetteer.suggestions(city, country, 5);
					invalid.add(new FieldProblem("city", "No place called \"" + city + "\" is known in " + country + "."
							+ (near.isEmpty() ? " Check the spelling, give the nearest town, or place the pin by hand."
									: " Did you mean: " + String.join(", ", near) + "?")));
				}
			}
		}
		else if (city != null) {
			invalid.add(new FieldProblem("country", "The country is needed with the city: its two-letter ISO 3166 code."));
		}
		return new Where(city, country, place, pin);
	}

	private static String summary(List<FieldProblem> problems) {
		return problems.size() == 1 ? problems.get(0).reason()
				: "The event has " + problems.size() + " problems; see the list of fields.";
	}

	private static String text(String value) {
		if (value == null) {
			return null;
		}
		String text = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
		return text.isEmpty() ? null : text;
	}

	private static boolean controls(String text, boolean lineBreaks) {
		return text.codePoints().anyMatch((cp) -> (Character.getType(cp) == Character.CONTROL && !(lineBreaks
				&& (cp == '\n' || cp == '\r' || cp == '\t'))) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069));
	}

	private static String line(String value, String field, String label, List<FieldProblem> invalid) {
		String text = text(value);
		if (text != null && (text.codePointCount(0, text.length()) > MAX_LINE || controls(text, false))) {
			invalid.add(new FieldProblem(field, label + " must be one line of at most " + MAX_LINE
					+ " characters, without control characters."));
		}
		return text;
	}

	private static String description(String value, List<FieldProblem> invalid) {
		String text = text(value);
		if (text != null && (text.codePointCount(0, text.length()) > MAX_DESCRIPTION || controls(text, true))) {
			invalid.add(new FieldProblem("description", "The description must be plain text of at most "
					+ MAX_DESCRIPTION + " characters."));
		}
		return text == null ? null : text.replace("\r\n", "\n");
	}

	private static <T> T parse(String value, String field, String reason, java.util.function.Function<String, T> parser,
			List<FieldProblem> invalid) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		try {
			return parser.apply(text);
		}
		catch (DateTimeParseException ex) {
			invalid.add(new FieldProblem(field, reason));
			return null;
		}
	}

	private static Double[] pin(String latitude, String longitude, List<FieldProblem> invalid) {
		String lat = text(latitude);
		String lon = text(longitude);
		if (lat == null && lon == null) {
			return null;
		}
		try {
			double y = Double.parseDouble(lat == null ? "x" : lat);
			double x = Double.parseDouble(lon == null ? "x" : lon);
			if (Double.isFinite(y) && Double.isFinite(x) && Math.abs(y) <= 90 && Math.abs(x) <= 180) {
				return new Double[] { y, x };
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		invalid.add(new FieldProblem("latitude", "A pin needs both a latitude (-90 to 90) and a longitude (-180 to 180), "
				+ "in decimal degrees."));
		return null;
	}

	private static URI url(String value, List<FieldProblem> invalid) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		try {
			URI uri = new URI(text);
			if (text.length() <= 2000 && uri.getHost() != null
					&& ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
				return uri;
			}
		}
		catch (URISyntaxException ex) {
			// refused below
		}
		invalid.add(new FieldProblem("url", "The link must be a full web address starting with https://."));
		return null;
	}

	private static List<String> languages(List<String> values, List<FieldProblem> invalid) {
		Set<String> codes = new LinkedHashSet<>();
		for (String value : values == null ? List.<String>of() : values) {
			for (String code : value.split(",")) {
				if (code.isBlank()) {
					continue;
				}
				Optional<Language> language = Language.fromCode(code.strip().toLowerCase(Locale.ROOT));
				if (language.isEmpty()) {
					invalid.add(new FieldProblem("languages", "The studio knows no language " + code.strip() + "."));
					return List.of();
				}
				codes.add(language.get().code());
			}
		}
		if (codes.size() > 4) {
			invalid.add(new FieldProblem("languages", "An event lists at most 4 languages."));
		}
		return List.copyOf(codes);
	}

}
