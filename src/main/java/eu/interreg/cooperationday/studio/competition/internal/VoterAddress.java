package eu.interreg.cooperationday.studio.competition.internal;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A voter's email address as the competition compares it: one mailbox, however it is spelled. The domain
 * is lower-cased and written in ASCII (IDNA: {@code bücher.example} is {@code xn--bcher-kva.example}); the
 * local part is lower-cased (no provider people vote from tells case apart); a {@code +tag} is dropped at
 * providers that deliver tagged mail to the untagged box, and dots are dropped at Gmail, which ignores them
 * ({@code googlemail.com} is {@code gmail.com}).
 */
record VoterAddress(String local, String domain) {

	private static final Set<String> DOTS_IGNORED = Set.of("gmail.com");

	private static final Set<String> PLUS_TAGS = Set.of("gmail.com", "outlook.com", "hotmail.com", "live.com", "msn.com",
			"icloud.com", "me.com", "mac.com", "fastmail.com", "fastmail.fm", "proton.me", "protonmail.com", "pm.me",
			"posteo.de", "mailbox.org", "gmx.de", "gmx.net", "web.de", "zoho.com", "yandex.com", "yandex.ru");

	private static final Pattern LOCAL = Pattern.compile("[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~.-]{1,64}");

	private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

	/** The address's one spelling. */
	String canonical() {
		return this.local + "@" + this.domain;
	}

	/**
	 * Reads an address as typed.
	 *
	 * @throws IllegalArgumentException with what is wrong, when it is not an address mail can reach
	 */
	static VoterAddress parse(String typed) {
		if (typed == null || typed.isBlank() || typed.length() > 254) {
			throw new IllegalArgumentException("Give the email address the link is sent to.");
		}
		String text = Normalizer.normalize(typed.strip(), Normalizer.Form.NFC);
		int at = text.lastIndexOf('@');
		if (at <= 0 || at == text.length() - 1 || text.indexOf('@') != at) {
			throw new IllegalArgumentException("This is not an email address: it needs one @ between a name and a domain.");
		}
		String local = text.substring(0, at).toLowerCase(Locale.ROOT);
		if (!LOCAL.matcher(local).matches() || local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
			throw new IllegalArgumentException("The part of the address before the @ is not one mail can reach.");
		}
		String domain;
		try {
			domain = IDN.toASCII(text.substring(at + 1).toLowerCase(Locale.ROOT), IDN.USE_STD3_ASCII_RULES)
				.toLowerCase(Locale.ROOT);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("The domain of the address is not one mail can reach.");
		}
		String[] labels = domain.split("\\.", -1);
		if (labels.length < 2) {
			throw new IllegalArgumentException("The domain of the address is not one mail can reach.");
		}
		for (String label : labels) {
			if (!LABEL.matcher(label).matches()) {
				throw new IllegalArgumentException("The domain of the address is not one mail can reach.");
			}
		}
		if (domain.equals("googlemail.com")) {
			domain = "gmail.com";
		}
		if (PLUS_TAGS.contains(domain) && local.indexOf('+') > 0) {
			local = local.substring(0, local.indexOf('+'));
		}
		if (DOTS_IGNORED.contains(domain)) {
			local = local.replace(".", "");
		}
		return new VoterAddress(local, domain);
	}

}
