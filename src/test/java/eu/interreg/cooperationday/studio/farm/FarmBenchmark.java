package eu.interreg.cooperationday.studio.farm;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import eu.interreg.cooperationday.studio.support.FarmRig;
import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.StudioClient;
import eu.interreg.cooperationday.studio.support.StudioProcess;

import static org.assertj.core.api.Assertions.assertThat;
import eu.interreg.cooperationday.studio.render.AssetSpec;

/**
 * The farm benchmark ({@code ./mvnw -Pfarm-bench verify}; not a test of speed: it prints figures). The
 * same bulk of programmes is rendered three ways on this machine: the local mode, a manager with one
 * worker, a manager with two. For each: wall time from upload to the last request done, CPU-seconds
 * per programme over every process involved (the studio JVMs, PostgreSQL, RabbitMQ), and partitions per
 * worker. Written to {@code target/bench/farm-report.txt}.
 */
@ExtendWith(FarmRig.Required.class)
class FarmBenchmark {

	private static final int PROGRAMMES = Integer.getInteger("farm.bench.programmes", 6);

	private static final String[] LANGUAGES = { "de", "fr", "it", "pl", "el", "es", "nl", "hu", "cs", "sv" };

	@TempDir
	Path root;

	@Test
	void sameBulkLocallyOnOneWorkerAndOnTwo() throws Exception {
		List<String> report = new ArrayList<>();
		int cores = Runtime.getRuntime().availableProcessors();
		report.add(String.format(Locale.ROOT, "Farm benchmark: a bulk of %d programmes, every file (%d partitions each), "
				+ "on %d cores, all processes on this machine", PROGRAMMES, AssetSpec.ALL.size(), cores));
		report.add(String.format(Locale.ROOT, "%-22s %10s %14s %14s  %s", "setup", "wall s", "CPU-s/programme",
				"programmes/min", "partitions per worker"));
		double cpuPerProgramme = 0;
		for (int workers = 0; workers <= 2; workers++) {
			Result result = run(workers);
			report.add(String.format(Locale.ROOT, "%-22s %10.1f %14.1f %14.2f  %s", result.setup(), result.wallSeconds(),
					result.cpuSeconds() / PROGRAMMES, PROGRAMMES * 60 / result.wallSeconds(), result.partitions()));
			cpuPerProgramme = Math.max(cpuPerProgramme, result.cpuSeconds() / PROGRAMMES);
		}
		report.add("");
		report.add(String.format(Locale.ROOT, "A campaign of 300 requests at %.1f CPU-s each is %.0f CPU-s; if every core "
				+ "is busy (threads = cores / 2, each encode using two cores):", cpuPerProgramme, 300 * cpuPerProgramme));
		for (int n : new int[] { 1, 2, 4, 8 }) {
			report.add(String.format(Locale.ROOT, "  %d worker(s) of 8 cores: about %.1f min", n,
					300 * cpuPerProgramme / (n * 8) / 60));
		}
		Path file = Path.of("target", "bench", "farm-report.txt");
		Files.createDirectories(file.getParent());
		Files.write(file, report);
		report.forEach(System.out::println);
	}

	private Result run(int workers) throws Exception {
		String setup = workers == 0 ? "local" : "manager + " + workers + " worker" + (workers > 1 ? "s" : "");
		String run = UUID.randomUUID().toString().substring(0, 6);
		try (FarmRig farm = new FarmRig(this.root.resolve("run-" + workers))) {
			List<StudioProcess> processes = new ArrayList<>();
			StudioProcess studio = workers == 0 ? farm.local() : farm.manager();
			processes.add(studio.awaitUp("/", Duration.ofSeconds(180)));
			for (int i = 1; i <= workers; i++) {
				processes.add(farm.awaitConsuming(farm.worker("bench-" + run + "-" + i, 0)));
			}
			StringBuilder csv = new StringBuilder(
				"code;name;language;contact_email;logo_file;event_title;event_date;event_venue;event_url\r\n");
			Map<String, byte[]> logos = new LinkedHashMap<>();
			for (int i = 0; i < PROGRAMMES; i++) {
				String code = "P" + i;
				// names differ from run to run: a file made from the same inputs before would be copied, not rendered
				csv.append(String.join(";", code, "Interreg Benchmark " + run + " " + i, LANGUAGES[i % LANGUAGES.length],
						"p" + i + "@programme.example", code + ".png", "", "", "", "")).append("\r\n");
				logos.put(code + ".png", Fixtures.png(300 + i, 150));
			}
			StudioClient client = new StudioClient(studio.port());
			Duration cpuBefore = cpu(processes);
			long started = System.nanoTime();
			HttpResponse<String> accepted = client.bulk(csv.toString().getBytes(StandardCharsets.UTF_8),
					Fixtures.zip(logos), FarmRig.STAFF_USER, FarmRig.STAFF_PASSWORD);
			assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
			String bulk = client.json(accepted.body()).get("id").asString();
			JsonNode status = client.awaitBulk(bulk, FarmRig.STAFF_USER, FarmRig.STAFF_PASSWORD, Duration.ofMinutes(30));
			double wall = (System.nanoTime() - started) / 1e9;
			double cpu = (cpu(processes).minus(cpuBefore)).toMillis() / 1000.0;
			assertThat(status.get("done").asInt()).as(status.toString()).isEqualTo(PROGRAMMES);
			Map<String, Long> partitions = new LinkedHashMap<>();
			farm.jdbc().sql("select name, done_count from render_worker where name like ? order by name")
				.param("bench-" + run + "-%")
				.query((rs, row) -> partitions.put(rs.getString("name").replace("bench-" + run + "-", "worker "),
						rs.getLong("done_count")))
				.list();
			return new Result(setup, wall, cpu, workers == 0 ? "(in process)" : partitions.toString());
		}
	}

	/** CPU time so far of the studio processes, PostgreSQL's and RabbitMQ's (Erlang's) processes. */
	private static Duration cpu(List<StudioProcess> studios) throws IOException {
		Duration total = Duration.ZERO;
		for (StudioProcess studio : studios) {
			total = total.plus(studio.cpu());
		}
		for (ProcessHandle process : ProcessHandle.allProcesses().toList()) {
			String command = process.info().command().orElse("");
			if (command.contains("postgres") || command.contains("beam.smp") || command.contains("erl_child_setup")) {
				total = total.plus(process.info().totalCpuDuration().orElse(Duration.ZERO));
			}
		}
		return total;
	}

	private record Result(String setup, double wallSeconds, double cpuSeconds, String partitions) {
	}

}
