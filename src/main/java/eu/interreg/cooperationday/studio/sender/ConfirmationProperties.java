package eu.interreg.cooperationday.studio.sender;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Confirmed senders ({@code studio.confirmation.*}): a public request from an email address that has not
 * confirmed within {@code trustedFor} waits until the link mailed to it (valid for {@code linkValidFor},
 * single use) is opened; unconfirmed requests and their logos are deleted after that. {@code mode} is
 * {@code auto} (on when SMTP is configured, so the embedded defaults still render at once), {@code on} or
 * {@code off}. Addresses at {@code trustedDomains} (env {@code STUDIO_TRUSTED_EMAIL_DOMAINS}) and staff
 * bulks never wait.
 *
 * @param mode auto, on or off
 * @param trustedFor how long a confirmed address stays trusted
 * @param linkValidFor how long a confirmation link works
 * @param trustedDomains domains whose addresses need no confirmation (a domain covers its subdomains)
 * @param cleanupInterval how often expired unconfirmed requests are deleted
 */
@ConfigurationProperties("studio.confirmation")
record ConfirmationProperties(@DefaultValue("auto") String mode, @DefaultValue("30d") Duration trustedFor,
		@DefaultValue("24h") Duration linkValidFor, @DefaultValue List<String> trustedDomains,
		@DefaultValue("10m") Duration cleanupInterval) {

	boolean enabled(boolean smtpConfigured) {
		return switch (this.mode.toLowerCase(Locale.ROOT)) {
			case "on", "true" -> true;
			case "off", "false" -> false;
			default -> smtpConfigured;
		};
	}

	boolean trustedDomain(String email) {
		String domain = email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
		return this.trustedDomains.stream()
			.map((d) -> d.strip().toLowerCase(Locale.ROOT))
			.filter((d) -> !d.isEmpty())
			.anyMatch((d) -> domain.equals(d) || domain.endsWith("." + d));
	}

}
