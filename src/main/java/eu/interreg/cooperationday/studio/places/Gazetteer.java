package eu.interreg.cooperationday.studio.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import eu.interreg.cooperationday.studio.places.internal.PlaceNames;

/**
 * The studio's offline gazetteer: the populated places of the countries Interreg programmes cover, from
 * GeoNames (CC-BY 4.0) as bundled in {@code places/cities.tsv.gz} (derived by
 * {@code tools/gazetteer/DeriveGazetteer.java}). A place is found by its name in any of the spellings
 * GeoNames knows (Köln, Cologne, Koeln, Кёльн) and its country; no web service is asked. Read once, on
 * first use (about 66,000 places and 270,000 names, sorted per country).
 */
public final class Gazetteer {

	/** Where the bundled data comes from, as a page must credit it. */
	public static final String CREDIT = "Places: GeoNames (geonames.org), CC BY 4.0";

	private static final String BUNDLED = "places/cities.tsv.gz";

	private final java.util.function.Supplier<Data> data;

	/** One country's name keys, sorted, and the place each names. */
	private record Names(String[] keys, int[] places) {
	}

	private record Data(List<Place> places, Map<String, Names> byCountry, Map<String, ZoneId> zones) {
	}

	private Gazetteer(java.util.function.Supplier<Data> data) {
		this.data = data;
	}

	private static final Gazetteer BUNDLED_GAZETTEER = new Gazetteer(() -> Bundled.INSTANCE.data.get());

	private static final class Bundled {

		static final Gazetteer INSTANCE = load();

