package eu.interreg.cooperationday.studio;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.StudioClient;
import eu.interreg.cooperationday.studio.support.StudioClient.FilePart;

import static eu.interreg.cooperationday.studio.support.StudioClient.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged jar needs nothing beside it: started with {@code java -jar} from an empty directory, with
 * no argument but its ports, it serves the form and renders a request with the brand kit and the video
 * templates it carries.
 */
class SelfContainedJarIT {

	@TempDir
	Path workingDirectory;

	@Test
	void theJarStartedFromAnEmptyDirectoryServesTheFormAndRenders() throws Exception {
		Path jar = packagedJar();
		int port = freePort();
		Path log = this.workingDirectory.resolve("studio.log");
		Process studio = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx768m", "-jar", jar.toString(), "--server.port=" + port, "--studio.s3.embedded-port=0")
			.directory(this.workingDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		try {
			StudioClient client = new StudioClient(port);
			await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> {
				assertThat(studio.isAlive()).as("the studio is running; its log:%n%s", tail(log)).isTrue();
				try {
					return client.get("/").statusCode() == 200;
				}
				catch (IOException ex) {
					return false;
				}
			});
			HttpResponse<String> page = client.get("/");
			assertThat(page.body()).contains("<form").contains("programmeName");

			Map<String, Object> fields = form("programmeName", "Interreg Grande Région", "language", "fr", "contactEmail",
					"comms@grande-region.example", "logo", new FilePart("logo.svg", "image/svg+xml", Fixtures.svg()),
					"assets", "posters,video");
			HttpResponse<String> accepted = client.submit(fields);
			assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
			String id = client.json(accepted.body()).get("id").asString();
			JsonNode status = client.awaitFinished(id, Duration.ofSeconds(240));
			assertThat(status.get("status").asString()).as(status.toString()).isEqualTo("DONE");
			List<String> kinds = status.get("assets").valueStream().map((a) -> a.get("kind").asString()).toList();
			assertThat(kinds).contains("poster", "video", "captions");
			for (JsonNode asset : status.get("assets")) {
				if (asset.get("kind").asString().equals("poster")) {
					byte[] pdf = client.download(asset.get("downloadUrl").asString()).body();
					assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
				}
			}
			assertThat(Files.readString(log)).contains("Using the bundled brand-assets")
				.contains("Using the bundled video-templates");
			assertThat(this.workingDirectory.resolve("brand-assets")).doesNotExist();
			assertThat(this.workingDirectory.resolve("data")).isDirectory();
		}
		finally {
			studio.destroy();
			if (!studio.waitFor(30, TimeUnit.SECONDS)) {
				studio.destroyForcibly();
			}
		}
	}

	/** The jar {@code package} made (failsafe runs after it), not the plain one Boot keeps beside it. */
	private static Path packagedJar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.map(Path::toAbsolutePath).filter((p) -> p.getFileName().toString().matches("studio-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No target/studio-*.jar: run through 'mvnw verify'"));
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String tail(Path log) throws IOException {
		if (!Files.exists(log)) {
			return "(none)";
		}
		List<String> lines = Files.readAllLines(log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

}
