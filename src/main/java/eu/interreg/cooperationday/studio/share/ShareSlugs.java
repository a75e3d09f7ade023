package eu.interreg.cooperationday.studio.share;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The address of a request's share page, {@code /p/{slug}}: the programme's name in lower-case ASCII
 * (every script transliterated, accents dropped, anything else becomes dashes; at most 48 characters, cut at a word
 * where it can be) and a suffix of 10
 * random characters (50 bits), so pages cannot be found by guessing names. And the secret key of the
 * communicator's unpublish link.
 */
final class ShareSlugs {

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"; // 32 letters, none confusable

	static final int SUFFIX = 10;

	private static final int MAX_NAME = 48;

	private ShareSlugs() {
	}

	static String slug(String programmeName, RandomGenerator random) {
		String ascii = Transliteration.toLatin(programmeName)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (ascii.length() > MAX_NAME) {
			String cut = ascii.substring(0, MAX_NAME);
			int lastWord = cut.lastIndexOf('-');
			// end at a whole word when that keeps at least half of the room
			ascii = (ascii.charAt(MAX_NAME) != '-' && lastWord >= MAX_NAME / 2) ? cut.substring(0, lastWord)
					: cut.replaceAll("-+$", "");
		}
		StringBuilder slug = new StringBuilder(ascii.isEmpty() ? "programme" : ascii).append('-');
		for (int i = 0; i < SUFFIX; i++) {
			slug.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return slug.toString();
	}

	/** 256 random bits, URL-safe. */
	static String key(SecureRandom random) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Whether a path segment could be a slug at all (checked before any lookup). */
	static boolean plausible(String slug) {
		return slug.length() <= MAX_NAME + 1 + SUFFIX + 36 && slug.matches("[a-z0-9-]+");
	}

}