		private static Gazetteer load() {
			try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(BUNDLED)) {
				if (in == null) {
					throw new IllegalStateException("The gazetteer " + BUNDLED + " is not on the classpath");
				}
				return Gazetteer.read(new GZIPInputStream(in, 1 << 16));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not read the gazetteer " + BUNDLED, ex);
			}
		}

	}

	/** The bundled gazetteer, read when it is first asked something. */
	public static Gazetteer bundled() {
		return BUNDLED_GAZETTEER;
	}

	/**
	 * Reads a gazetteer in the bundled format: lines of name, country, latitude, longitude, population,
	 * time zone and other names (separated by {@code |}), tab-separated; lines starting with # are notes.
	 */
	public static Gazetteer read(InputStream tsv) throws IOException {
		List<Place> places = new ArrayList<>(70_000);
		Map<String, TreeMap<String, List<Integer>>> names = new HashMap<>();
		Map<String, Place> largest = new HashMap<>();
		BufferedReader in = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8), 1 << 16);
		String line;
		while ((line = in.readLine()) != null) {
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] f = line.split("\t", -1);
			Place place = new Place(f[0], f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]),
					f[4].isEmpty() ? 0 : Integer.parseInt(f[4]), ZoneId.of(f[5]));
			int index = places.size();
			places.add(place);
			TreeMap<String, List<Integer>> country = names.computeIfAbsent(place.country(), (c) -> new TreeMap<>());
			Set<String> keys = new LinkedHashSet<>(PlaceNames.keys(place.name()));
			if (f.length > 6 && !f[6].isEmpty()) {
				for (String other : f[6].split("\\|")) {
					keys.addAll(PlaceNames.keys(other));
				}
			}
			for (String key : keys) {
				country.computeIfAbsent(key, (k) -> new ArrayList<>(1)).add(index);
			}
			largest.merge(place.country(), place, (a, b) -> a.population() >= b.population() ? a : b);
		}
		Map<String, Names> byCountry = new HashMap<>();
		names.forEach((country, keys) -> {
			int size = keys.values().stream().mapToInt(List::size).sum();
			String[] sorted = new String[size];
			int[] indexes = new int[size];
			int i = 0;
			for (Map.Entry<String, List<Integer>> entry : keys.entrySet()) {
				String key = entry.getKey().intern();
				for (int place : entry.getValue()) {
					sorted[i] = key;
					indexes[i++] = place;
				}
			}
			byCountry.put(country, new Names(sorted, indexes));
		});
		Map<String, ZoneId> zones = new HashMap<>();
		largest.forEach((country, place) -> zones.put(country, place.zone()));
		Data data = new Data(List.copyOf(places), Map.copyOf(byCountry), Map.copyOf(zones));
		return new Gazetteer(() -> data);
	}

	/** Whether the gazetteer has places in {@code country} (ISO 3166-1 alpha-2, any case). */
	public boolean covers(String country) {
		return country != null && this.data.get().byCountry().containsKey(country.toUpperCase(Locale.ROOT));
	}

	/** The countries it covers, sorted. */
	public List<String> countries() {
		return this.data.get().byCountry().keySet().stream().sorted().toList();
	}

	/** A covered country: its ISO 3166-1 alpha-2 code and its name in some language. */
	public record Country(String code, String name) {
	}

	/** The countries it covers with their names in {@code language}, sorted by name. */
	public List<Country> countryNames(Locale language) {
		return this.data.get().byCountry().keySet()
			.stream()
			.map((code) -> new Country(code, code.equals("XK") ? "Kosovo" : new Locale("", code).getDisplayCountry(language)))
			.sorted(Comparator.comparing(Country::name))
			.toList();
	}

	/** The time zone of a country's largest place (its capital, mostly), or empty if not covered. */
	public Optional<ZoneId> zoneOf(String country) {
		return country == null ? Optional.empty() : Optional.ofNullable(this.data.get().zones().get(country.toUpperCase(Locale.ROOT)));
	}

	/**
	 * The place called {@code city} in {@code country}: of the places any of whose names match (accents,
	 * case and separators aside), the most populous.
	 */
	public Optional<Place> find(String city, String country) {
		Names names = city == null || country == null ? null : this.data.get().byCountry().get(country.toUpperCase(Locale.ROOT));
		if (names == null) {
			return Optional.empty();
		}
		Place best = null;
		for (String key : PlaceNames.keys(city)) {
			int at = Arrays.binarySearch(names.keys(), key);
			if (at < 0) {
				continue;
			}
			while (at > 0 && names.keys()[at - 1].equals(key)) {
				at--;
			}
			for (int i = at; i < names.keys().length && names.keys()[i].equals(key); i++) {
				Place place = this.data.get().places().get(names.places()[i]);
				if (best == null || place.population() > best.population()) {
					best = place;
				}
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * Up to {@code limit} places of {@code country} whose names are close to {@code city} (a few letters
	 * off, or {@code city} followed by more words), the closest and most populous first; by their names.
	 */
	public List<String> suggestions(String city, String country, int limit) {
		Names names = city == null || country == null ? null : this.data.get().byCountry().get(country.toUpperCase(Locale.ROOT));
		if (names == null || city.isBlank()) {
			return List.of();
		}
		String key = PlaceNames.key(city);
		int allowed = Math.max(1, Math.min(3, key.length() / 4));
		record Near(Place place, int distance) {
		}
		Map<Place, Near> near = new HashMap<>();
		for (int i = 0; i < names.keys().length; i++) {
			String name = names.keys()[i];
			int distance = name.startsWith(key + " ") ? 1 : PlaceNames.distance(key, name, allowed);
			if (distance <= allowed) {
				Place place = this.data.get().places().get(names.places()[i]);
				near.merge(place, new Near(place, distance), (a, b) -> a.distance() <= b.distance() ? a : b);
			}
		}
		return near.values()
			.stream()
			.sorted(Comparator.comparingInt(Near::distance)
				.thenComparing(Comparator.comparingInt((Near n) -> n.place().population()).reversed()))
			.map((n) -> n.place().name())
			.distinct()
			.limit(limit)
			.toList();
	}

	/** How far apart two points are on the Earth's surface, in kilometres (haversine, mean radius). */
	public static double kilometres(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.pow(Math.sin(dLat / 2), 2)
				+ Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
	}

}
