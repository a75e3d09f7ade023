package eu.interreg.cooperationday.studio.farm;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import eu.interreg.cooperationday.studio.support.Expected;
import eu.interreg.cooperationday.studio.support.FarmRig;
import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.StudioClient;
import eu.interreg.cooperationday.studio.support.StudioClient.FilePart;
import eu.interreg.cooperationday.studio.support.StudioProcess;

import static eu.interreg.cooperationday.studio.support.StudioClient.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A render farm of real processes: the packaged jar started as one manager and two workers (three JVMs)
 * on Debian's RabbitMQ and PostgreSQL, with the manager's S3 endpoint for all. Partitions spread over
 * the workers; a worker killed with SIGKILL while it renders a video costs nothing; with every worker
 * gone the request fails with its reason instead of waiting, and completes when a worker is back,
 * rerunning only what was unfinished. Skipped, with the reason, where PostgreSQL or RabbitMQ is absent.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(FarmRig.Required.class)
class FarmIT {

	static FarmRig farm;

	static StudioProcess manager;

	static StudioProcess first;

	static StudioProcess second;

	static StudioClient client;

	/**
	 * In every programme name, so that nothing is copied from an earlier run on the same database (the
	 * studio reuses a file rendered from exactly the same inputs).
	 */
	static final String RUN = java.util.UUID.randomUUID().toString().substring(0, 4);

	@BeforeAll
	static void startFarm() throws Exception {
		// kept after the run (target/farm-it/RUN/*/NAME.log), for whoever reads a failure
		farm = new FarmRig(Path.of("target", "farm-it", RUN).toAbsolutePath());
		manager = farm.manager("--studio.render.no-worker-timeout=10s", "--studio.render.watchdog-interval=1s",
				"--studio.render.poll-interval=500ms").awaitUp("/", Duration.ofSeconds(120));
		first = farm.worker("worker-1", 1);
		second = farm.worker("worker-2", 1);
		farm.awaitConsuming(first);
		farm.awaitConsuming(second);
		client = new StudioClient(manager.port());
	}

	@AfterAll
	static void stopFarm() throws Exception {
		if (farm != null) {
			farm.close();
		}
	}

