package eu.interreg.cooperationday.studio.competition.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Votes asked for (their single-use links, table {@code competition_vote_link}) and cast
 * ({@code competition_vote}): each with its client's network and time, for the console's flags; the voter
 * only as a keyed hash of the address, forgotten after the results.
 */
@Repository
class VoteRepository {

	private final JdbcClient jdbc;

	VoteRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void ask(String tokenHash, String entryId, String addressHash, String network, Instant now, Instant expires) {
		this.jdbc.sql("""
				insert into competition_vote_link (token_sha256, entry_id, address_hash, network, asked_at, expires_at)
				values (:token, :entry, :address, :network, :now, :expires)
				""")
			.param("token", tokenHash)
			.param("entry", entryId)
			.param("address", addressHash)
			.param("network", network)
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(expires))
			.update();
	}

	/** A link asked for: which entry, whose (hashed) address, from which network. */
	record Link(String entryId, String addressHash, String network) {
	}

	/** Uses a link once: empty when it is unknown, used or expired. */
	Optional<Link> use(String tokenHash, Instant now) {
		int used = this.jdbc.sql("""
				update competition_vote_link set used_at = :now
				where token_sha256 = :token and used_at is null and expires_at > :now
				""")
			.param("now", Timestamp.from(now))
			.param("token", tokenHash)
			.update();
		if (used != 1) {
			return Optional.empty();
		}
		return this.jdbc.sql("select entry_id, address_hash, network from competition_vote_link where token_sha256 = :token")
			.param("token", tokenHash)
			.query((rs, row) -> new Link(rs.getString(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	/** Casts a vote: false when the address has voted in this category already. */
	boolean cast(String edition, String category, Link link, Instant now) {
		try {
			return this.jdbc.sql("""
					insert into competition_vote (edition_id, category_id, entry_id, address_hash, network, cast_at)
					select :edition, :category, :entry, :address, :network, :now
					where not exists (select 1 from competition_vote where edition_id = :edition and category_id = :category
					    and address_hash = :address)
					""")
				.param("edition", edition)
				.param("category", category)
				.param("entry", link.entryId())
				.param("address", link.addressHash())
				.param("network", link.network())
				.param("now", Timestamp.from(now))
				.update() == 1;
		}
		catch (DuplicateKeyException ex) {
			return false; // the same address's other link, opened at the same moment
		}
	}

	/** One vote or vote asked for, as the console weighs them: its entry, network, time, and whether it was voided. */
	record Mark(String entryId, String network, Instant at, boolean counted) {
	}

	/** An edition's votes (voided ones marked). */
	List<Mark> votes(String edition) {
		return this.jdbc.sql("select entry_id, network, cast_at, voided_at from competition_vote where edition_id = :edition")
			.param("edition", edition)
			.query((rs, row) -> new Mark(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getTimestamp(4) == null))
			.list();
	}

	/** The votes asked for an edition's entries (confirmed or not). */
	List<Mark> asked(String edition) {
		return this.jdbc.sql("""
				select l.entry_id, l.network, l.asked_at, l.used_at from competition_vote_link l
				join competition_entry e on e.id = l.entry_id where e.edition_id = :edition
				""")
			.param("edition", edition)
			.query((rs, row) -> new Mark(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getTimestamp(4) != null))
			.list();
	}

	/** Voids an entry's counted votes from a network (every network when null): how many. */
	int voidVotes(String entryId, String network, String by, String reason, Instant now) {
		return this.jdbc.sql("""
				update competition_vote set voided_at = :now, voided_by = :by, void_reason = :reason
				where entry_id = :entry and voided_at is null and (:network = '' or network = :network)
				""")
			.param("now", Timestamp.from(now))
			.param("by", by)
			.param("reason", reason)
			.param("entry", entryId)
			.param("network", network == null ? "" : network)
			.update();
	}

	/** Forgets the address hashes of an edition's votes and links. */
	int forgetAddresses(String edition) {
		int votes = this.jdbc.sql("update competition_vote set address_hash = null where edition_id = :edition and address_hash is not null")
			.param("edition", edition)
			.update();
		this.jdbc.sql("""
				update competition_vote_link set address_hash = null where address_hash is not null
				    and entry_id in (select id from competition_entry where edition_id = :edition)
				""")
			.param("edition", edition)
			.update();
		return votes;
	}

	/** The key of the address hashes, made once. */
	String secret(java.util.function.Supplier<String> fresh) {
		Optional<String> known = this.jdbc.sql("select secret from competition_secret where id = 1").query(String.class).optional();
		if (known.isPresent()) {
			return known.get();
		}
		try {
			this.jdbc.sql("insert into competition_secret (id, secret) values (1, :secret)").param("secret", fresh.get()).update();
		}
		catch (DuplicateKeyException ex) {
			// made at the same moment by another instance: its key is the one
		}
		return this.jdbc.sql("select secret from competition_secret where id = 1").query(String.class).single();
	}

}
