package eu.interreg.cooperationday.studio.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import eu.interreg.cooperationday.studio.programme.BulkImport;
import eu.interreg.cooperationday.studio.programme.Event;
import eu.interreg.cooperationday.studio.programme.LogoArchive;
import eu.interreg.cooperationday.studio.programme.ProgrammeRequestParser;
import eu.interreg.cooperationday.studio.problem.Refusal;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;
import eu.interreg.cooperationday.studio.programme.UploadLimits;
import eu.interreg.cooperationday.studio.render.AssetGroup;
import eu.interreg.cooperationday.studio.render.RenderRequest;
import eu.interreg.cooperationday.studio.render.RenderRequests;
import eu.interreg.cooperationday.studio.render.RenderStatus;

/**
 * Bulk renders: every good row of a staff CSV becomes a request (through the same {@link RenderRequests}
 * as the form), bad rows are kept with their reasons, and progress is read from the requests.
 */
@Service
public class BulkRenders {

	private static final Logger log = LoggerFactory.getLogger(BulkRenders.class);

	/** The largest programmes CSV staff may upload. */
	public static final long MAX_CSV_BYTES = 5L * 1024 * 1024;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final RenderRequests renders;

	private final TransactionTemplate transaction;

	private final BulkImport bulkImport;

	private final ProgrammeRequestParser parser;

	BulkRenders(JdbcClient jdbc, Clock clock, RenderRequests renders, TransactionTemplate transaction,
			BulkImport bulkImport, ProgrammeRequestParser parser) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.renders = renders;
		this.transaction = transaction;
		this.bulkImport = bulkImport;
		this.parser = parser;
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

	/**
	 * A bulk render from the staff's two uploads (the API and the console share it: the same checks and
	 * the same refusals): the programmes CSV (at most {@link #MAX_CSV_BYTES}) and the zip of logos.
	 */
	public String start(MultipartFile programmes, MultipartFile logos, String user) throws IOException {
		if (programmes == null || programmes.isEmpty() || logos == null || logos.isEmpty()) {
			throw RequestRefusedException.field(Refusal.Kind.INCOMPLETE,
					programmes == null || programmes.isEmpty() ? "programmes" : "logos", "This file is required.");
		}
		if (programmes.getSize() > MAX_CSV_BYTES) {
			throw RequestRefusedException.field(Refusal.Kind.TOO_LARGE, "programmes",
					"The CSV is larger than " + UploadLimits.describe(DataSize.ofBytes(MAX_CSV_BYTES)) + ".");
		}
		LogoArchive archive;
		try (InputStream in = logos.getInputStream()) {
			archive = LogoArchive.read(in);
		}
		return start(this.bulkImport.read(programmes.getBytes(), archive), user);
	}

	/**
	 * A bulk render of every programme already known (the newest request of each name and language),
	 * from its stored original logo, validated again like any request.
	 */
	public String rerenderKnown(String user) throws IOException {
		Set<String> seen = new HashSet<>();
		List<BulkImport.Accepted> accepted = new ArrayList<>();
		List<BulkImport.Rejected> rejected = new ArrayList<>();
		int row = 1;
		for (RenderRequest known : this.renders.latest(10_000)) {
			if (!seen.add(known.programmeName() + "\u0000" + known.language().code())) {
				continue;
			}
			row++;
			try {
				accepted.add(new BulkImport.Accepted(row, known.origin().code(), this.parser.parse(fieldsOf(known))));
			}
			catch (RequestRefusedException ex) {
				rejected.add(new BulkImport.Rejected(row, known.origin().code(), ex.getMessage()));
			}
		}
		return start(new BulkImport.Result(row - 1, accepted, rejected), user);
	}

	/** A stored request as the fields it was asked with, its original logo read back from storage. */
	private ProgrammeRequestParser.RawFields fieldsOf(RenderRequest known) throws IOException {
		byte[] logo;
		try (InputStream in = this.renders.openOriginalLogo(known)) {
			logo = in.readAllBytes();
		}
		Event event = known.event();
		return new ProgrammeRequestParser.RawFields(known.programmeName(), known.language().code(),
				known.contactEmail(), "logo." + known.logo().format().extension(), known.logo().format().contentType(), logo,
				event == null ? null : event.title(),
				event == null || event.date() == null ? null : event.date().toString(),
				event == null ? null : event.venue(), event == null || event.url() == null ? null : event.url().toString(),
				known.callbackUrl() == null ? null : known.callbackUrl().toString(),
				known.secondLanguage() == null ? null : known.secondLanguage().code(), known.programmeNameSecond(),
				event == null ? null : event.city(), event == null ? null : event.country());
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
		for (RenderRequest request : this.renders.ofBulk(id)) {
			if (request.status() == RenderStatus.FAILED && this.renders.restart(request.id())) {
				restarted++;
			}
		}
		log.info("Bulk render {}: {} failed requests restarted", id, restarted);
		return restarted;
	}

	private Status status(String id, String createdBy, Instant createdAt) {
		List<RenderRequest> members = this.renders.ofBulk(id);
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
