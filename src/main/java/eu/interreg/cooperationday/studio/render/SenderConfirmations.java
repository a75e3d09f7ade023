package eu.interreg.cooperationday.studio.render;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.interreg.cooperationday.studio.system.Sha256;

/**
 * Which senders have confirmed their address (table {@code confirmed_sender}) and the links that confirm
 * one (table {@code sender_confirmation}, each kept as the SHA-256 of its token: the database alone cannot
 * confirm anyone). A link works once, until it expires.
 */
@Component
class SenderConfirmations {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ConfirmationProperties properties;

	private final SecureRandom random = new SecureRandom();

	SenderConfirmations(JdbcClient jdbc, Clock clock, ConfirmationProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
	}

	boolean confirmedRecently(String email) {
		return this.jdbc.sql("select count(*) from confirmed_sender where email = :email and confirmed_at > :since")
			.param("email", email.toLowerCase(Locale.ROOT))
			.param("since", Timestamp.from(this.clock.instant().minus(this.properties.trustedFor())))
			.query(Long.class)
			.single() > 0;
	}

	/** A new link token for the request (the raw token, for the email; only its hash is kept). */
	String newToken(String requestId, String email) {
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
	Optional<String> use(String token) {
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

	/** Requests still waiting for a confirmation whose links have all expired. */
	List<String> expired() {
		return this.jdbc.sql("""
				select id from render_request where status = 'AWAITING_CONFIRMATION' and created_at < :before
				""")
			.param("before", Timestamp.from(this.clock.instant().minus(this.properties.linkValidFor())))
			.query(String.class)
			.list();
	}

}
