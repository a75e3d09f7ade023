package eu.interreg.cooperationday.studio.render;

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
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import eu.interreg.cooperationday.studio.programme.BulkImport;
import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.StudioClient;
import eu.interreg.cooperationday.studio.support.StudioProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The segment reuse benchmark ({@code ./mvnw -Psegment-bench verify}; not a test of speed: it prints
 * figures). The packaged jar on its embedded defaults renders a staff bulk of programmes in one language,
 * every file of each, twice: once with {@code --studio.video.segment-cache=false} (every video encoded
 * whole) and once with the cache on and warm. Before each measured bulk a warm-up bulk in the same language
 * ({@code segment.bench.warm-up}, 20 programmes, half with an event) runs in the same process, so the JIT,
 * the music bed and, with the cache on, the shared segments are ready; the measured bulk has new names (a file made
 * from the same inputs would be copied, not rendered). CPU-seconds are the studio process's own (every
 * thread). Written to {@code target/bench/segment-report.txt}, with each run's log beside it.
 */
class SegmentCacheBenchmark {

	private static final int PROGRAMMES = Integer.getInteger("segment.bench.programmes", 10);

	private static final int WARM_UP = Integer.getInteger("segment.bench.warm-up", 20);

	private static final String LANGUAGE = System.getProperty("segment.bench.language", "de");

	private static final Path REPORT = Path.of("target", "bench", "segment-report.txt");

	private static final String STAFF_USER = "bench-staff";

	private static final String STAFF_PASSWORD = "bench staff password";

	@TempDir
	Path root;

	@Test
	void bulkInOneLanguageWithTheCacheOffAndWarm() throws Exception {
		List<String> report = new ArrayList<>();
		report.add(String.format(Locale.ROOT, "Segment reuse benchmark: a bulk of %d programmes in '%s' (half with an event), "
				+ "every file (%d each), after a warm-up bulk of %d, on %d cores", PROGRAMMES, LANGUAGE, AssetSpec.ALL.size(), WARM_UP,
				Runtime.getRuntime().availableProcessors()));
		report.add(String.format(Locale.ROOT, "%-18s %8s %16s %16s %14s", "segment cache", "wall s", "CPU-s (process)",
				"CPU-s/programme", "programmes/min"));
		Result off = run(false);
		Result on = run(true);
		for (Result result : List.of(off, on)) {
			report.add(String.format(Locale.ROOT, "%-18s %8.1f %16.1f %16.2f %14.2f", result.setup(), result.wallSeconds(),
					result.cpuSeconds(), result.cpuSeconds() / PROGRAMMES, PROGRAMMES * 60 / result.wallSeconds()));
		}
		report.add(String.format(Locale.ROOT, "Warm cache saves %.1f CPU-s per programme (%.0f %%).",
				(off.cpuSeconds() - on.cpuSeconds()) / PROGRAMMES, 100 * (1 - on.cpuSeconds() / off.cpuSeconds())));
		Files.write(REPORT, report);
		report.forEach(System.out::println);
	}

	private Result run(boolean cache) throws Exception {
		String setup = cache ? "on, warm" : "off";
		Path directory = this.root.resolve(cache ? "cache-on" : "cache-off");
		List<String> arguments = List.of("--studio.s3.embedded-port=0", "--studio.staff.username=" + STAFF_USER,
				"--studio.staff.password=" + STAFF_PASSWORD, "--studio.video.segment-cache=" + cache);
		try (StudioProcess studio = StudioProcess.start("studio", directory, "1g", arguments)) {
			studio.awaitUp("/", Duration.ofSeconds(180));
			StudioClient client = new StudioClient(studio.port());
			bulk(client, "Warm-up", WARM_UP);
			Duration before = studio.cpu();
			long started = System.nanoTime();
			bulk(client, "Benchmark", PROGRAMMES);
			double wall = (System.nanoTime() - started) / 1e9;
			double cpu = studio.cpu().minus(before).toMillis() / 1000.0;
			Files.createDirectories(REPORT.getParent());
			Files.writeString(REPORT.resolveSibling("segment-cache-" + (cache ? "on" : "off") + ".log"), studio.log());
			return new Result(setup, wall, cpu);
		}
	}

	/** One staff bulk of {@code count} new programmes, half of them with an event; returns when every row is done. */
	private static void bulk(StudioClient client, String label, int count) throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 6);
		StringBuilder csv = new StringBuilder(String.join(",", BulkImport.HEADER)).append('\n');
		Map<String, byte[]> logos = new LinkedHashMap<>();
		for (int i = 0; i < count; i++) {
			String code = "P" + i;
			String event = (i % 2 == 0) ? "Grenzfest " + i + ",2027-09-21,Kleve Marktplatz,https://www.example.eu/fest"
					: ",,,";
			csv.append(String.join(",", code, "Interreg " + label + " " + run + " " + i, LANGUAGE,
					"p" + i + "@programme.example", code + ".png", event)).append('\n');
			logos.put(code + ".png", Fixtures.png(300 + i, 150));
		}
		HttpResponse<String> accepted = client.bulk(csv.toString().getBytes(StandardCharsets.UTF_8), Fixtures.zip(logos),
				STAFF_USER, STAFF_PASSWORD);
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String bulk = client.json(accepted.body()).get("id").asString();
		JsonNode status = client.awaitBulk(bulk, STAFF_USER, STAFF_PASSWORD, Duration.ofMinutes(30));
		assertThat(status.get("total").asInt()).isEqualTo(count);
		assertThat(status.get("done").asInt()).as(status.toString()).isEqualTo(count);
	}

	private record Result(String setup, double wallSeconds, double cpuSeconds) {
	}

}
