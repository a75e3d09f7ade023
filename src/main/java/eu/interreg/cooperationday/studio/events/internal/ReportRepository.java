package eu.interreg.cooperationday.studio.events.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What events drew (table {@code event_report}), and which events are due to be asked. */
@Repository
public class ReportRepository {

	private final JdbcClient jdbc;

	ReportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An event's report: its private key, the reminders sent, and the figures once reported (null before). */
	public record Report(String eventId, String key, int reminders, Instant lastReminderAt, Integer attendees,
			Long reach, Integer satisfaction, String note, Instant reportedAt, int corrections) {

		public boolean reported() {
			return this.reportedAt != null;
		}

	}

	/** An event that is over and not reported, with its programme's request. */
	public record Due(String eventId, String requestId, String title, LocalDate date, int reminders, String key) {
	}

	/**
	 * The events over since {@code oldest} and before {@code before}, not cancelled, of finished programmes,
	 * whose figures are not in, that have had fewer than {@code most} emails, none since {@code quietSince}.
	 */
	public List<Due> due(LocalDate oldest, LocalDate before, int most, Instant quietSince) {
		return this.jdbc.sql("""
				select e.id, e.request_id, e.title, e.starts_on, r.reminders, r.report_key
				from campaign_event e
				join campaign_programme p on p.request_id = e.request_id
				left join event_report r on r.event_id = e.id
				where p.done = true and e.cancelled = false and e.starts_on >= :oldest and e.starts_on < :before
				  and r.reported_at is null and coalesce(r.reminders, 0) < :most
				  and (r.last_reminder_at is null or r.last_reminder_at <= :quiet)
				order by e.starts_on, e.id
				""")
			.param("oldest", java.sql.Date.valueOf(oldest))
			.param("before", java.sql.Date.valueOf(before))
			.param("most", most)
			.param("quiet", Timestamp.from(quietSince))
			.query((rs, row) -> new Due(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
					rs.getObject(5) == null ? 0 : rs.getInt(5), rs.getString(6)))
			.list();
	}

	/** Notes one more email asked for the event's figures (creating its report with {@code key} at the first). */
	public void reminded(String eventId, String key, Instant at) {
		int updated = this.jdbc.sql("update event_report set reminders = reminders + 1, last_reminder_at = :at where event_id = :id")
			.param("at", Timestamp.from(at))
			.param("id", eventId)
			.update();
		if (updated == 0) {
			this.jdbc.sql("insert into event_report (event_id, report_key, reminders, last_reminder_at) values (:id, :key, 1, :at)")
				.param("id", eventId)
				.param("key", key)
				.param("at", Timestamp.from(at))
				.update();
		}
	}

	/** Opens an event's report before any email asked for it (its figures come from elsewhere first). */
	public void open(String eventId, String key) {
		this.jdbc.sql("insert into event_report (event_id, report_key, reminders) values (:id, :key, 0)")
			.param("id", eventId)
			.param("key", key)
			.update();
	}

	public Optional<Report> find(String eventId) {
		return this.jdbc.sql("select * from event_report where event_id = :id").param("id", eventId).query(ReportRepository::map).optional();
	}

	/** Stores the figures; a second report of the same event corrects the first. */
	public void save(String eventId, int attendees, Long reach, Integer satisfaction, String note, Instant at) {
		this.jdbc.sql("""
				update event_report set attendees = :attendees, reach = :reach, satisfaction = :satisfaction, note = :note,
				    corrections = corrections + case when reported_at is null then 0 else 1 end, reported_at = :at
				where event_id = :id
				""")
			.params(Map.of("attendees", attendees, "at", Timestamp.from(at), "id", eventId))
			.param("reach", reach)
			.param("satisfaction", satisfaction)
			.param("note", note)
			.update();
	}

	/** Every report with figures, by event id. */
	public Map<String, Report> reported() {
		Map<String, Report> reports = new java.util.HashMap<>();
		this.jdbc.sql("select * from event_report where reported_at is not null")
			.query(ReportRepository::map)
			.list()
			.forEach((r) -> reports.put(r.eventId(), r));
		return reports;
	}

	private static Report map(ResultSet rs, int row) throws SQLException {
		Timestamp last = rs.getTimestamp("last_reminder_at");
		Timestamp reported = rs.getTimestamp("reported_at");
		return new Report(rs.getString("event_id"), rs.getString("report_key"), rs.getInt("reminders"),
				last == null ? null : last.toInstant(), (Integer) rs.getObject("attendees", Integer.class),
				(Long) rs.getObject("reach", Long.class), (Integer) rs.getObject("satisfaction", Integer.class),
				rs.getString("note"), reported == null ? null : reported.toInstant(), rs.getInt("corrections"));
	}

}
