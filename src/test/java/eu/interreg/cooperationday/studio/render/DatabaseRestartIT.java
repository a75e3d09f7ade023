package eu.interreg.cooperationday.studio.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import eu.interreg.cooperationday.studio.support.Expected;
import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.StudioClient;
import eu.interreg.cooperationday.studio.support.StudioClient.FilePart;
import eu.interreg.cooperationday.studio.support.TestStudio;

import static eu.interreg.cooperationday.studio.support.StudioClient.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL restarted (Debian's cluster, {@code pg_ctlcluster ... restart}) while three requests render:
 * the connection pool recovers, and every request ends DONE with every file; none is left QUEUED or
 * RENDERING. Needs the cluster that {@code .ci/run} starts (root, {@code STUDIO_IT_POSTGRES_URL}); skipped
 * with its reason elsewhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // closed after the class: its short recovery settings act on a database other tests share
class DatabaseRestartIT {

	static String[] cluster;

	@BeforeAll
	static void cluster() throws Exception {
		Assumptions.assumeTrue(System.getenv("STUDIO_IT_POSTGRES_URL") != null,
				"no PostgreSQL server to restart: STUDIO_IT_POSTGRES_URL is not set (.ci/run sets it)");
		Assumptions.assumeTrue("root".equals(System.getProperty("user.name")) && onPath("pg_ctlcluster")
				&& onPath("pg_lsclusters"), "restarting PostgreSQL needs Debian's pg_ctlcluster, as root");
		String clusters = run(List.of("pg_lsclusters", "--no-header"));
		cluster = clusters.strip().split("\\R")[0].trim().split("\\s+");
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> System.getenv("STUDIO_IT_POSTGRES_URL"));
		registry.add("spring.datasource.username", () -> System.getenv().getOrDefault("STUDIO_IT_POSTGRES_USER", "studio"));
		registry.add("spring.datasource.password", () -> System.getenv().getOrDefault("STUDIO_IT_POSTGRES_PASSWORD", "studio"));
		registry.add("spring.datasource.hikari.connection-timeout", () -> "5000");
		registry.add("studio.render.recovery-interval", () -> "2s");
		registry.add("studio.render.orphan-after", () -> "5s");
		TestStudio.embedded(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void renderingRequestsFinishAfterTheDatabaseRestarts() throws Exception {
		StudioClient client = new StudioClient(this.port);
		List<String> ids = new ArrayList<>();
		for (String name : List.of("Interreg Baltic Sea Region", "Interreg South Baltic", "Interreg Central Baltic")) {
			ids.add(client.json(client.submit(form("programmeName", name, "language", "fi", "contactEmail",
					"comms@baltic.example", "logo", new FilePart("logo.png", "image/png", Fixtures.png(240, 120)))).body())
				.get("id").asString());
		}
		await("rendering under way").atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> client.json(client.get("/api/render-requests/" + ids.get(0)).body()).get("assets").size() >= 2);

		run(List.of("pg_ctlcluster", cluster[0], cluster[1], "restart"));

		for (String id : ids) {
			JsonNode done = await("request " + id).atMost(Duration.ofSeconds(300))
				.pollInterval(Duration.ofSeconds(1))
				.ignoreExceptions()
				.until(() -> client.json(client.get("/api/render-requests/" + id).body()),
						(s) -> s.get("status").asString().equals("DONE") || s.get("status").asString().equals("FAILED"));
			assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("DONE");
			assertThat(done.get("assets")).hasSize(Expected.filesPerRequest());
		}
		assertThat(this.jdbc.sql("select count(*) from render_request where id in (:ids) and status in ('QUEUED', 'RENDERING')")
			.param("ids", ids)
			.query(Long.class)
			.single()).isZero();
	}

	private static boolean onPath(String program) {
		return Stream.of(System.getenv("PATH").split(":")).anyMatch((dir) -> Files.isExecutable(Path.of(dir, program)));
	}

	private static String run(List<String> command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(command + ": " + out).isZero();
		return out;
	}

}
