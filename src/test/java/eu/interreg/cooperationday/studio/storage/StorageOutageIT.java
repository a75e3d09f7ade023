package eu.interreg.cooperationday.studio.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import eu.interreg.cooperationday.studio.support.Expected;
import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.StudioClient;
import eu.interreg.cooperationday.studio.support.StudioClient.FilePart;
import eu.interreg.cooperationday.studio.support.StudioProcess;
import eu.interreg.cooperationday.studio.support.TestStudio;

import static eu.interreg.cooperationday.studio.support.StudioClient.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The S3 endpoint (a separate S3Proxy, as MinIO would be) goes away for 10 s in the middle of a render and
 * comes back on the same files: the uploads wait and retry, the request ends DONE with every file, and each
 * object is listed once, whole.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StorageOutageIT {

	static final Path FILES;

	static final int PORT;

	static EmbeddedS3Server s3;

	static {
		try {
			FILES = Files.createTempDirectory("s3-outage");
			PORT = StudioProcess.freePort();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		s3 = new EmbeddedS3Server(FILES, PORT, "outage", "outage-secret-key");
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestStudio.embedded(registry);
		registry.add("studio.s3.endpoint", () -> "http://127.0.0.1:" + PORT);
		registry.add("studio.s3.access-key", () -> "outage");
		registry.add("studio.s3.secret-key", () -> "outage-secret-key");
		registry.add("studio.s3.retry-for", () -> "45s");
	}

	@AfterAll
	static void stop() throws Exception {
		s3.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	AssetStore store;

	@Test
	void anOutageInTheMiddleOfARenderCostsTimeNotTheRender() throws Exception {
		StudioClient client = new StudioClient(this.port);
		String id = client.json(client.submit(form("programmeName", "Interreg Central Europe", "language", "sl",
				"contactEmail", "comms@central.example", "logo", new FilePart("logo.png", "image/png", Fixtures.png(300, 150))))
			.body()).get("id").asString();
		await("some files stored").atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> client.json(client.get("/api/render-requests/" + id).body()).get("assets").size() >= 3);
		s3.close();
		int before = client.json(client.get("/api/render-requests/" + id).body()).get("assets").size();
		// the outage: the renders go on, their uploads fail and wait
		Thread.sleep(10_000);
		assertThat(client.json(client.get("/api/render-requests/" + id).body()).get("status").asString())
			.as("no render failed during the outage").isIn("RENDERING", "QUEUED");
		s3 = new EmbeddedS3Server(FILES, PORT, "outage", "outage-secret-key");

		JsonNode done = client.awaitFinished(id, Duration.ofSeconds(180));
		assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("DONE");
		assertThat(done.get("assets")).hasSize(Expected.filesPerRequest());
		assertThat(before).as("files were still to upload when the storage went").isLessThan(Expected.filesPerRequest());
		List<String> objects = this.store.list("renders/" + id + "/");
		assertThat(objects).hasSize(Expected.filesPerRequest()).doesNotHaveDuplicates();
		for (JsonNode asset : done.get("assets")) {
			byte[] bytes = client.download(asset.get("downloadUrl").asString()).body();
			assertThat((long) bytes.length).isEqualTo(asset.get("sizeBytes").asLong());
		}
	}

}
