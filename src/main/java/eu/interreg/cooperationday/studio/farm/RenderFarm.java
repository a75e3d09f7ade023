package eu.interreg.cooperationday.studio.farm;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import eu.interreg.cooperationday.studio.farm.internal.FarmProperties;

/** Where renders run, for the staff console: this process (local mode) or the workers of a farm. */
@Service
public class RenderFarm {

	/** A worker not seen for this many heartbeats is shown as gone. */
	private static final int MISSED_HEARTBEATS = 4;

	private final JdbcClient jdbc;

	private final FarmProperties properties;

	private final Clock clock;

	RenderFarm(JdbcClient jdbc, FarmProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/** {@code local}, {@code manager} or {@code worker}. */
	public String mode() {
		return this.properties.mode().name().toLowerCase();
	}

	/** Partitions this process renders at once (local mode). */
	public int localThreads() {
		return this.properties.effectiveThreads();
	}

	/**
	 * The farm's workers, those up first; empty in the local mode. A worker gone for longer than the stall
	 * timeout renders nothing any more (its files went back to the queue, or were failed and restarted),
	 * so it is listed with no current file; one stopped cleanly finished what it had.
	 */
	public List<RenderWorker> workers() {
		Instant now = this.clock.instant();
		Instant gone = now.minus(this.properties.heartbeat().multipliedBy(MISSED_HEARTBEATS));
		Instant forgotten = now.minus(this.properties.stallTimeout());
		return this.jdbc.sql("select * from render_worker order by stopped, last_seen desc, name")
			.query((rs, row) -> map(rs, gone, forgotten))
			.list()
			.stream()
			.sorted((a, b) -> Boolean.compare(!a.up(), !b.up()))
			.toList();
	}

	private static RenderWorker map(ResultSet rs, Instant gone, Instant forgotten) throws SQLException {
		Instant lastSeen = rs.getTimestamp("last_seen").toInstant();
		boolean stopped = rs.getBoolean("stopped");
		String state = stopped ? "stopped" : lastSeen.isBefore(gone) ? "gone" : "up";
		String rendering = (stopped || lastSeen.isBefore(forgotten)) ? null : rs.getString("rendering");
		return new RenderWorker(rs.getString("name"), rs.getString("host"), rs.getInt("threads"),
				rs.getTimestamp("started_at").toInstant(), lastSeen,
				rendering == null ? List.of() : Arrays.stream(rendering.split(", ")).toList(), rs.getLong("done_count"),
				rs.getLong("failed_count"), state);
	}

	/**
	 * A render worker as it last recorded itself.
	 *
	 * @param rendering the partitions it renders now ("video-landscape-1920x1080 of {request id}")
	 * @param state {@code up}, {@code stopped} (stopped cleanly) or {@code gone} (not seen for a while)
	 */
	public record RenderWorker(String name, String host, int threads, Instant startedAt, Instant lastSeen,
			List<String> rendering, long done, long failed, String state) {

		public boolean up() {
			return "up".equals(this.state);
		}

	}

}
