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
 * figures). The packaged jar on its embedded defaults renders staff bulks of programmes in one language,
 * every file of each, in two processes: one with {@code --studio.video.segment-cache=false} (every video
 * encoded whole) and one with the cache on. Each first renders a warm-up bulk in the same language
 * ({@code segment.bench.warm-up}, 20 programmes, half with an event), so the JIT, the music bed and, with
 * the cache on, the shared segments are ready. Then measured bulks ({@code segment.bench.rounds}, 3) run
 * in turn, one process and then the other, so that a drift in the machine's speed falls on both; each has
 * new names (a file made from the same inputs would be copied, not rendered). CPU-seconds are the studio
 * process's own (every thread), with where they went by thread. Written to
 * {@code target/bench/segment-report.txt}, with each process's log beside it.
 */
class SegmentCacheBenchmark {

	private static final int PROGRAMMES = Integer.getInteger("segment.bench.programmes", 10);

	private static final int WARM_UP = Integer.getInteger("segment.bench.warm-up", 20);

	private static final int ROUNDS = Integer.getInteger("segment.bench.rounds", 3);

	private static final String LANGUAGE = System.getProperty("segment.bench.language", "de");

	private static final Path REPORT = Path.of("target", "bench", "segment-report.txt");

	private static final String STAFF_USER = "bench-staff";

	private static final String STAFF_PASSWORD = "bench staff password";

	@TempDir
	Path root;

	@Test
	void bulkInOneLanguageWithTheCacheOffAndWarm() throws Exception {
		List<String> report = new ArrayList<>();
		report.add(String.format(Locale.ROOT, "Segment reuse benchmark: bulks of %d programmes in '%s' (half with an event), "
				+ "every file (%d each), after a warm-up bulk of %d, on %d cores", PROGRAMMES, LANGUAGE, AssetSpec.ALL.size(), WARM_UP,
				Runtime.getRuntime().availableProcessors()));
		report.add(String.format(Locale.ROOT, "%-18s %6s %8s %16s %16s %14s", "segment cache", "bulk", "wall s",
				"CPU-s (process)", "CPU-s/programme", "programmes/min"));
		List<Result> off = new ArrayList<>();
		List<Result> on = new ArrayList<>();
		try (StudioProcess uncached = start(false); StudioProcess cached = start(true)) {
			StudioClient offClient = new StudioClient(uncached.port());
			StudioClient onClient = new StudioClient(cached.port());
			bulk(offClient, "Warm-up", WARM_UP);
			bulk(onClient, "Warm-up", WARM_UP);
			for (int round = 1; round <= ROUNDS; round++) {
				off.add(measure(uncached, offClient, "off", round));
				on.add(measure(cached, onClient, "on, warm", round));
			}
			Files.createDirectories(REPORT.getParent());
			Files.writeString(REPORT.resolveSibling("segment-cache-off.log"), uncached.log());
			Files.writeString(REPORT.resolveSibling("segment-cache-on.log"), cached.log());
		}
		for (List<Result> results : List.of(off, on)) {
			for (Result result : results) {
				report.add(String.format(Locale.ROOT, "%-18s %6d %8.1f %16.1f %16.2f %14.2f", result.setup(), result.round(),
						result.wallSeconds(), result.cpuSeconds(), result.cpuSeconds() / PROGRAMMES,
						PROGRAMMES * 60 / result.wallSeconds()));
			}
		}
		double offMedian = median(off);
		double onMedian = median(on);
		report.add(String.format(Locale.ROOT, "Median of %d bulks: cache off %.2f, warm %.2f CPU-s per programme; "
				+ "the warm cache saves %.1f CPU-s per programme (%.0f %%).", ROUNDS, offMedian, onMedian,
				offMedian - onMedian, 100 * (1 - onMedian / offMedian)));
		report.add("Where the CPU went, CPU-s per programme by thread:");
		for (List<Result> results : List.of(off, on)) {
			for (Result result : results) {
				report.add("  cache " + result.setup() + ", bulk " + result.round() + ": " + result.byThread());
			}
		}
		Files.write(REPORT, report);
		report.forEach(System.out::println);
	}

	private StudioProcess start(boolean cache) throws Exception {
		Path directory = this.root.resolve(cache ? "cache-on" : "cache-off");
		List<String> arguments = List.of("--studio.s3.embedded-port=0", "--studio.staff.username=" + STAFF_USER,
				"--studio.staff.password=" + STAFF_PASSWORD, "--studio.video.segment-cache=" + cache);
		StudioProcess studio = StudioProcess.start("studio", directory, "1g", arguments);
		try {
			return studio.awaitUp("/", Duration.ofSeconds(180));
		}
		catch (RuntimeException | Error ex) {
			studio.close();
			throw ex;
		}
	}

	/** One measured bulk: the process's CPU time while it renders it, and where that went. */
	private static Result measure(StudioProcess studio, StudioClient client, String setup, int round) throws Exception {
		Duration before = studio.cpu();
		Map<Long, StudioProcess.ThreadCpu> threadsBefore = studio.cpuByThread();
		long started = System.nanoTime();
		bulk(client, "Benchmark " + round, PROGRAMMES);
		double wall = (System.nanoTime() - started) / 1e9;
		double cpu = studio.cpu().minus(before).toMillis() / 1000.0;
		return new Result(setup, round, wall, cpu, byThread(threadsBefore, studio.cpuByThread(), cpu));
	}

	private static double median(List<Result> results) {
		double[] perProgramme = results.stream().mapToDouble((r) -> r.cpuSeconds() / PROGRAMMES).sorted().toArray();
		int middle = perProgramme.length / 2;
		return (perProgramme.length % 2 == 1) ? perProgramme[middle]
				: (perProgramme[middle - 1] + perProgramme[middle]) / 2;
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

	/**
	 * The CPU-seconds per programme of the threads alive at the end, grouped by name without digits
	 * ({@code render-1} and {@code render-2} are "render"; threads that native code starts, such as
	 * x264's, carry the name of the thread that started them), the largest first; what threads that ended
	 * during the bulk used is the rest of the process's time.
	 */
	private static String byThread(Map<Long, StudioProcess.ThreadCpu> before, Map<Long, StudioProcess.ThreadCpu> after,
			double cpuSeconds) {
		if (after.isEmpty()) {
			return "not known on this platform";
		}
		Map<String, Long> ticks = new java.util.TreeMap<>();
		long total = 0;
		for (Map.Entry<Long, StudioProcess.ThreadCpu> thread : after.entrySet()) {
			StudioProcess.ThreadCpu earlier = before.get(thread.getKey());
			long used = thread.getValue().ticks() - ((earlier != null) ? earlier.ticks() : 0);
			String group = thread.getValue().name().replaceAll("[0-9]+", "").replaceAll("[-#_ ]+$", "");
			ticks.merge(group, used, Long::sum);
			total += used;
		}
		ticks.put("(threads that ended)", Math.max(0, Math.round(cpuSeconds * 100) - total));
		return ticks.entrySet()
			.stream()
			.filter((e) -> e.getValue() >= PROGRAMMES) // at least 0.01 s a programme
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.map((e) -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue() / 100.0 / PROGRAMMES))
			.collect(java.util.stream.Collectors.joining(", "));
	}

	private record Result(String setup, int round, double wallSeconds, double cpuSeconds, String byThread) {
	}

}
