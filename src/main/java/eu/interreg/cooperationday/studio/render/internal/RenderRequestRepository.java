package eu.interreg.cooperationday.studio.render.internal;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.programme.Event;
import eu.interreg.cooperationday.studio.programme.Programme;
import eu.interreg.cooperationday.studio.system.FileType;
import eu.interreg.cooperationday.studio.render.AssetGroup;
import eu.interreg.cooperationday.studio.render.RenderRequest;
import eu.interreg.cooperationday.studio.render.RenderStatus;
import eu.interreg.cooperationday.studio.visibility.LogoMarks;

/** The stored requests (table {@code render_request}). */
@Repository
public class RenderRequestRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	RenderRequestRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void insert(RenderRequest request) {
		Event event = request.event();
		this.jdbc.sql("""
				insert into render_request (id, programme_name, language, contact_email, event_title, event_date,
				    event_venue, event_url, logo_format, logo_key, logo_original_key, status, error, created_at, updated_at,
				    asset_groups, bulk_id, programme_code, callback_url, second_language, programme_name_second,
				    logo_emblem, logo_statement, event_city, event_country)
				values (:id, :name, :language, :email, :title, :date, :venue, :url, :logoFormat, :logoKey,
				    :logoOriginalKey, :status, null, :now, :now, :groups, :bulkId, :code, :callback, :second, :nameSecond,
				    :emblem, :statement, :city, :country)
				""")
			.param("id", request.id())
			.param("name", request.programmeName())
			.param("language", request.language().code())
			.param("email", request.contactEmail())
			.param("title", event == null ? null : event.title())
			.param("date", event == null ? null : event.date())
			.param("venue", event == null ? null : event.venue())
			.param("url", (event == null || event.url() == null) ? null : event.url().toString())
			.param("city", event == null ? null : event.city())
			.param("country", event == null ? null : event.country())
			.param("logoFormat", request.logo().format().name())
			.param("logoKey", request.logo().key())
			.param("logoOriginalKey", request.logo().originalKey())
			.param("status", request.status().name())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("groups", AssetGroup.format(request.assetGroups()))
			.param("bulkId", request.bulkId())
			.param("code", request.origin().code())
			.param("callback", request.callbackUrl() == null ? null : request.callbackUrl().toString())
			.param("second", request.secondLanguage() == null ? null : request.secondLanguage().code())
			.param("nameSecond", request.programmeNameSecond())
			.param("emblem", emblem(request.logo().marks()))
			.param("statement", request.logo().marks() != null && request.logo().marks().statement())
			.update();
	}

	/** Deletes a request that was never confirmed (nothing was rendered for it). */
	public void deleteUnconfirmed(String id) {
		this.jdbc.sql("delete from render_request where id = :id and status = 'AWAITING_CONFIRMATION'").param("id", id).update();
	}

	/** Public requests (not rows of a bulk) that wait to start. */
	public long waitingPublic() {
		return this.jdbc.sql("select count(*) from render_request where status = 'QUEUED' and bulk_id is null")
			.query(Long.class)
			.single();
	}

	public List<RenderRequest> ofBulk(String bulkId) {
		return this.jdbc.sql("select * from render_request where bulk_id = :bulk order by created_at, id")
			.param("bulk", bulkId)
			.query(this::map)
			.list();
	}

	/** The newest requests first, for the staff console. */
	public List<RenderRequest> latest(int limit) {
		return this.jdbc.sql("select * from render_request order by created_at desc, id").query(this::map).list()
			.stream()
			.limit(limit)
			.toList();
	}

	public Optional<RenderRequest> find(String id) {
		return this.jdbc.sql("select * from render_request where id = :id").param("id", id).query(this::map).optional();
	}

	public List<RenderRequest> withStatus(RenderStatus... statuses) {
		return this.jdbc.sql("select * from render_request where status in (:statuses) order by created_at")
			.param("statuses", java.util.Arrays.stream(statuses).map(Enum::name).toList())
			.query(this::map)
			.list();
	}

	public void updateStatus(String id, RenderStatus status, String error) {
		this.jdbc.sql("update render_request set status = :status, error = :error, updated_at = :now where id = :id")
			.param("status", status.name())
			.param("error", error)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.update();
	}

	/**
	 * Changes what the request's files show of its event (its title, date, venue and link; its place too)
	 * and, when {@code newRevision}, counts a new revision of its render (its files are made again).
	 */
	public void updateEvent(String id, Event event, boolean newRevision) {
		this.jdbc.sql("""
				update render_request set event_title = :title, event_date = :date, event_venue = :venue,
				    event_url = :url, event_city = :city, event_country = :country, revision = revision + :step,
				    updated_at = :now where id = :id
				""")
			.param("title", event.title())
			.param("date", event.date() == null ? null : java.sql.Date.valueOf(event.date()))
			.param("venue", event.venue())
			.param("url", event.url() == null ? null : event.url().toString())
			.param("city", event.city())
			.param("country", event.country())
			.param("step", newRevision ? 1 : 0)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.update();
	}

	/** How many times the request's files were asked to be made again since its first render (0 before). */
	public int revision(String id) {
		return this.jdbc.sql("select revision from render_request where id = :id")
			.param("id", id)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	/**
	 * Moves a request from {@code from} to {@code to} only if it is still in {@code from}: of two callers
	 * at once (staff and the farm's watchdog restarting the same request), exactly one gets true.
	 */
	public boolean updateStatusIf(String id, RenderStatus from, RenderStatus to) {
		return this.jdbc.sql("""
				update render_request set status = :to, error = null, updated_at = :now where id = :id and status = :from
				""")
			.param("to", to.name())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.param("from", from.name())
			.update() == 1;
	}

	private RenderRequest map(ResultSet rs, int row) throws SQLException {
		Event event = null;
		String title = rs.getString("event_title");
		java.sql.Date date = rs.getDate("event_date");
		String venue = rs.getString("event_venue");
		String url = rs.getString("event_url");
		String city = rs.getString("event_city");
		String country = rs.getString("event_country");
		if (title != null || date != null || venue != null || url != null || city != null || country != null) {
			event = new Event(title, date == null ? null : date.toLocalDate(), venue, url == null ? null : URI.create(url),
					city, country);
		}
		Language second = rs.getString("second_language") == null ? null
				: Language.fromCode(rs.getString("second_language")).orElseThrow();
		Programme programme = new Programme(rs.getString("programme_name"),
				Language.fromCode(rs.getString("language")).orElseThrow(), second,
				rs.getString("programme_name_second"), event);
		RenderRequest.StoredLogo logo = new RenderRequest.StoredLogo(FileType.valueOf(rs.getString("logo_format")),
				rs.getString("logo_key"), rs.getString("logo_original_key"),
				new LogoMarks(emblem(rs.getString("logo_emblem")), rs.getBoolean("logo_statement")));
		RenderRequest.Origin origin = new RenderRequest.Origin(rs.getString("bulk_id"), rs.getString("programme_code"),
				rs.getString("callback_url") == null ? null : URI.create(rs.getString("callback_url")));
		return new RenderRequest(rs.getString("id"), programme, rs.getString("contact_email"), logo,
				RenderStatus.valueOf(rs.getString("status")), rs.getString("error"), instant(rs, "created_at"),
				instant(rs, "updated_at"), groups(rs.getString("asset_groups")), origin);
	}

	/** Where the logo carries the emblem, stored as "x,y,width,height" in fractions of the logo; null for none. */
	private static String emblem(LogoMarks marks) {
		if (marks == null || marks.emblem() == null) {
			return null;
		}
		LogoMarks.Area area = marks.emblem();
		return String.format(java.util.Locale.ROOT, "%.5f,%.5f,%.5f,%.5f", area.x(), area.y(), area.width(),
				area.height());
	}

	private static LogoMarks.Area emblem(String stored) {
		if (stored == null) {
			return null;
		}
		String[] parts = stored.split(",");
		return new LogoMarks.Area(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
				Double.parseDouble(parts[2]), Double.parseDouble(parts[3]));
	}

	/** Stored as written by {@link AssetGroup#format}; none stored (older rows) means everything. */
	private static Set<AssetGroup> groups(String stored) {
		return AssetGroup.named(stored == null ? null : List.of(stored));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

}
