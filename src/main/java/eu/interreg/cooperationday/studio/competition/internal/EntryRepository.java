package eu.interreg.cooperationday.studio.competition.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Entries and their photos (tables {@code competition_entry}, {@code competition_photo}). */
@Repository
class EntryRepository {

	private final JdbcClient jdbc;

	EntryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Entry e) {
		this.jdbc.sql("""
				insert into competition_entry (id, edition_id, category_id, request_id, event_id, programme, event_title,
				    event_date, language, story, summary_en, attendees, consent, status, reason, created_at, updated_at)
				values (:id, :edition, :category, :request, :event, :programme, :title, :date, :language, :story, :summary,
				    :attendees, :consent, :status, :reason, :created, :updated)
				""")
			.params(params(e))
			.update();
		photos(e);
	}

	/** Saves what the entrant may change (and the status): the old photos give way to the entry's. */
	void update(Entry e) {
		this.jdbc.sql("""
				update competition_entry set story = :story, summary_en = :summary, language = :language, attendees = :attendees,
				    consent = :consent, status = :status, reason = :reason, updated_at = :updated, event_title = :title
				where id = :id
				""")
			.params(params(e))
			.update();
		this.jdbc.sql("delete from competition_photo where entry_id = :id").param("id", e.id()).update();
		photos(e);
	}

	private void photos(Entry e) {
		for (Entry.Photo p : e.photos()) {
			this.jdbc.sql("""
					insert into competition_photo (entry_id, ordinal, object_key, width, height, alt, sha256)
					values (:entry, :ordinal, :key, :width, :height, :alt, :sha)
					""")
				.param("entry", e.id())
				.param("ordinal", p.ordinal())
				.param("key", p.objectKey())
				.param("width", p.width())
				.param("height", p.height())
				.param("alt", p.alt())
				.param("sha", p.sha256())
				.update();
		}
	}

	private static Map<String, Object> params(Entry e) {
		Map<String, Object> p = new java.util.HashMap<>();
		p.put("id", e.id());
		p.put("edition", e.editionId());
		p.put("category", e.categoryId());
		p.put("request", e.requestId());
		p.put("event", e.eventId());
		p.put("programme", e.programme());
		p.put("title", e.eventTitle());
		p.put("date", java.sql.Date.valueOf(e.eventDate()));
		p.put("language", e.language());
		p.put("story", e.story());
		p.put("summary", e.summaryEn());
		p.put("attendees", e.attendees());
		p.put("consent", e.consent());
		p.put("status", e.status().name());
		p.put("reason", e.reason());
		p.put("created", Timestamp.from(e.createdAt()));
		p.put("updated", Timestamp.from(e.updatedAt()));
		return p;
	}

	Optional<Entry> find(String id) {
		return this.jdbc.sql("select * from competition_entry where id = :id").param("id", id).query(this::entry).optional();
	}

	/** An edition's entries, by category and then by when they were entered. */
	List<Entry> ofEdition(String edition) {
		return this.jdbc.sql("""
				select e.* from competition_entry e join competition_category c on c.edition_id = e.edition_id and c.id = e.category_id
				where e.edition_id = :edition order by c.ordinal, e.created_at, e.id
				""")
			.param("edition", edition)
			.query(this::entry)
			.list();
	}

	/** A programme's entries in an edition. */
	List<Entry> ofRequest(String edition, String requestId) {
		return this.jdbc.sql("select * from competition_entry where edition_id = :edition and request_id = :request order by created_at")
			.param("edition", edition)
			.param("request", requestId)
			.query(this::entry)
			.list();
	}

	private Entry entry(ResultSet rs, int row) throws SQLException {
		String id = rs.getString("id");
		int attendees = rs.getInt("attendees");
		Integer figure = rs.wasNull() ? null : attendees;
		return new Entry(id, rs.getString("edition_id"), rs.getString("category_id"), rs.getString("request_id"),
				rs.getString("event_id"), rs.getString("programme"), rs.getString("event_title"),
				rs.getDate("event_date").toLocalDate(), rs.getString("language"), rs.getString("story"),
				rs.getString("summary_en"), figure, rs.getBoolean("consent"), Entry.Status.valueOf(rs.getString("status")),
				rs.getString("reason"), photos(id), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

	private List<Entry.Photo> photos(String entry) {
		return this.jdbc.sql("select * from competition_photo where entry_id = :entry order by ordinal")
			.param("entry", entry)
			.query((rs, row) -> new Entry.Photo(rs.getInt("ordinal"), rs.getString("object_key"), rs.getInt("width"),
					rs.getInt("height"), rs.getString("alt"), rs.getString("sha256")))
			.list();
	}

}
