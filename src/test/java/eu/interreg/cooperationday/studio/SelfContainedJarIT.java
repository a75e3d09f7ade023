package eu.interreg.cooperationday.studio;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.StudioClient;
import eu.interreg.cooperationday.studio.support.StudioClient.FilePart;
import eu.interreg.cooperationday.studio.support.StudioProcess;

import static eu.interreg.cooperationday.studio.support.StudioClient.form;
import static org.assertj.core.api.Assertions.assertThat;

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
		try (StudioProcess studio = StudioProcess.start("studio", this.workingDirectory, "768m",
				List.of("--studio.s3.embedded-port=0"))) {
			StudioClient client = new StudioClient(studio.port());
			studio.awaitUp("/", Duration.ofSeconds(120));
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
			assertThat(studio.log()).contains("Using the bundled brand-assets")
				.contains("Using the bundled video-templates");
			assertThat(this.workingDirectory.resolve("brand-assets")).doesNotExist();
			assertThat(this.workingDirectory.resolve("data")).isDirectory();
		}
	}

}
