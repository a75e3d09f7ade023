package eu.interreg.cooperationday.studio.notify.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import eu.interreg.cooperationday.studio.notify.internal.WebhookDelivery;
import eu.interreg.cooperationday.studio.notify.Webhooks;

/**
 * Webhooks waiting to be delivered (table {@code outbox_webhook}). One per finish of a request: its
 * {@code dedup_key} (request, status, the time the status was recorded) keeps a repeated event delivery
 * from queuing a second; a request that fails and then, restarted, is done gets two.
 */
@Component
public class WebhookOutbox {

	private final JdbcClient jdbc;

	private final Clock clock;

	public WebhookOutbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Queues a delivery unless one with the same key is queued already; true when it was queued now. */
	boolean enqueue(String requestId, String dedupKey, String url, String body) {
		Timestamp now = Timestamp.from(this.clock.instant());
		return this.jdbc.sql("""
				insert into outbox_webhook (event_id, request_id, dedup_key, url, body, status, attempts,
				    next_attempt_at, created_at)
				select :eventId, :requestId, :key, :url, :body, 'PENDING', 0, :now, :now from render_request
				where id = :requestId and not exists (select 1 from outbox_webhook where dedup_key = :key)
				""")
			.param("eventId", UUID.randomUUID().toString())
			.param("requestId", requestId)
			.param("key", dedupKey)
			.param("url", url)
			.param("body", body)
			.param("now", now)
			.update() == 1;
	}

	public List<WebhookDelivery> all() {
		return this.jdbc.sql("select * from outbox_webhook order by id").query(WebhookOutbox::map).list();
	}

	List<WebhookDelivery> due(int limit) {
		return this.jdbc.sql("select * from outbox_webhook where status = 'PENDING' and next_attempt_at <= :now order by id")
			.param("now", Timestamp.from(this.clock.instant()))
			.query(WebhookOutbox::map)
			.list()
			.stream()
			.limit(limit)
			.toList();
	}

	/** Takes a delivery for sending; false if another dispatcher already has it. */
	boolean claim(long id) {
		return this.jdbc.sql("update outbox_webhook set status = 'SENDING', attempts = attempts + 1 where id = :id and status = 'PENDING'")
			.param("id", id)
			.update() == 1;
	}

	void sent(long id) {
		this.jdbc.sql("update outbox_webhook set status = 'SENT', sent_at = :now, last_error = null where id = :id")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.update();
	}

	void retryLater(long id, Instant next, String error) {
		update(id, "PENDING", next, error);
	}

	void giveUp(long id, String error) {
		update(id, "GAVE_UP", this.clock.instant(), error);
	}

	/** Sends a request's given-up webhooks again, from the first attempt. */
	public int resend(String requestId) {
		return this.jdbc.sql("""
				update outbox_webhook set status = 'PENDING', attempts = 0, next_attempt_at = :now
				where request_id = :id and status = 'GAVE_UP'
				""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", requestId)
			.update();
	}

	/** Deliveries left SENDING by a process that stopped: at least once means they go again. */
	int releaseAbandoned() {
		return this.jdbc.sql("update outbox_webhook set status = 'PENDING' where status = 'SENDING'").update();
	}

	Instant now() {
		return this.clock.instant();
	}

	private void update(long id, String status, Instant next, String error) {
		this.jdbc.sql("update outbox_webhook set status = :status, next_attempt_at = :next, last_error = :error where id = :id")
			.param("status", status)
			.param("next", Timestamp.from(next))
			.param("error", error.length() > 2000 ? error.substring(0, 2000) : error)
			.param("id", id)
			.update();
	}

	private static WebhookDelivery map(ResultSet rs, int row) throws SQLException {
		Timestamp sent = rs.getTimestamp("sent_at");
		return new WebhookDelivery(rs.getLong("id"), rs.getString("event_id"), rs.getString("request_id"),
				rs.getString("url"), rs.getString("body"), WebhookDelivery.Status.valueOf(rs.getString("status")),
				rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error"),
				rs.getTimestamp("created_at").toInstant(), sent == null ? null : sent.toInstant());
	}

}
