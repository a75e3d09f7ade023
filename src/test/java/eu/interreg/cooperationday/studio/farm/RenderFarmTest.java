package eu.interreg.cooperationday.studio.farm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import eu.interreg.cooperationday.studio.farm.RenderFarm;
import eu.interreg.cooperationday.studio.farm.internal.FarmProperties;
import eu.interreg.cooperationday.studio.render.RenderProperties;

/** How the staff console lists the farm's workers: a worker long gone is not shown rendering anything. */
class RenderFarmTest {

	static final Instant NOW = Instant.parse("2026-09-21T10:00:00Z");

	@Test
	void aWorkerGoneLongerThanTheStallTimeoutShowsNoCurrentFile() throws Exception {
		JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
		jdbc.sql(Files.readString(Path.of("src/main/resources/db/migration/common/V7__render_worker.sql"))).update();
		worker(jdbc, "up", NOW.minusSeconds(3), false);
		worker(jdbc, "lately-gone", NOW.minusSeconds(60), false);
		worker(jdbc, "killed", NOW.minus(Duration.ofHours(2)), false);
		worker(jdbc, "stopped", NOW.minusSeconds(60), true);
		FarmProperties properties = new FarmProperties(RenderProperties.RenderMode.MANAGER, 0, "q", null,
				Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofMinutes(45), Duration.ofSeconds(5),
				Duration.ofSeconds(5));
		Map<String, RenderFarm.RenderWorker> workers = new RenderFarm(jdbc, properties, Clock.fixed(NOW, ZoneOffset.UTC))
			.workers().stream().collect(Collectors.toMap(RenderFarm.RenderWorker::name, (w) -> w));
		assertThat(workers.get("up").state()).isEqualTo("up");
		assertThat(workers.get("up").rendering()).containsExactly("video-landscape-1920x1080 of r1");
		// not seen for a minute: gone, and what it was rendering may still be on its way
		assertThat(workers.get("lately-gone").state()).isEqualTo("gone");
		assertThat(workers.get("lately-gone").rendering()).hasSize(1);
		// gone for two hours (killed): its files were rendered elsewhere long ago
		assertThat(workers.get("killed").state()).isEqualTo("gone");
		assertThat(workers.get("killed").rendering()).isEmpty();
		assertThat(workers.get("stopped").state()).isEqualTo("stopped");
		assertThat(workers.get("stopped").rendering()).isEmpty();
	}

	private static void worker(JdbcClient jdbc, String name, Instant lastSeen, boolean stopped) {
		jdbc.sql("insert into render_worker (name, host, threads, started_at, last_seen, rendering, stopped) values (?, 'h', 1, ?, ?, ?, ?)")
			.params(name, Timestamp.from(lastSeen.minusSeconds(600)), Timestamp.from(lastSeen), "video-landscape-1920x1080 of r1",
					stopped)
			.update();
	}

}
