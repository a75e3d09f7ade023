package eu.interreg.cooperationday.studio.share;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Any name the studio accepts written in Latin letters without accents, for addresses: Greek (after ELOT
 * 743), Cyrillic (Bulgarian, Serbian, Macedonian, Ukrainian and Russian letters), Georgian (the national
 * system), Armenian, Arabic and Hebrew (their consonants; vowels they do not write stay unwritten), and the
 * Latin letters that carry no accent to drop (ß, æ, ø, ł, đ, þ, ħ, ŋ...). Accents are dropped from the rest.
 * Good enough to recognise a name in a link; not a scholarly romanisation.
 */
final class Transliteration {

	private static final Map<Integer, String> LETTERS = new HashMap<>();

	static {
		// Greek
		put("α a β v γ g δ d ε e ζ z η i θ th ι i κ k λ l μ m ν n ξ x ο o π p ρ r σ s ς s τ t υ y φ f χ ch ψ ps ω o");
		// Cyrillic
		put("а a б b в v г g ґ g д d е e є ye ё yo ж zh з z и i і i ї yi й y к k л l м m н n о o п p р r с s т t у u"
				+ " ф f х h ц ts ч ch ш sh щ sht ъ a ы y ь - э e ю yu я ya ђ dj ј j љ lj њ nj ћ c џ dz ѓ gj ќ kj ѕ dz ў u");
		// Georgian
		put("ა a ბ b გ g დ d ე e ვ v ზ z თ t ი i კ k ლ l მ m ნ n ო o პ p ჟ zh რ r ს s ტ t უ u ფ p ქ k ღ gh ყ q"
				+ " შ sh ჩ ch ც ts ძ dz წ ts ჭ ch ხ kh ჯ j ჰ h");
		// Armenian
		put("ա a բ b գ g դ d ե e զ z է e ը y թ t ժ zh ի i լ l խ kh ծ ts կ k հ h ձ dz ղ gh ճ ch մ m յ y ն n շ sh"
				+ " ո o չ ch պ p ջ j ռ r ս s վ v տ t ր r ց ts ւ v փ p ք k օ o ֆ f և ev");
		// Arabic
		put("ا a أ a إ i آ a ب b ت t ث th ج j ح h خ kh د d ذ dh ر r ز z س s ش sh ص s ض d ط t ظ z ع - غ gh ف f"
				+ " ق q ك k ل l م m ن n ه h و w ي y ى a ة a ء - ؤ w ئ y");
		// Hebrew
		put("א a ב b ג g ד d ה h ו v ז z ח ch ט t י y כ k ך k ל l מ m ם m נ n ן n ס s ע - פ p ף p צ ts ץ ts ק k"
				+ " ר r ש sh ת t");
		// Latin letters without an accent to drop
		put("ß ss æ ae œ oe ø o ł l đ d ð d þ th ħ h ı i ŋ ng ŧ t ĸ q");
	}

	private Transliteration() {
	}

	private static void put(String pairs) {
		String[] parts = pairs.split(" ");
		for (int i = 0; i < parts.length; i += 2) {
			LETTERS.put(parts[i].codePointAt(0), parts[i + 1].equals("-") ? "" : parts[i + 1]);
		}
	}

	/** {@code text} in lower-case Latin letters, digits and whatever else it had (spaces, punctuation). */
	static String toLatin(String text) {
		// letters whose marks are part of them (й, ї, ё) are written before the marks are dropped; then the
		// rest (ά, č) lose their accents and are written
		String lower = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
		// Greek writes u as omicron-upsilon, accented or not
		String composed = map(lower.replaceAll("ο[υύϋΰ]", "ou").replaceAll("ό[υϋ]", "ou"));
		return map(Normalizer.normalize(composed, Normalizer.Form.NFKD).replaceAll("\\p{M}+", ""));
	}

	private static String map(String text) {
		StringBuilder latin = new StringBuilder(text.length());
		text.codePoints().forEach((cp) -> {
			String mapped = LETTERS.get(cp);
			if (mapped != null) {
				latin.append(mapped);
			}
			else {
				latin.appendCodePoint(cp);
			}
		});
		return latin.toString();
	}

}
