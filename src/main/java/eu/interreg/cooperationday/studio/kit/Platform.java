package eu.interreg.cooperationday.studio.kit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.BreakIterator;

/**
 * The platforms a post is written for, each with its limit as the platform counts it: X weighs each code
 * point (1 for the Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic and Georgian blocks and common
 * punctuation, 2 for the rest, as twitter-text does) and counts a link as 23; Mastodon counts a link as 23
 * too; Bluesky counts graphemes; the others count characters. Instagram shows no clickable link.
 */
public enum Platform {

	X("X", 280, 2), BLUESKY("Bluesky", 300, 3), MASTODON("Mastodon", 500, 4), LINKEDIN("LinkedIn", 3000, 5),
	FACEBOOK("Facebook", 5000, 3), INSTAGRAM("Instagram", 2200, 5);

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	private final String label;

	private final int limit;

	private final int hashtags;

	Platform(String label, int limit, int hashtags) {
		this.label = label;
		this.limit = limit;
		this.hashtags = hashtags;
	}

	public String label() {
		return this.label;
	}

	/** The longest post, as {@link #length} counts. */
	public int limit() {
		return this.limit;
	}

	/** The most hashtags a post carries here. */
	public int hashtags() {
		return this.hashtags;
	}

	/** Whether a link in the text is clickable here. */
	public boolean links() {
		return this != INSTAGRAM;
	}

	/** How long the platform counts {@code text}. */
	public int length(String text) {
		return switch (this) {
			case X -> weighted(text);
			case MASTODON -> linksAs23(text).codePointCount(0, linksAs23(text).length());
			case BLUESKY -> graphemes(text);
			default -> text.codePointCount(0, text.length());
		};
	}

	private static String linksAs23(String text) {
		return LINK.matcher(text).replaceAll("x".repeat(23));
	}

	/** twitter-text's weighted length: links 23, light code points 1, the others 2. */
	static int weighted(String text) {
		Matcher links = LINK.matcher(text);
		int length = 0;
		int from = 0;
		while (links.find()) {
			length += weights(text.substring(from, links.start())) + 23;
			from = links.end();
		}
		return length + weights(text.substring(from));
	}

	private static int weights(String text) {
		return text.codePoints()
			.map((cp) -> (cp <= 0x10FF || (cp >= 0x2000 && cp <= 0x200D) || (cp >= 0x2010 && cp <= 0x201F)
					|| (cp >= 0x2032 && cp <= 0x2037)) ? 1 : 2)
			.sum();
	}

	/** User-perceived characters (extended grapheme clusters, ICU's rules). */
	static int graphemes(String text) {
		BreakIterator graphemes = BreakIterator.getCharacterInstance();
		graphemes.setText(text);
		int count = 0;
		while (graphemes.next() != BreakIterator.DONE) {
			count++;
		}
		return count;
	}

}
