package eu.interreg.cooperationday.studio.kit;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A programme's handle on a platform, checked as the platform writes it and written the one way posts
 * mention it: {@code @name} on X (1 to 15 letters, digits, underscores) and Instagram (1 to 30, dots
 * inside too), {@code @name@server} on Mastodon, and a domain on Bluesky ({@code @name.bsky.social} or
 * the programme's own domain). LinkedIn and Facebook pages have no handle a post can mention.
 */
public final class Handles {

	private static final Pattern X = Pattern.compile("@?([A-Za-z0-9_]{1,15})");

	private static final Pattern INSTAGRAM = Pattern.compile("@?([A-Za-z0-9_](?:[A-Za-z0-9._]{0,28}[A-Za-z0-9_])?)");

	private static final String DOMAIN = "(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]";

	private static final Pattern MASTODON = Pattern.compile("@?([A-Za-z0-9_]{1,30})@(" + DOMAIN + ")");

	private static final Pattern BLUESKY = Pattern.compile("@?(" + DOMAIN + ")");

	private Handles() {
	}

	/** The platforms a post can mention a handle on. */
	public static boolean mentionable(Platform platform) {
		return platform == Platform.X || platform == Platform.INSTAGRAM || platform == Platform.MASTODON
				|| platform == Platform.BLUESKY;
	}

	/** The handle as posts write it, or empty when it is not one on {@code platform}. */
	public static Optional<String> check(Platform platform, String value) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty() || text.length() > 300) {
			return Optional.empty();
		}
		return switch (platform) {
			case X -> match(X, text).map((m) -> "@" + m.group(1));
			case INSTAGRAM -> match(INSTAGRAM, text).filter((m) -> !m.group(1).contains("..")).map((m) -> "@" + m.group(1));
			case MASTODON -> mastodon(text);
			case BLUESKY -> match(BLUESKY, text.toLowerCase(Locale.ROOT)).map((m) -> "@" + m.group(1));
			default -> Optional.empty();
		};
	}

	/** {@code @name@server}: the server's name in lower case, the account's as given. */
	private static Optional<String> mastodon(String text) {
		String[] parts = text.replaceFirst("^@", "").split("@", -1);
		if (parts.length != 2) {
			return Optional.empty();
		}
		return match(MASTODON, parts[0] + "@" + parts[1].toLowerCase(Locale.ROOT)).map((m) -> "@" + m.group(1) + "@" + m.group(2));
	}

	/** How a handle on {@code platform} is written, for a refusal. */
	public static String example(Platform platform) {
		return switch (platform) {
			case X -> "@name (1 to 15 letters, digits or underscores)";
			case INSTAGRAM -> "@name (1 to 30 letters, digits, underscores or dots)";
			case MASTODON -> "@name@server, such as @interreg@social.example";
			case BLUESKY -> "name.bsky.social, or your own domain";
			default -> "no handle";
		};
	}

	private static Optional<java.util.regex.Matcher> match(Pattern pattern, String text) {
		java.util.regex.Matcher matcher = pattern.matcher(text);
		return matcher.matches() ? Optional.of(matcher) : Optional.empty();
	}

}
