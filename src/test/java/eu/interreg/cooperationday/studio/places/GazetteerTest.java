package eu.interreg.cooperationday.studio.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerTest {

	private final Gazetteer gazetteer = Gazetteer.bundled();

	record Fixture(String title, String city, String country, double latitude, double longitude) {
	}

	static List<Fixture> thirtyEvents() throws IOException {
		List<Fixture> events = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				GazetteerTest.class.getResourceAsStream("/events/thirty-events.csv"), StandardCharsets.UTF_8))) {
			in.readLine();
			String line;
			while ((line = in.readLine()) != null) {
				String[] f = line.split(",");
				events.add(new Fixture(f[0], f[2], f[3], Double.parseDouble(f[4]), Double.parseDouble(f[5])));
			}
		}
		return events;
	}

	@Test
	void thirtyEventsInTwentyCountriesAreFoundOfflineWithin25KmOfTheirReference() throws IOException {
		List<Fixture> events = thirtyEvents();
		Set<String> countries = new HashSet<>();
		int nonLatin = 0;
		int accented = 0;
		for (Fixture event : events) {
			Place place = this.gazetteer.find(event.city(), event.country()).orElseThrow(() -> new AssertionError(
					event.city() + ", " + event.country() + " was not found"));
			double km = Gazetteer.kilometres(event.latitude(), event.longitude(), place.latitude(), place.longitude());
			assertThat(km).as("%s, %s found as %s", event.city(), event.country(), place.name()).isLessThan(25);
			countries.add(event.country());
			if (event.city().codePoints().anyMatch((cp) -> Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN
					&& Character.isLetter(cp))) {
				nonLatin++;
			}
			else if (!event.city().chars().allMatch((c) -> c < 128)) {
				accented++;
			}
		}
		assertThat(events).hasSize(30);
		assertThat(countries).hasSizeGreaterThanOrEqualTo(20);
		assertThat(nonLatin).isGreaterThanOrEqualTo(5);
		assertThat(accented).isGreaterThanOrEqualTo(5);
	}

	@ParameterizedTest
	@CsvSource(quoteCharacter = '"', value = { "Köln, DE, Köln", "Cologne, DE, Köln", "Koeln, DE, Köln", "KÖLN, DE, Köln", "Кёльн, DE, Köln",
			"Θεσσαλονίκη, GR, Thessaloníki", "Thessaloniki, GR, Thessaloníki", "ΘΕΣΣΑΛΟΝΙΚΗ, GR, Thessaloníki",
			"Lisboa, PT, Lisbon", "Lisbon, PT, Lisbon", "saint-etienne, FR, Saint-Étienne", "Bruxelles, BE, Brussels",
			"Brussel, BE, Brussels", "s-Hertogenbosch, NL, 's-Hertogenbosch", "Frankfurt am Main, de, Frankfurt am Main", "Den Bosch, NL, 's-Hertogenbosch" })
	void aPlaceIsFoundByItsLocalExonymAccentedTransliteratedAndOtherScriptNames(String city, String country,
			String expected) {
		assertThat(this.gazetteer.find(city, country)).map(Place::name).contains(expected);
	}

	@Test
	void theSameNameInAnotherCountryIsAnotherPlaceAndTheMostPopulousWins() {
		Place lisbonPortugal = this.gazetteer.find("Lisbon", "PT").orElseThrow();
		assertThat(this.gazetteer.find("Lisbon", "US")).isEmpty(); // the gazetteer covers the programme area only
		assertThat(lisbonPortugal.population()).isGreaterThan(400_000);
		assertThat(lisbonPortugal.zone().getId()).isEqualTo("Europe/Lisbon");
	}

	@Test
	void anUnknownPlaceHasSuggestionsFromItsCountry() {
		assertThat(this.gazetteer.find("Kolnn", "DE")).isEmpty();
		assertThat(this.gazetteer.suggestions("Kolnn", "DE", 5)).contains("Köln");
		assertThat(this.gazetteer.suggestions("Maastrikt", "NL", 5)).contains("Maastricht");
		assertThat(this.gazetteer.suggestions("Frankfurt", "DE", 5)).contains("Frankfurt am Main");
		assertThat(this.gazetteer.suggestions("Qwxyzzy", "DE", 5)).isEmpty();
	}

	@Test
	void countriesAndZones() {
		assertThat(this.gazetteer.covers("gr")).isTrue();
		assertThat(this.gazetteer.covers("US")).isFalse();
		assertThat(this.gazetteer.countries()).contains("AT", "XK", "UA", "TN").hasSizeGreaterThan(60);
		assertThat(this.gazetteer.zoneOf("FI")).map(Object::toString).contains("Europe/Helsinki");
		assertThat(this.gazetteer.zoneOf("ZZ")).isEmpty();
	}

}
