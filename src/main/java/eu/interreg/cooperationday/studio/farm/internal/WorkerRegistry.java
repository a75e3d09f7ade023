package eu.interreg.cooperationday.studio.farm.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * This worker's row in {@code render_worker}: written at start, whenever a partition starts or ends,
 * and every {@code studio.render.heartbeat}; marked stopped when the worker stops. The staff console
 * reads it; a worker killed outright simply stops being seen.
 */
class WorkerRegistry {

	private static final Logger log = LoggerFactory.getLogger(WorkerRegistry.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String name;

	private final String host;

	private final int threads;

	private final Map<Long, String> rendering = new ConcurrentSkipListMap<>();

	private final AtomicLong done = new AtomicLong();

	private final AtomicLong failed = new AtomicLong();

	private volatile boolean registered;

	WorkerRegistry(JdbcClient jdbc, Clock clock, String name, String host, int threads) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.name = name;
		this.host = host;
		this.threads = threads;
	}

	synchronized void register() {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("delete from render_worker where name = :name").param("name", this.name).update();
		this.jdbc.sql("""
				insert into render_worker (name, host, threads, started_at, last_seen, rendering, done_count,
				    failed_count, stopped)
				values (:name, :host, :threads, :now, :now, null, 0, 0, false)
				""")
			.param("name", this.name)
			.param("host", this.host)
			.param("threads", this.threads)
			.param("now", now)
			.update();
		this.registered = true;
	}

	void started(long partition, String what) {
		this.rendering.put(partition, what);
		write(false);
	}

	void finished(long partition, boolean completed) {
		this.rendering.remove(partition);
		(completed ? this.done : this.failed).incrementAndGet();
		write(false);
	}

	@Scheduled(fixedDelayString = "${studio.render.heartbeat:5s}", initialDelayString = "${studio.render.heartbeat:5s}")
	void heartbeat() {
		write(false);
	}

	@PreDestroy
	void stopped() {
		write(true);
	}

	private synchronized void write(boolean stopped) {
		if (!this.registered) {
			return;
		}
		String now = String.join(", ", this.rendering.values());
		try {
			this.jdbc.sql("""
					update render_worker set last_seen = :now, rendering = :rendering, done_count = :done,
					    failed_count = :failed, stopped = :stopped
					where name = :name
					""")
				.param("now", Timestamp.from(this.clock.instant()))
				.param("rendering", now.isEmpty() ? null : now.substring(0, Math.min(now.length(), 4000)))
				.param("done", this.done.get())
				.param("failed", this.failed.get())
				.param("stopped", stopped)
				.param("name", this.name)
				.update();
		}
		catch (DataAccessException ex) {
			log.warn("Could not record worker {} in render_worker: {}", this.name, ex.getMessage());
		}
	}

}
