package eu.interreg.cooperationday.studio.competition.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Editions and their categories (tables {@code competition_edition}, {@code competition_category}). */
@Repository
class EditionRepository {

	private final JdbcClient jdbc;

	EditionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Saves an edition with its categories: a category that has entries keeps its id and may be renamed. */
	@Transactional
	void save(Edition edition, Instant now) {
		int updated = this.jdbc.sql("""
				update competition_edition set title = :title, zone = :zone, entry_opens = :eo, entry_closes = :ec,
				    voting_opens = :vo, voting_closes = :vc, jury_weight = :weight where id = :id
				""")
			.params(params(edition))
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into competition_edition (id, title, zone, entry_opens, entry_closes, voting_opens, voting_closes,
					    jury_weight, created_at)
					values (:id, :title, :zone, :eo, :ec, :vo, :vc, :weight, :now)
					""")
				.params(params(edition))
				.param("now", Timestamp.from(now))
				.update();
		}
		int ordinal = 0;
		for (Edition.Category category : edition.categories()) {
			int changed = this.jdbc.sql("""
					update competition_category set name = :name, criteria = :criteria, ordinal = :ordinal
					where edition_id = :edition and id = :id
					""")
				.param("name", category.name())
				.param("criteria", String.join("\n", category.criteria()))
				.param("ordinal", ordinal)
				.param("edition", edition.id())
				.param("id", category.id())
				.update();
			if (changed == 0) {
				this.jdbc.sql("""
						insert into competition_category (id, edition_id, name, criteria, ordinal)
						values (:id, :edition, :name, :criteria, :ordinal)
						""")
					.param("id", category.id())
					.param("edition", edition.id())
					.param("name", category.name())
					.param("criteria", String.join("\n", category.criteria()))
					.param("ordinal", ordinal)
					.update();
			}
			ordinal++;
		}
	}

	private static java.util.Map<String, Object> params(Edition e) {
		return java.util.Map.of("id", e.id(), "title", e.title(), "zone", e.zone().getId(), "eo",
				Timestamp.from(e.entryOpens()), "ec", Timestamp.from(e.entryCloses()), "vo", Timestamp.from(e.votingOpens()),
				"vc", Timestamp.from(e.votingCloses()), "weight", e.juryWeight());
	}

	void published(String id, Instant at) {
		this.jdbc.sql("update competition_edition set published_at = :at where id = :id")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	Optional<Edition> find(String id) {
		return this.jdbc.sql("select * from competition_edition where id = :id")
			.param("id", id)
			.query(this::edition)
			.optional();
	}

	/** Every edition, the newest first. */
	List<Edition> all() {
		return this.jdbc.sql("select * from competition_edition order by entry_opens desc, id desc").query(this::edition).list();
	}

	/** Editions whose results were published before {@code before}. */
	List<String> publishedBefore(Instant before) {
		return this.jdbc.sql("select id from competition_edition where published_at < :before")
			.param("before", Timestamp.from(before))
			.query(String.class)
			.list();
	}

	private Edition edition(ResultSet rs, int row) throws SQLException {
		String id = rs.getString("id");
		Timestamp published = rs.getTimestamp("published_at");
		return new Edition(id, rs.getString("title"), ZoneId.of(rs.getString("zone")), rs.getTimestamp("entry_opens").toInstant(),
				rs.getTimestamp("entry_closes").toInstant(), rs.getTimestamp("voting_opens").toInstant(),
				rs.getTimestamp("voting_closes").toInstant(), rs.getInt("jury_weight"),
				published == null ? null : published.toInstant(), categories(id));
	}

	private List<Edition.Category> categories(String edition) {
		return this.jdbc.sql("select * from competition_category where edition_id = :edition order by ordinal")
			.param("edition", edition)
			.query((rs, row) -> new Edition.Category(rs.getString("id"), rs.getString("name"),
					new ArrayList<>(Arrays.stream(rs.getString("criteria").split("\n")).filter((c) -> !c.isBlank()).toList())))
			.list();
	}

}
