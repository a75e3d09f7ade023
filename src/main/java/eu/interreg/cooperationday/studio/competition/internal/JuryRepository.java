package eu.interreg.cooperationday.studio.competition.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The jury's scores (table {@code competition_score}: per entry, juror and criterion, 0 to 10) and the
 * published awards with their files ({@code competition_award}, {@code competition_award_file}).
 */
@Repository
class JuryRepository {

	private final JdbcClient jdbc;

	JuryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void score(String entryId, String juror, List<Integer> scores, Instant now) {
		this.jdbc.sql("delete from competition_score where entry_id = :entry and juror = :juror")
			.param("entry", entryId)
			.param("juror", juror)
			.update();
		for (int i = 0; i < scores.size(); i++) {
			this.jdbc.sql("""
					insert into competition_score (entry_id, juror, criterion, score, scored_at)
					values (:entry, :juror, :criterion, :score, :now)
					""")
				.param("entry", entryId)
				.param("juror", juror)
				.param("criterion", i)
				.param("score", scores.get(i))
				.param("now", Timestamp.from(now))
				.update();
		}
	}

	/** An edition's scores: per entry, per juror, the scores by criterion. */
	Map<String, Map<String, Map<Integer, Integer>>> scores(String edition) {
		Map<String, Map<String, Map<Integer, Integer>>> scores = new HashMap<>();
		this.jdbc.sql("""
				select s.entry_id, s.juror, s.criterion, s.score from competition_score s
				join competition_entry e on e.id = s.entry_id where e.edition_id = :edition
				""")
			.param("edition", edition)
			.query((rs) -> {
				scores.computeIfAbsent(rs.getString(1), (k) -> new HashMap<>())
					.computeIfAbsent(rs.getString(2), (k) -> new HashMap<>())
					.put(rs.getInt(3), rs.getInt(4));
			});
		return scores;
	}

	void award(String entryId, String edition, String category, int rank, double score) {
		this.jdbc.sql("""
				insert into competition_award (entry_id, edition_id, category_id, award_rank, final_score)
				values (:entry, :edition, :category, :rank, :score)
				""")
			.param("entry", entryId)
			.param("edition", edition)
			.param("category", category)
			.param("rank", rank)
			.param("score", score)
			.update();
	}

	/** An award as published: its entry, rank and final score. */
	record Award(String entryId, String categoryId, int rank, double score) {
	}

	List<Award> awards(String edition) {
		return this.jdbc.sql("select * from competition_award where edition_id = :edition order by category_id, award_rank")
			.param("edition", edition)
			.query((rs, row) -> new Award(rs.getString("entry_id"), rs.getString("category_id"), rs.getInt("award_rank"),
					rs.getDouble("final_score")))
			.list();
	}

	/** A published place with what the map and share pages say of it. */
	record Published(String entryId, String requestId, String eventId, String eventTitle, int rank, String edition,
			String category) {
	}

	/** The published places of the given requests' or events' entries (where {@code column} is one of them). */
	List<Published> published(String column, java.util.Collection<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select a.entry_id, e.request_id, e.event_id, e.event_title, a.award_rank, a.edition_id, c.name
				from competition_award a
				join competition_entry e on e.id = a.entry_id
				join competition_edition d on d.id = a.edition_id
				join competition_category c on c.edition_id = a.edition_id and c.id = a.category_id
				where d.published_at is not null and e.%s in (:ids)
				order by a.award_rank, a.edition_id desc
				""".formatted("request".equals(column) ? "request_id" : "event_id"))
			.param("ids", ids)
			.query((rs, row) -> new Published(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
					rs.getString(6), rs.getString(7)))
			.list();
	}

	/** A file of an award (certificate, badge): where it is stored and the token of its link. */
	record AwardFile(String entryId, String name, String objectKey, String contentType, long size, String sha256,
			String token) {
	}

	void file(AwardFile f) {
		this.jdbc.sql("""
				insert into competition_award_file (entry_id, name, object_key, content_type, size_bytes, sha256, token)
				values (:entry, :name, :key, :type, :size, :sha, :token)
				""")
			.param("entry", f.entryId())
			.param("name", f.name())
			.param("key", f.objectKey())
			.param("type", f.contentType())
			.param("size", f.size())
			.param("sha", f.sha256())
			.param("token", f.token())
			.update();
	}

	List<AwardFile> files(String entryId) {
		return this.jdbc.sql("select * from competition_award_file where entry_id = :entry order by name")
			.param("entry", entryId)
			.query(JuryRepository::file)
			.list();
	}

	Optional<AwardFile> fileByToken(String token) {
		return this.jdbc.sql("select * from competition_award_file where token = :token")
			.param("token", token)
			.query(JuryRepository::file)
			.optional();
	}

	private static AwardFile file(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new AwardFile(rs.getString("entry_id"), rs.getString("name"), rs.getString("object_key"),
				rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("token"));
	}

}
