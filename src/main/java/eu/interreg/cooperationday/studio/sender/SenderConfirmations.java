package eu.interreg.cooperationday.studio.sender;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.system.PublicUrls;
import eu.interreg.cooperationday.studio.system.Sha256;

/**
 * Confirmed senders: which addresses have confirmed (table {@code confirmed_sender}) and the links that
 * confirm one (table {@code sender_confirmation}, each kept as the SHA-256 of its token: the database
 * alone cannot confirm anyone). A link works once, until it expires. The render module asks whether a
 * request must wait and asks for a link ({@link ConfirmationRequested} carries what its email needs);
 * opening the link announces {@link SenderConfirmed}.
 */
@Component
public class SenderConfirmations {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ConfirmationProperties properties;

	private final SecureRandom random = new SecureRandom();

	private final ApplicationEventPublisher events;

	private final PublicUrls urls;

	private final boolean smtpConfigured;

	SenderConfirmations(JdbcClient jdbc, Clock clock, ConfirmationProperties properties,
			ApplicationEventPublisher events, PublicUrls urls, Environment environment) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
		this.events = events;
		this.urls = urls;
		this.smtpConfigured = !environment.getProperty("spring.mail.host", "").isBlank();
	}

	/** Whether a public request from this address waits for the address to be confirmed. */
	public boolean needsConfirmation(String email) {
		return this.properties.enabled(this.smtpConfigured) && !this.properties.trustedDomain(email)
				&& !confirmedRecently(email);
	}

	/**
	 * Issues a confirmation link for a request that waits for its sender and announces it (in the caller's
	 * transaction) with what its email needs.
	 */
	public void requestConfirmation(String requestId, String email, String programmeName, Language language) {
		String link = this.urls.base() + "/confirm/" + newToken(requestId, email);
		this.events.publishEvent(new ConfirmationRequested(requestId, email, programmeName, language, link));
	}

	/**
	 * Confirms a sender by the token of its link and announces it: the request starts, and the address is
	 * trusted for {@code studio.confirmation.trusted-for}.
	 *
	 * @return the confirmed request, or empty when the link is unknown, used or expired
	 */
	public Optional<String> confirm(String token) {
		Optional<String> id = use(token);
		id.ifPresent((requestId) -> this.events.publishEvent(new SenderConfirmed(requestId)));
		return id;
	}

	/** Forgets the links of a request that is deleted. */
	public void forget(String requestId) {
		this.jdbc.sql("delete from sender_confirmation where request_id = :request").param("request", requestId).update();
	}

	private boolean confirmedRecently(String email) {
		return this.jdbc.sql("select count(*) from confirmed_sender where email = :email and confirmed_at > :since")
			.param("email", email.toLowerCase(Locale.ROOT))
			.param("since", Timestamp.from(this.clock.instant().minus(this.properties.trustedFor())))
			.query(Long.class)
			.single() > 0;
	}

	/** A new link token for the request (the raw token, for the email; only its hash is kept). */
	private String newToken(String requestId, String email) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc.sql("""
				insert into sender_confirmation (token_sha256, request_id, email, expires_at)
				values (:hash, :request, :email, :expires)
				""")
			.param("hash", Sha256.hex(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
			.param("request", requestId)
			.param("email", email.toLowerCase(Locale.ROOT))
			.param("expires", Timestamp.from(this.clock.instant().plus(this.properties.linkValidFor())))
			.update();
		return token;
	}

	/**
	 * Uses a link: marks it used and its address confirmed.
	 *
	 * @return the request it confirms, or empty when the token is unknown, used or expired
	 */
	private Optional<String> use(String token) {
		if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
			return Optional.empty();
		}
		String hash = Sha256.hex(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		Instant now = this.clock.instant();
		int used = this.jdbc.sql("""
				update sender_confirmation set used_at = :now
				where token_sha256 = :hash and used_at is null and expires_at > :now
				""")
			.param("now", Timestamp.from(now))
			.param("hash", hash)
			.update();
		if (used != 1) {
			return Optional.empty();
		}
		record Link(String requestId, String email) {
		}
		Link link = this.jdbc.sql("select request_id, email from sender_confirmation where token_sha256 = :hash")
			.param("hash", hash)
			.query((rs, row) -> new Link(rs.getString("request_id"), rs.getString("email")))
			.single();
		confirm(link.email(), now);
		return Optional.of(link.requestId());
	}

	private void confirm(String email, Instant now) {
		int updated = this.jdbc.sql("update confirmed_sender set confirmed_at = :now where email = :email")
			.param("now", Timestamp.from(now))
			.param("email", email)
			.update();
		if (updated == 0) {
			try {
				this.jdbc.sql("insert into confirmed_sender (email, confirmed_at) values (:email, :now)")
					.param("email", email)
					.param("now", Timestamp.from(now))
					.update();
			}
			catch (DuplicateKeyException ex) {
				// confirmed at the same moment by another link of the same address
			}
		}
	}

	/** Requests whose confirmation links have all expired unused: their sender never confirmed. */
	public List<String> expired() {
		return this.jdbc.sql("""
				select request_id from sender_confirmation group by request_id
				having max(expires_at) < :now and count(used_at) = 0
				""")
			.param("now", Timestamp.from(this.clock.instant()))
			.query(String.class)
			.list();
	}

}
