package eu.interreg.cooperationday.studio.places.internal;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a place's name is compared: the keys a name is found by. A key is the name decomposed, without
 * its accents, in lower case, with the letters that do not decompose spelled out (ß as ss, ø as o, ł as
 * l, final sigma as sigma) and any run of spaces, hyphens, apostrophes and dots as one space; so Köln,
 * KÖLN and Koln meet, Θεσσαλονίκη meets ΘΕΣΣΑΛΟΝΙΚΗ, and Saint-Étienne meets saint etienne. German
 * umlauts have a second key written out (ö as oe), so Koeln finds Köln too.
 */
public final class PlaceNames {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑–—'’`.,·]+");

	private PlaceNames() {
	}

	/** The keys {@code name} is found by: one, or two when it has an umlaut. */
	public static Set<String> keys(String name) {
		Set<String> keys = new LinkedHashSet<>(2);
		keys.add(key(name));
		String spelled = name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
			.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue");
		if (!spelled.equals(name)) {
			keys.add(key(spelled));
		}
		return keys;
	}

	/** The one key of a name as someone typed it. */
	public static String key(String name) {
		String lower = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
		StringBuilder out = new StringBuilder(lower.length());
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			switch (c) {
				case 'ß' -> out.append("ss");
				case 'ø' -> out.append('o');
				case 'æ' -> out.append("ae");
				case 'œ' -> out.append("oe");
				case 'ł' -> out.append('l');
				case 'đ', 'ð' -> out.append('d');
				case 'þ' -> out.append("th");
				case 'ı' -> out.append('i');
				case 'ħ' -> out.append('h');
				case 'ς' -> out.append('σ');
				default -> out.append(c);
			}
		}
		String plain = MARKS.matcher(out).replaceAll("");
		return SEPARATORS.matcher(plain).replaceAll(" ").strip();
	}

	/** The edit distance between two keys (Levenshtein), stopping early above {@code limit}. */
	public static int distance(String a, String b, int limit) {
		if (Math.abs(a.length() - b.length()) > limit) {
			return limit + 1;
		}
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int best = current[0];
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
				best = Math.min(best, current[j]);
			}
			if (best > limit) {
				return limit + 1;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
