package eu.interreg.cooperationday.studio.render;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import eu.interreg.cooperationday.studio.support.Expected;
import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.StudioClient;
import eu.interreg.cooperationday.studio.support.StudioClient.FilePart;
import eu.interreg.cooperationday.studio.support.StudioProcess;

import static eu.interreg.cooperationday.studio.support.StudioClient.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SIGTERM in the middle of a render, with the packaged jar: the service stops within its grace (3 s here,
 * 60 s by default), a request that had not started is not started, and nothing is marked FAILED; started
 * again on the same data, both requests finish with every file, and only files that were in flight at the
 * stop are rendered a second time.
 */
class GracefulStopIT {

	static final Pattern RENDERED = Pattern.compile("Rendered (\\S+) of request (\\S+) in");

	@TempDir
	Path directory;

	@Test
	void aStoppedRenderResumesAtTheNextStartWithoutRepeatingFinishedFiles() throws Exception {
		List<String> arguments = List.of("--studio.s3.embedded-port=0", "--studio.shutdown-grace=3s",
				"--studio.render.concurrent-requests=1");
		String first;
		String second;
		String firstLog;
		try (StudioProcess studio = StudioProcess.start("studio-1", this.directory, "768m", arguments)) {
			studio.awaitUp("/", Duration.ofSeconds(120));
			StudioClient client = new StudioClient(studio.port());
			first = submit(client, "Interreg Deutschland-Danmark");
			second = submit(client, "Interreg Öresund-Kattegat-Skagerrak");
			await("a few files of the first request").atMost(Duration.ofSeconds(120))
				.pollInterval(Duration.ofMillis(200))
				.until(() -> client.json(client.get("/api/render-requests/" + first).body()).get("assets").size() >= 3);
			assertThat(client.json(client.get("/api/render-requests/" + second).body()).get("status").asString())
				.isEqualTo("QUEUED");
			long started = System.nanoTime();
			studio.stop(Duration.ofSeconds(60));
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			assertThat(studio.alive()).isFalse();
			assertThat(took).as("stopped within the grace and the rest of the shutdown").isLessThan(Duration.ofSeconds(40));
			firstLog = studio.log();
			assertThat(firstLog).contains("Stopping: 1 waiting requests start at the next start")
				.doesNotContain("Request " + first + " failed")
				.doesNotContain("Request " + second + " failed");
		}

		try (StudioProcess studio = StudioProcess.start("studio-2", this.directory, "768m", arguments)) {
			studio.awaitUp("/", Duration.ofSeconds(120));
			StudioClient client = new StudioClient(studio.port());
			for (String id : List.of(first, second)) {
				JsonNode done = client.awaitFinished(id, Duration.ofSeconds(240));
				assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("DONE");
				assertThat(done.get("assets")).hasSize(Expected.filesPerRequest());
			}
			String secondLog = studio.log();
			assertThat(secondLog).contains("Resuming request " + first).contains("Resuming request " + second);
			Set<String> before = rendered(firstLog, first);
			Set<String> after = rendered(secondLog, first);
			Set<String> twice = new HashSet<>(before);
			twice.retainAll(after);
			assertThat(twice).as("rendered in both runs: only what was in flight at the stop (2 threads)").hasSizeLessThanOrEqualTo(2);
			// one "Rendered" line per partition (the landscape video's partition also makes the audio description)
			assertThat(before.size() + after.size() - twice.size()).isEqualTo(Expected.partitionsPerRequest());
			assertThat(rendered(firstLog, second)).as("the waiting request did not start at the stop").isEmpty();
		}
	}

	private static String submit(StudioClient client, String name) throws Exception {
		HttpResponse<String> accepted = client.submit(form("programmeName", name, "language", "da", "contactEmail",
				"comms@programme.example", "logo", new FilePart("logo.png", "image/png", Fixtures.png(400, 200))));
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		return client.json(accepted.body()).get("id").asString();
	}

	private static Set<String> rendered(String log, String request) {
		Set<String> files = new HashSet<>();
		Matcher matcher = RENDERED.matcher(log);
		while (matcher.find()) {
			if (matcher.group(2).equals(request)) {
				files.add(matcher.group(1));
			}
		}
		return files;
	}

}
