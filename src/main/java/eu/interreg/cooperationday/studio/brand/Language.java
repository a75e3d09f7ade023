package eu.interreg.cooperationday.studio.brand;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the studio renders in: the 24 official EU languages and the neighbourhood languages
 * of Interreg programmes. Each knows its own name (as shown to its speakers) and its direction.
 */
public enum Language {

	BG("bg", "български"), CS("cs", "čeština"), DA("da", "dansk"), DE("de", "Deutsch"), EL("el", "Ελληνικά"),
	EN("en", "English"), ES("es", "español"), ET("et", "eesti"), FI("fi", "suomi"), FR("fr", "français"),
	GA("ga", "Gaeilge"), HR("hr", "hrvatski"), HU("hu", "magyar"), IT("it", "italiano"), LT("lt", "lietuvių"),
	LV("lv", "latviešu"), MT("mt", "Malti"), NL("nl", "Nederlands"), PL("pl", "polski"), PT("pt", "português"),
	RO("ro", "română"), SK("sk", "slovenčina"), SL("sl", "slovenščina"), SV("sv", "svenska"),
	NO("no", "norsk"), IS("is", "íslenska"), SQ("sq", "shqip"), SR("sr", "српски"), MK("mk", "македонски"),
	BS("bs", "bosanski"), TR("tr", "Türkçe"), UK("uk", "українська"), HY("hy", "Հայերեն"), KA("ka", "ქართული"),
	AR("ar", "العربية"), HE("he", "עברית"), SE("se", "davvisámegiella");

	private final String code;

	private final String ownName;

	Language(String code, String ownName) {
		this.code = code;
		this.ownName = ownName;
	}

	/** ISO 639-1 code, lower case. */
	public String code() {
		return this.code;
	}

	/** The language's name in itself, for pickers. */
	public String ownName() {
		return this.ownName;
	}

	public boolean rightToLeft() {
		return this == AR || this == HE;
	}

	/** Whether the language a code names is written right to left; an unknown code is not. */
	public static boolean rightToLeft(String code) {
		return fromCode(code).map(Language::rightToLeft).orElse(false);
	}

	/** The writing direction as HTML's {@code dir} attribute has it: {@code rtl} or {@code ltr}. */
	public String direction() {
		return rightToLeft() ? "rtl" : "ltr";
	}

	public Locale locale() {
		return Locale.forLanguageTag(this.code);
	}

	/**
	 * The language with the country where most of its speakers live, as Open Graph writes a locale
	 * ({@code de_DE}, {@code el_GR}); Norwegian is Bokmål, Northern Sami Norway's.
	 */
	public String ogLocale() {
		String country = switch (this) {
			case CS -> "CZ";
			case DA -> "DK";
			case EL -> "GR";
			case EN -> "GB";
			case ET -> "EE";
			case GA -> "IE";
			case SL -> "SI";
			case SV -> "SE";
			case NO, SE -> "NO";
			case SQ -> "AL";
			case SR -> "RS";
			case BS -> "BA";
			case UK -> "UA";
			case HY -> "AM";
			case KA -> "GE";
			case AR -> "AR";
			case HE -> "IL";
			default -> this.code.toUpperCase(Locale.ROOT);
		};
		return (this == NO ? "nb" : this.code) + "_" + country;
	}

	public static Optional<Language> fromCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String wanted = code.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter((language) -> language.code.equals(wanted)).findFirst();
	}

}