	@Test
	@Order(1)
	void aWorkerAnswersOnlyItsHealth() throws Exception {
		StudioClient worker = new StudioClient(first.port());
		HttpResponse<String> health = worker.get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"UP\"");
		for (String page : List.of("/", "/api/render-requests/x", "/staff", "/v3/api-docs")) {
			HttpResponse<String> refused = worker.get(page);
			assertThat(refused.statusCode()).as(page).isEqualTo(404);
			assertThat(refused.body()).contains("render worker");
		}
		assertThat(client.get("/").statusCode()).isEqualTo(200);
		assertThat(client.get("/actuator/health").body()).contains("\"UP\"");
	}

	@Test
	@Order(2)
	void aRequestsPartitionsAreSpreadOverBothWorkers() throws Exception {
		String id = submit("Interreg Euregio Maas-Rhein", "nl");
		JsonNode done = client.awaitFinished(id, Duration.ofSeconds(300));
		assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("DONE");
		assertStoredOnce(id, Expected.filesPerRequest());
		Map<String, Long> partitions = donePerWorker();
		assertThat(partitions.get("worker-1")).as("partitions per worker: %s", partitions).isPositive();
		assertThat(partitions.get("worker-2")).as("partitions per worker: %s", partitions).isPositive();
		assertThat(partitions.get("worker-1") + partitions.get("worker-2")).isEqualTo(Expected.partitionsPerRequest());
		assertThat(manager.log()).doesNotContain("Rendered ");

		String console = client.staffConsole(FarmRig.STAFF_USER, FarmRig.STAFF_PASSWORD);
		assertThat(console).contains("Render workers").contains("worker-1").contains("worker-2")
			.contains(">" + partitions.get("worker-1") + "<").contains(">up<");
	}

	@Test
	@Order(3)
	void aWorkerKilledWhileItRendersAVideoCostsNothing() throws Exception {
		String[][] programmes = { { "BDE", "Interreg Deutschland-Danmark", "de" },
				{ "FIT", "Interreg France-Italia ALCOTRA", "fr" }, { "PLC", "Interreg Polska-Slovensko", "pl" },
				{ "GRB", "Interreg Greece-Bulgaria", "el" }, { "ESP", "Interreg España-Portugal POCTEP", "es" },
				{ "BAL", "Interreg Baltic Sea Region", "en" } };
		StringBuilder csv = new StringBuilder(
				"code;name;language;contact_email;logo_file;event_title;event_date;event_venue;event_url\r\n");
		Map<String, byte[]> logos = new LinkedHashMap<>();
		for (String[] programme : programmes) {
			csv.append(String.join(";", programme[0], programme[1] + " " + RUN, programme[2],
					programme[0].toLowerCase() + "@programme.example", programme[0].toLowerCase() + ".png", "", "", "", ""))
				.append("\r\n");
			logos.put(programme[0].toLowerCase() + ".png", Fixtures.png(320, 160));
		}
		HttpResponse<String> started = client.bulk(csv.toString().getBytes(StandardCharsets.UTF_8), Fixtures.zip(logos),
				FarmRig.STAFF_USER, FarmRig.STAFF_PASSWORD);
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		String bulk = client.json(started.body()).get("id").asString();

		// the worker that is rendering a video right now is killed outright
		String[] victim = await("a worker rendering a video").atMost(Duration.ofSeconds(180))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> farm.jdbc()
				.sql("select name, rendering from render_worker where name in ('worker-1', 'worker-2') "
						+ "and rendering like 'video-%' order by name")
				.query((rs, row) -> new String[] { rs.getString("name"), rs.getString("rendering") })
				.list()
				.stream()
				.findFirst()
				.orElse(null), (found) -> found != null);
		StudioProcess killed = victim[0].equals("worker-1") ? first : second;
		StudioProcess survivor = (killed == first) ? second : first;
		killed.kill();
		assertThat(killed.alive()).isFalse();

		JsonNode status = await("the bulk").atMost(Duration.ofSeconds(480))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> client.json(client.get("/api/bulk-renders/" + bulk, FarmRig.STAFF_USER, FarmRig.STAFF_PASSWORD)
				.body()), (s) -> !s.get("status").asString().equals("RENDERING"));
		assertThat(status.get("total").asInt()).isEqualTo(programmes.length);
		assertThat(status.get("done").asInt()).as(status.toString()).isEqualTo(programmes.length);
		for (JsonNode request : status.get("requests")) {
			String id = request.asString();
			assertThat(client.json(client.get("/api/render-requests/" + id).body()).get("status").asString())
				.isEqualTo("DONE");
			assertStoredOnce(id, Expected.filesPerRequest());
		}
		assertThat(survivor.log()).as("the killed worker's video (%s) was given to the other", victim[1])
			.contains("Rendering " + victim[1].split(", ")[0] + " again")
			.doesNotContain("Exception in thread");
	}

	@Test
	@Order(4)
	void withEveryWorkerGoneARequestFailsWithItsReasonAndCompletesWhenAWorkerIsBack() throws Exception {
		String id = submit("Interreg Italia-Malta", "it");
		await("a few files made").atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> assets(id) >= 3);
		first.kill();
		second.kill();

		JsonNode failed = client.awaitFinished(id, Duration.ofSeconds(90));
		assertThat(failed.get("status").asString()).as(failed.toString()).isEqualTo("FAILED");
		assertThat(failed.get("error").asString()).contains("No render worker was connected")
			.contains("restarts by itself");
		int madeBeforeRestart = assets(id);

		StudioProcess third = farm.awaitConsuming(farm.worker("worker-3", 1));
		// the request stays FAILED until the watchdog's next round (1 s here) sees the worker and restarts it
		await("the watchdog restarting the request").atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> client.json(client.get("/api/render-requests/" + id).body()).get("status").asString(),
					(status) -> !status.equals("FAILED"));
		JsonNode done = client.awaitFinished(id, Duration.ofSeconds(300));
		assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("DONE");
		assertStoredOnce(id, Expected.filesPerRequest());

		List<Integer> partitionsPerRun = farm.jdbc().sql("""
				select count(s.step_execution_id) from batch_job_execution j
				join batch_job_execution_params p on p.job_execution_id = j.job_execution_id
				join batch_step_execution s on s.job_execution_id = j.job_execution_id and s.step_name like 'renderAsset:%'
				where p.parameter_name = 'requestId' and p.parameter_value = ?
				group by j.job_execution_id order by j.job_execution_id
				""").param(id).query(Integer.class).list();
		assertThat(partitionsPerRun).as("partitions of the first run and of the restart").hasSize(2);
		int partitions = Expected.partitionsPerRequest();
		assertThat(partitionsPerRun.get(0)).isEqualTo(partitions);
		// a partition killed between recording its file and being marked complete runs again (and skips); the
		// landscape video's partition records two files (the described video's too)
		int made = Expected.filesPerRequest() - partitions;
		assertThat(partitionsPerRun.get(1)).as("only the unfinished partitions ran again")
			.isBetween(partitions - madeBeforeRestart, partitions - madeBeforeRestart + 1 + made)
			.isLessThan(partitions);
		assertThat(third.log()).contains("Dropped the request for partition");
		assertThat(manager.log()).contains("Restarting request " + id);
	}

	private static String submit(String name, String language) throws Exception {
		HttpResponse<String> accepted = client.submit(form("programmeName", name + " " + RUN, "language", language, "contactEmail",
				"comms@programme.example", "logo", new FilePart("logo.png", "image/png", Fixtures.png(300, 150))));
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		return client.json(accepted.body()).get("id").asString();
	}

	private static int assets(String id) {
		return farm.jdbc().sql("select count(*) from asset where request_id = ?").param(id).query(Integer.class).single();
	}

	/** Every asset once in the table, once in S3, and one email queued for the request. */
	private static void assertStoredOnce(String id, int expected) throws Exception {
		List<String> keys = farm.jdbc()
			.sql("select object_key from asset where request_id = ? order by object_key")
			.param(id)
			.query(String.class)
			.list();
		assertThat(keys).hasSize(expected).doesNotHaveDuplicates();
		assertThat(farm.objects("renders/" + id + "/")).containsExactlyInAnyOrderElementsOf(keys);
		assertThat(farm.jdbc().sql("select count(*) from outbox_email where request_id = ?").param(id)
			.query(Integer.class)
			.single()).as("emails queued for %s", id).isEqualTo(1);
	}

	private static Map<String, Long> donePerWorker() {
		Map<String, Long> done = new LinkedHashMap<>();
		farm.jdbc().sql("select name, done_count from render_worker where name like 'worker-%' order by name")
			.query((rs, row) -> done.put(rs.getString("name"), rs.getLong("done_count")))
			.list();
		return done;
	}

}
