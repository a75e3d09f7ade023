package eu.interreg.cooperationday.studio.render;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import eu.interreg.cooperationday.studio.programme.BulkImport;

/**
 * Bulk renders: every good row of a staff CSV becomes a request (through the same {@link RenderService}
 * as the form), bad rows are kept with their reasons, and progress is read from the requests.
 */
@Service
public class BulkRenders {

	private static final Logger log = LoggerFactory.getLogger(BulkRenders.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final RenderService renders;

	private final RenderRequests requests;

	private final TransactionTemplate transaction;

	BulkRenders(JdbcClient jdbc, Clock clock, RenderService renders, RenderRequests requests,
			TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.renders = renders;
		this.requests = requests;
		this.transaction = transaction;
	}

	/** A bulk render as staff see it. */
	public record Status(String id, String status, int total, int done, int failed, int rendering,
			List<BulkImport.Rejected> rejected, List<RenderRequest> requests, String createdBy, Instant createdAt) {

		/** Requests finished per minute so far. */
		public double ratePerMinute() {
			long elapsed = this.createdAt == null ? 0 : java.time.Duration.between(this.createdAt, Instant.now()).toSeconds();
			return elapsed <= 0 ? 0 : (this.done + this.failed) * 60.0 / elapsed;
		}

		/** Seconds left at the rate so far; -1 before anything finished. */
		public long etaSeconds() {
			int finished = this.done + this.failed;
			if (finished == 0 || this.createdAt == null) {
				return -1;
			}
			long elapsed = java.time.Duration.between(this.createdAt, Instant.now()).toSeconds();
			return elapsed * (this.total - finished) / finished;
		}

	}

	public String start(BulkImport.Result imported, String user) {
		String id = UUID.randomUUID().toString();
		this.transaction.executeWithoutResult((tx) -> {
			this.jdbc.sql("insert into bulk_render (id, created_by, rows_read, created_at) values (?, ?, ?, ?)")
				.params(id, user, imported.rowsRead(), Timestamp.from(this.clock.instant()))
				.update();
			for (BulkImport.Rejected rejected : imported.rejected()) {
				this.jdbc.sql("insert into bulk_rejection (bulk_id, row_number, code, reason) values (?, ?, ?, ?)")
					.params(id, rejected.row(), rejected.code(), clip(rejected.reason()))
					.update();
			}
		});
		for (BulkImport.Accepted accepted : imported.accepted()) {
			this.renders.submit(accepted.request(), AssetGroup.all(), id, accepted.code());
		}
		log.info("Bulk render {} by {}: {} rows, {} queued, {} rejected", id, user, imported.rowsRead(),
				imported.accepted().size(), imported.rejected().size());
		return id;
	}

	public Optional<Status> status(String id) {
		return this.jdbc.sql("select created_by, created_at from bulk_render where id = ?")
			.param(id)
			.query((rs, row) -> status(id, rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()))
			.optional();
	}

	public List<Status> all() {
		return this.jdbc.sql("select id, created_by, created_at from bulk_render order by created_at desc")
			.query((rs, row) -> status(rs.getString("id"), rs.getString("created_by"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	/** Restarts every failed request of the bulk; each renders only what it is missing. */
	public int restartFailed(String id) {
		int restarted = 0;
		for (RenderRequest request : this.requests.ofBulk(id)) {
			if (request.status() == RenderStatus.FAILED && this.renders.restart(request.id())) {
				restarted++;
			}
		}
		log.info("Bulk render {}: {} failed requests restarted", id, restarted);
		return restarted;
	}

	private Status status(String id, String createdBy, Instant createdAt) {
		List<RenderRequest> members = this.requests.ofBulk(id);
		List<BulkImport.Rejected> rejected = this.jdbc
			.sql("select row_number, code, reason from bulk_rejection where bulk_id = ? order by row_number")
			.param(id)
			.query((rs, row) -> new BulkImport.Rejected(rs.getInt("row_number"), rs.getString("code"),
					rs.getString("reason")))
			.list();
		int done = (int) members.stream().filter((r) -> r.status() == RenderStatus.DONE).count();
		int failed = (int) members.stream().filter((r) -> r.status() == RenderStatus.FAILED).count();
		int rendering = members.size() - done - failed;
		String state = rendering > 0 ? "RENDERING" : (failed > 0 ? "FAILED" : "DONE");
		return new Status(id, state, members.size(), done, failed, rendering, rejected, members, createdBy, createdAt);
	}

	private static String clip(String text) {
		return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
	}

}
