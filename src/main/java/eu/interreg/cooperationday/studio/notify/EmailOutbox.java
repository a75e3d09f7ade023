package eu.interreg.cooperationday.studio.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.competition.CompetitionMail;
import eu.interreg.cooperationday.studio.events.ImpactReportDue;
import eu.interreg.cooperationday.studio.render.RenderRequest;
import eu.interreg.cooperationday.studio.render.RenderRequestFinished;
import eu.interreg.cooperationday.studio.sender.ConfirmationRequested;
import eu.interreg.cooperationday.studio.system.PublicUrls;
import eu.interreg.cooperationday.studio.notify.internal.EmailComposer;
import eu.interreg.cooperationday.studio.notify.internal.OutboxEmail;

/**
 * Emails waiting to be sent (table {@code outbox_email}). A message is written here after the
 * transaction that finishes its request, at most one per request (a confirmation sent before gives its
 * place to the ready email), and leaves only when SMTP took it.
 */
@Component
public class EmailOutbox {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final EmailComposer composer;

	EmailOutbox(JdbcClient jdbc, Clock clock, BrandKit brand, PublicUrls urls) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.composer = new EmailComposer(brand.strings(), urls);
	}

	/** Queues the "ready" email of a finished request (once: a second call for the same request is ignored). */
	public void enqueueReady(RenderRequestFinished finished) {
		RenderRequest request = finished.request();
		EmailComposer.Message message = this.composer.ready(request, finished.assets(), finished.page());
		// a confirmation sent earlier gives its place to the ready email (one email per request in the outbox)
		int replaced = this.jdbc.sql("""
				update outbox_email set kind = 'READY', subject = :subject, body_text = :body, body_html = :html,
				    status = 'PENDING', attempts = 0, next_attempt_at = :now, last_error = null, sent_at = null
				where request_id = :requestId and kind = 'CONFIRM' and status <> 'SENDING'
				""")
			.param("subject", message.subject())
			.param("body", message.text())
			.param("html", message.html())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("requestId", request.id())
			.update();
		if (replaced == 0) {
			enqueue(request.id(), request.contactEmail(), "READY", message);
		}
	}

	/** Queues the email that asks the sender to confirm the address (once per request, before anything else). */
	public void enqueueConfirmation(ConfirmationRequested requested) {
		enqueue(requested.requestId(), requested.email(), "CONFIRM", this.composer.confirmation(requested));
	}

	/**
	 * Queues the email that asks for an event's figures (once per event and reminder): the day after the
	 * event, then the reminders, each with the private link to the report form.
	 */
	public void enqueueImpactReport(ImpactReportDue due) {
		EmailComposer.Message message = this.composer.impactReport(due);
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				insert into outbox_email (request_id, kind, topic, recipient, subject, body_text, body_html, status, attempts,
				    next_attempt_at, created_at)
				select :requestId, 'IMPACT', :topic, :recipient, :subject, :body, :html, 'PENDING', 0, :now, :now
				where not exists (select 1 from outbox_email where request_id = :requestId and kind = 'IMPACT' and topic = :topic)
				""")
			.param("requestId", due.requestId())
			.param("topic", due.eventId() + "-" + due.reminder())
			.param("recipient", due.recipient())
			.param("subject", message.subject())
			.param("body", message.text())
			.param("html", message.html())
			.param("now", now)
			.update();
	}

	/**
	 * Queues an email of the competition as written (plain text): once per request and topic; a vote's link,
	 * which belongs to no request, every time.
	 */
	public void enqueueCompetition(CompetitionMail mail) {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				insert into outbox_email (request_id, kind, topic, recipient, subject, body_text, status, attempts,
				    next_attempt_at, created_at)
				select :requestId, 'COMPETITION', :topic, :recipient, :subject, :body, 'PENDING', 0, :now, :now
				where not exists (select 1 from outbox_email where request_id = :requestId and kind = 'COMPETITION' and topic = :topic)
				""")
			.param("requestId", mail.requestId())
			.param("topic", mail.topic())
			.param("recipient", mail.recipient())
			.param("subject", mail.subject())
			.param("body", mail.text())
			.param("now", now)
			.update();
	}

	/** Forgets the emails of a request that is being deleted. */
	public void forget(String requestId) {
		this.jdbc.sql("delete from outbox_email where request_id = :id").param("id", requestId).update();
	}

	private void enqueue(String requestId, String recipient, String kind, EmailComposer.Message message) {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				insert into outbox_email (request_id, kind, recipient, subject, body_text, body_html, status, attempts,
				    next_attempt_at, created_at)
				select :requestId, :kind, :recipient, :subject, :body, :html, 'PENDING', 0, :now, :now
				where not exists (select 1 from outbox_email where request_id = :requestId and topic is null)
				""")
			.param("requestId", requestId)
			.param("kind", kind)
			.param("recipient", recipient)
			.param("subject", message.subject())
			.param("body", message.text())
			.param("html", message.html())
			.param("now", now)
			.update();
	}

	/** Sends a finished request's email again: its outbox entry goes back to the queue, due now. */
	public boolean resend(String requestId) {
		return this.jdbc.sql("""
				update outbox_email set status = 'PENDING', attempts = 0, next_attempt_at = :now, last_error = null
				where request_id = :id and kind = 'READY' and status <> 'SENDING'
				""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", requestId)
			.update() == 1;
	}

	public Optional<OutboxEmail> find(long id) {
		return this.jdbc.sql("select * from outbox_email where id = :id").param("id", id).query(EmailOutbox::map).optional();
	}

	public List<OutboxEmail> all() {
		return this.jdbc.sql("select * from outbox_email order by id").query(EmailOutbox::map).list();
	}

	public List<OutboxEmail> due(int limit) {
		return this.jdbc.sql("select * from outbox_email where status = 'PENDING' and next_attempt_at <= :now order by id")
			.param("now", Timestamp.from(this.clock.instant()))
			.query(EmailOutbox::map)
			.list()
			.stream()
			.limit(limit)
			.toList();
	}

	/** Takes a message for sending; false if another dispatcher already has it. */
	public boolean claim(long id) {
		return this.jdbc.sql("update outbox_email set status = 'SENDING', attempts = attempts + 1 where id = :id and status = 'PENDING'")
			.param("id", id)
			.update() == 1;
	}

	public void sent(long id) {
		this.jdbc.sql("update outbox_email set status = 'SENT', sent_at = :now, last_error = null where id = :id")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.update();
	}

	public void retryLater(long id, Instant next, String error) {
		this.jdbc.sql("update outbox_email set status = 'PENDING', next_attempt_at = :next, last_error = :error where id = :id")
			.param("next", Timestamp.from(next))
			.param("error", error.length() > 2000 ? error.substring(0, 2000) : error)
			.param("id", id)
			.update();
	}

	/**
	 * Messages left SENDING by a process that stopped mid-send go back to PENDING: losing a message is
	 * worse than the rare duplicate of one whose SMTP hand-off was cut off before it was recorded.
	 */
	public int releaseAbandoned() {
		return this.jdbc.sql("update outbox_email set status = 'PENDING' where status = 'SENDING'").update();
	}

	public Instant now() {
		return this.clock.instant();
	}

	private static OutboxEmail map(ResultSet rs, int row) throws SQLException {
		Timestamp next = rs.getTimestamp("next_attempt_at");
		Timestamp created = rs.getTimestamp("created_at");
		Timestamp sent = rs.getTimestamp("sent_at");
		return new OutboxEmail(rs.getLong("id"), rs.getString("request_id"), rs.getString("recipient"),
				rs.getString("subject"), rs.getString("body_text"), rs.getString("body_html"),
				OutboxEmail.Status.valueOf(rs.getString("status")),
				rs.getInt("attempts"), next.toInstant(), rs.getString("last_error"), created.toInstant(),
				sent == null ? null : sent.toInstant());
	}

}
