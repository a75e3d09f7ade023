package eu.interreg.cooperationday.studio.events.internal;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.interreg.cooperationday.studio.events.CampaignEvent;
import eu.interreg.cooperationday.studio.events.EventFormat;

/** The campaign's events and programmes (tables {@code campaign_event}, {@code campaign_programme}). */
@Repository
public class EventRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	EventRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A programme as the campaign pages name it. */
	public record ProgrammeRow(String requestId, String name, String language, String secondLanguage, boolean done) {
	}

	public void insertProgramme(String requestId, String name, String language, String secondLanguage) {
		this.jdbc.sql("""
				insert into campaign_programme (request_id, programme_name, language, second_language, done, created_at)
				values (:id, :name, :language, :second, false, :now)
				""")
			.param("id", requestId)
			.param("name", name)
			.param("language", language)
			.param("second", secondLanguage)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	public void setDone(String requestId, boolean done) {
		this.jdbc.sql("update campaign_programme set done = :done where request_id = :id")
			.param("done", done)
			.param("id", requestId)
			.update();
	}

	public void deleteProgramme(String requestId) {
		this.jdbc.sql("delete from event_report where event_id in (select id from campaign_event where request_id = :id)")
			.param("id", requestId)
			.update();
		this.jdbc.sql("delete from campaign_event where request_id = :id").param("id", requestId).update();
		this.jdbc.sql("delete from campaign_programme where request_id = :id").param("id", requestId).update();
	}

	public List<ProgrammeRow> doneProgrammes() {
		return this.jdbc.sql("select * from campaign_programme where done = true").query(EventRepository::programme).list();
	}

	public Optional<ProgrammeRow> programme(String requestId) {
		return this.jdbc.sql("select * from campaign_programme where request_id = :id")
			.param("id", requestId)
			.query(EventRepository::programme)
			.optional();
	}

	/** Stores a new event, or replaces the one with its id (its sequence as given). */
	public void save(CampaignEvent event) {
		int updated = this.jdbc.sql("""
				update campaign_event set title = :title, starts_on = :date, start_time = :start, end_time = :end,
				    zone = :zone, venue = :venue, city = :city, country = :country, latitude = :lat, longitude = :lon,
				    pinned = :pinned, url = :url, languages = :languages, format = :format, description = :description,
				    cancelled = :cancelled, sequence = :sequence, updated_at = :updated
				where id = :id
				""").paramSource(params(event)).update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into campaign_event (id, request_id, first_event, title, starts_on, start_time, end_time, zone,
					    venue, city, country, latitude, longitude, pinned, url, languages, format, description, cancelled,
					    sequence, created_at, updated_at)
					values (:id, :requestId, :first, :title, :date, :start, :end, :zone, :venue, :city, :country, :lat,
					    :lon, :pinned, :url, :languages, :format, :description, :cancelled, :sequence, :created, :updated)
					""").paramSource(params(event)).update();
		}
	}

	private static java.util.Map<String, Object> params(CampaignEvent e) {
		java.util.Map<String, Object> p = new java.util.HashMap<>();
		p.put("id", e.id());
		p.put("requestId", e.requestId());
		p.put("first", e.first());
		p.put("title", e.title());
		p.put("date", java.sql.Date.valueOf(e.date()));
		p.put("start", e.start() == null ? null : Time.valueOf(e.start()));
		p.put("end", e.end() == null ? null : Time.valueOf(e.end()));
		p.put("zone", e.zone().getId());
		p.put("venue", e.venue());
		p.put("city", e.city());
		p.put("country", e.country());
		p.put("lat", e.latitude());
		p.put("lon", e.longitude());
		p.put("pinned", e.pinned());
		p.put("url", e.url() == null ? null : e.url().toString());
		p.put("languages", String.join(",", e.languages()));
		p.put("format", e.format().name());
		p.put("description", e.description());
		p.put("cancelled", e.cancelled());
		p.put("sequence", e.sequence());
		p.put("created", Timestamp.from(e.createdAt()));
		p.put("updated", Timestamp.from(e.updatedAt()));
		return p;
	}

	public Optional<CampaignEvent> find(String id) {
		return this.jdbc.sql("select * from campaign_event where id = :id").param("id", id).query(EventRepository::event).optional();
	}

	public List<CampaignEvent> ofRequest(String requestId) {
		return this.jdbc.sql("select * from campaign_event where request_id = :id order by starts_on, start_time, created_at")
			.param("id", requestId)
			.query(EventRepository::event)
			.list();
	}

	/** The events of these programmes, by date. */
	public List<CampaignEvent> ofRequests(List<String> requestIds) {
		if (requestIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select * from campaign_event where request_id in (:ids) order by starts_on, start_time, created_at")
			.param("ids", requestIds)
			.query(EventRepository::event)
			.list();
	}

	public int count(String requestId) {
		return this.jdbc.sql("select count(*) from campaign_event where request_id = :id")
			.param("id", requestId)
			.query(Integer.class)
			.single();
	}

	private static ProgrammeRow programme(ResultSet rs, int row) throws SQLException {
		return new ProgrammeRow(rs.getString("request_id"), rs.getString("programme_name"), rs.getString("language"),
				rs.getString("second_language"), rs.getBoolean("done"));
	}

	private static CampaignEvent event(ResultSet rs, int row) throws SQLException {
		Time start = rs.getTime("start_time");
		Time end = rs.getTime("end_time");
		double lat = rs.getDouble("latitude");
		boolean located = !rs.wasNull();
		double lon = rs.getDouble("longitude");
		located &= !rs.wasNull();
		String url = rs.getString("url");
		return new CampaignEvent(rs.getString("id"), rs.getString("request_id"), rs.getBoolean("first_event"),
				rs.getString("title"), rs.getDate("starts_on").toLocalDate(), start == null ? null : start.toLocalTime(),
				end == null ? null : end.toLocalTime(), ZoneId.of(rs.getString("zone")), rs.getString("venue"),
				rs.getString("city"), rs.getString("country"), located ? lat : null, located ? lon : null,
				rs.getBoolean("pinned"), url == null ? null : URI.create(url),
				Arrays.asList(rs.getString("languages").split(",")), EventFormat.valueOf(rs.getString("format")),
				rs.getString("description"), rs.getBoolean("cancelled"), rs.getInt("sequence"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

}
