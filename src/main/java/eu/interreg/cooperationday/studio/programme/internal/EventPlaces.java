package eu.interreg.cooperationday.studio.programme.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import eu.interreg.cooperationday.studio.places.Gazetteer;
import eu.interreg.cooperationday.studio.problem.FieldProblem;

/**
 * The event's place as a request gives it ({@code eventCity}, {@code eventCountry}): a country the
 * gazetteer covers, by its ISO 3166-1 alpha-2 code, and a city it knows there, in any spelling it has.
 * A city not found is refused with the nearest names the gazetteer has in that country.
 */
public final class EventPlaces {

	/** The longest city name taken. */
	public static final int MAX_CITY = 200;

	private static final Pattern ALPHA_2 = Pattern.compile("[A-Za-z]{2}");

	private EventPlaces() {
	}

	/** The city and country checked, {@code {city, country}} (each null when not given). */
	public static String[] check(String cityValue, String countryValue, Gazetteer gazetteer, List<FieldProblem> invalid) {
		String city = FieldChecks.text(cityValue);
		String country = FieldChecks.text(countryValue);
		if (country != null) {
			if (!ALPHA_2.matcher(country).matches()) {
				invalid.add(new FieldProblem("eventCountry",
						"The event's country must be its two-letter ISO 3166 code, such as DE, FR or GR."));
				return new String[] { city, null };
			}
			country = country.toUpperCase(Locale.ROOT);
			if (!gazetteer.covers(country)) {
				invalid.add(new FieldProblem("eventCountry", "The studio's map does not cover the country " + country
						+ ": it covers the countries of the Interreg programmes."));
				return new String[] { city, null };
			}
		}
		if (city == null) {
			return new String[] { null, country };
		}
		if (city.codePointCount(0, city.length()) > MAX_CITY || FieldChecks.hasControl(city)) {
			invalid.add(new FieldProblem("eventCity",
					"The event's city must be one line of at most " + MAX_CITY + " characters."));
		}
		else if (country == null) {
			invalid.add(new FieldProblem("eventCountry",
					"The event's country is needed with its city: its two-letter ISO 3166 code, such as DE."));
		}
		else if (gazetteer.find(city, country).isEmpty()) {
			List<String> near = gazetteer.suggestions(city, country, 5);
			invalid.add(new FieldProblem("eventCity", "No place called \"" + city + "\" is known in " + country + "."
					+ (near.isEmpty() ? " Check the spelling, or give the nearest town."
							: " Did you mean: " + String.join(", ", near) + "?")));
		}
		return new String[] { city, country };
	}

}
