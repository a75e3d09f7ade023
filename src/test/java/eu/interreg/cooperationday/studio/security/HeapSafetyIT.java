package eu.interreg.cooperationday.studio.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.HostileFiles;
import eu.interreg.cooperationday.studio.support.StudioClient;
import eu.interreg.cooperationday.studio.support.StudioClient.FilePart;
import eu.interreg.cooperationday.studio.support.StudioProcess;

import static eu.interreg.cooperationday.studio.support.StudioClient.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar under a 512 MB heap, as an operator runs it ({@code -XX:+ExitOnOutOfMemoryError}, the
 * flag of the Dockerfile, the README and {@code spring-boot:run}): eight previews of a 49-megapixel PNG
 * at once answer 200 or 503, never another 5xx, while health answers within a second; and when an
 * operator's budgets let a decode run out of heap after all, the process exits instead of living on
 * without its server threads, and started again it finishes the request that was in flight.
 */
class HeapSafetyIT {

	@TempDir
	Path directory;

	@Test
	void eightPreviewsOfA49MegapixelPngAtOnceNeverExhaustTheHeap() throws Exception {
		byte[] png = HostileFiles.blankPng(7000, 7000);
		assertThat(png.length).isLessThan(10 << 20);
		try (StudioProcess studio = StudioProcess.start("studio", this.directory, "512m",
				List.of("--studio.s3.embedded-port=0", "--studio.rate-limits.previews=1000"))) {
			studio.awaitUp("/actuator/health", Duration.ofSeconds(120));
			StudioClient client = new StudioClient(studio.port());
			Map<String, Object> fields = form("programmeName", "Interreg Heavy", "language", "en", "logo",
					new FilePart("huge.png", "image/png", png));
			ExecutorService pool = Executors.newFixedThreadPool(9);
			AtomicBoolean done = new AtomicBoolean();
			ConcurrentLinkedQueue<String> unhealthy = new ConcurrentLinkedQueue<>();
			Future<?> health = pool.submit(() -> {
				HttpClient http = HttpClient.newHttpClient();
				while (!done.get()) {
					long start = System.nanoTime();
					try {
						HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
								+ studio.port() + "/actuator/health")).timeout(Duration.ofSeconds(1)).build(),
								HttpResponse.BodyHandlers.ofString());
						if (answer.statusCode() != 200) {
							unhealthy.add(answer.statusCode() + " " + answer.body());
						}
					}
					catch (Exception ex) {
						unhealthy.add(ex + " after " + (System.nanoTime() - start) / 1_000_000 + " ms");
					}
					Thread.sleep(200);
				}
				return null;
			});
			List<Future<Integer>> previews = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				previews.add(pool.submit(() -> client.post("/api/previews", fields).statusCode()));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> preview : previews) {
				statuses.add(preview.get(180, TimeUnit.SECONDS));
			}
			done.set(true);
			health.get(10, TimeUnit.SECONDS);
			pool.shutdownNow();
			System.out.println("Eight 49-megapixel previews at once under 512 MB: " + statuses);
			assertThat(statuses).allMatch((status) -> status == 200 || status == 503);
			assertThat(statuses).contains(200);
			assertThat(unhealthy).as("health answered 200 within a second throughout").isEmpty();
			assertThat(studio.alive()).isTrue();
			assertThat(studio.log()).doesNotContain("OutOfMemoryError");
		}
	}

	@Test
	void anOutOfMemoryErrorEndsTheProcessAndTheRestartedOneFinishesTheRequestInFlight() throws Exception {
		// an operator who lifted every budget: a 16000 x 16000 PNG (1 GB of pixels, 1 MB of file) is then
		// decoded whole into a 512 MB heap
		List<String> unbounded = List.of("--studio.s3.embedded-port=0", "--studio.limits.logo-max-pixels=400000000",
				"--studio.limits.logo-max-edge=20000", "--studio.limits.concurrent-decodes=2");
		String id;
		try (StudioProcess studio = StudioProcess.start("first", this.directory, "512m", unbounded)) {
			studio.awaitUp("/actuator/health", Duration.ofSeconds(120));
			StudioClient client = new StudioClient(studio.port());
			HttpResponse<String> accepted = client.submit(form("programmeName", "Interreg In Flight", "language", "en",
					"contactEmail", "comms@in-flight.example", "logo", new FilePart("logo.png", "image/png", Fixtures.png(200, 80))));
			assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
			id = client.json(accepted.body()).get("id").asString();

			byte[] huge = HostileFiles.blankPng(16000, 16000);
			try {
				client.post("/api/previews", form("programmeName", "Interreg Huge", "language", "en", "logo",
						new FilePart("huge.png", "image/png", huge)));
			}
			catch (java.io.IOException ex) {
				// the connection ends with the process
			}
			assertThat(studio.awaitExit(Duration.ofSeconds(60))).as("the process ended; its log:%n%s", studio.tail())
				.isTrue();
			assertThat(studio.exitCode()).isEqualTo(3);
			assertThat(studio.log()).contains("Terminating due to java.lang.OutOfMemoryError");
		}
		try (StudioProcess again = StudioProcess.start("again", this.directory, "512m", unbounded)) {
			again.awaitUp("/actuator/health", Duration.ofSeconds(120));
			JsonNode status = new StudioClient(again.port()).awaitFinished(id, Duration.ofSeconds(240));
			assertThat(status.get("status").asString()).as(status.toString()).isEqualTo("DONE");
			assertThat(status.get("assets").size()).isGreaterThan(0);
		}
		assertThat(Files.exists(this.directory.resolve("data"))).isTrue();
	}

}
