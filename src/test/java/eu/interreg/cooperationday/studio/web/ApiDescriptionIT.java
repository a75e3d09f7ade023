package eu.interreg.cooperationday.studio.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import eu.interreg.cooperationday.client.ApiClient;
import eu.interreg.cooperationday.client.api.RenderRequestControllerApi;
import eu.interreg.cooperationday.client.model.Accepted;
import eu.interreg.cooperationday.client.model.AssetLink;
import eu.interreg.cooperationday.client.model.RequestStatus;
import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.StudioClient;
import eu.interreg.cooperationday.studio.support.TestStudio;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served OpenAPI document says what the API does: every operation has a summary, a submission
 * answers 202 with Location (not the 200 springdoc would infer), a download link 302, each refusal the
 * operation can give is listed with the problem+json schema, and the staff operations need the staff
 * scheme (HTTP Basic) while the public ones need none.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDescriptionIT {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestStudio.embedded(registry);
	}

	@LocalServerPort
	int port;

	/**
	 * Redocly's linter ({@code @redocly/cli}, its recommended rules) finds no error in the served document;
	 * it runs where {@code STUDIO_IT_REDOCLY} names its command ({@code .ci/run} installs it from npm).
	 * Its warnings are printed: the document has no licence (the studio names none yet), its server is the
	 * test's localhost, and the download link answers 302, not 2xx, because that is the truth.
	 */
	@Test
	void redoclyFindsNoErrorInTheDescription() throws Exception {
		String redocly = System.getenv().getOrDefault("STUDIO_IT_REDOCLY", "");
		Assumptions.assumeTrue(!redocly.isBlank() && Files.isExecutable(Path.of(redocly)),
				"Redocly's CLI is not installed (npm install @redocly/cli; STUDIO_IT_REDOCLY names its command)");
		StudioClient client = new StudioClient(this.port);
		Path document = Files.createTempFile("api-docs", ".json");
		try {
			Files.writeString(document, client.get("/v3/api-docs").body());
			Process lint = new ProcessBuilder(redocly, "lint", "--format=stylish", document.toString())
				.redirectErrorStream(true)
				.start();
			String report = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(lint.waitFor(120, TimeUnit.SECONDS)).isTrue();
			System.out.println("redocly lint /v3/api-docs:\n" + report);
			List<String> errors = report.lines().filter((line) -> line.matches("\\s*\\d+:\\d+\\s+error\\s.*")).toList();
			assertThat(errors).as(report).isEmpty();
			assertThat(lint.exitValue()).as(report).isZero();
		}
		finally {
			Files.deleteIfExists(document);
		}
	}

	/**
	 * The client OpenAPI Generator made at build time from the kept description (see the pom) asks for a
	 * French programme's social images, follows the request to DONE and downloads a file: the description
	 * is true enough for a client made from it to work. The kept description is the served one.
	 */
	@Test
	void aClientGeneratedFromTheDescriptionRendersARequest() throws Exception {
		StudioClient client = new StudioClient(this.port);
		JsonNode served = client.json(client.get("/v3/api-docs").body());
		((tools.jackson.databind.node.ObjectNode) served).remove("servers");
		Path kept = Path.of("src/test/resources/openapi/studio-api.json");
		if (!served.equals(client.json(Files.readString(kept)))) {
			Path now = Path.of("target/studio-api.json");
			Files.writeString(now, served.toPrettyString());
			throw new AssertionError("The served OpenAPI document is not the one the client was generated from: "
					+ "review " + now + " and copy it to " + kept);
		}
		ApiClient api = new ApiClient();
		api.setBasePath("http://localhost:" + this.port);
		RenderRequestControllerApi requests = new RenderRequestControllerApi(api);
		Path logo = Files.createTempFile("logo", ".svg");
		try {
			Files.write(logo, Fixtures.svg());
			Accepted accepted = requests.submit(logo.toFile(), "Interreg France-Wallonie-Vlaanderen", "fr",
					"comms@fwvl.example", "Fête de la coopération", "2026-09-21", "Grand-Place", null, "Lille", "FR", null,
					null, null, List.of("social"));
			assertThat(accepted.getStatus()).isEqualTo("QUEUED");
			RequestStatus done = Awaitility.await()
				.atMost(Duration.ofSeconds(120))
				.pollInterval(Duration.ofSeconds(1))
				.until(() -> requests.status(accepted.getId()), (s) -> !s.getStatus().equals("QUEUED")
						&& !s.getStatus().equals("RENDERING") && !s.getStatus().equals("AWAITING_CONFIRMATION"));
			assertThat(done.getStatus()).as(done.toString()).isEqualTo("DONE");
			assertThat(done.getAssets()).extracting(AssetLink::getKind).contains("social", "thumbnail");
			AssetLink square = done.getAssets().stream()
				.filter((a) -> a.getFormat().equals("square-1080"))
				.filter((a) -> a.getKind().equals("social"))
				.findFirst()
				.orElseThrow();
			assertThat(square.getVisibility().getCompliant()).isTrue();
			assertThat(client.download(square.getDownloadUrl()).statusCode()).isEqualTo(200);
			// its campaign kit: the zip, the posts, the calendar and the French guide, in French
			assertThat(done.getKit()).extracting(eu.interreg.cooperationday.client.model.KitLink::getName)
				.containsExactly("campaign-kit.zip", "posts.md", "posts.csv", "posting-calendar.ics", "guide-fr.pdf");
			eu.interreg.cooperationday.client.model.KitLink guide = done.getKit().get(4);
			assertThat(guide.getLanguage()).isEqualTo("fr");
			assertThat(guide.getContentType()).isEqualTo("application/pdf");
			java.net.http.HttpResponse<byte[]> pdf = client.getBytes(guide.getUrl());
			assertThat(pdf.statusCode()).isEqualTo(200);
			assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		}
		finally {
			Files.deleteIfExists(logo);
		}
	}

	@Test
	void theDescriptionIsTrue() throws Exception {
		StudioClient client = new StudioClient(this.port);
		JsonNode docs = client.json(client.get("/v3/api-docs").body());
		JsonNode paths = docs.get("paths");
		List<String> withoutSummary = new ArrayList<>();
		List<String> refusalsWithoutProblem = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				String name = operation.getKey() + " " + path.getKey();
				JsonNode summary = operation.getValue().get("summary");
				if (summary == null || summary.asString().isBlank()) {
					withoutSummary.add(name);
				}
				for (Map.Entry<String, JsonNode> response : operation.getValue().get("responses").properties()) {
					if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
						JsonNode content = response.getValue().path("content").path("application/problem+json");
						if (!content.path("schema").path("$ref").asString().equals("#/components/schemas/Problem")) {
							refusalsWithoutProblem.add(name + " " + response.getKey());
						}
					}
				}
			}
		}
		assertThat(withoutSummary).isEmpty();
		assertThat(refusalsWithoutProblem).isEmpty();

		JsonNode submit = paths.path("/api/render-requests").path("post");
		assertThat(names(submit.get("responses"))).contains("202", "400", "413", "415", "422", "429", "503")
			.doesNotContain("200");
		assertThat(submit.path("responses").path("202").path("headers").has("Location")).isTrue();
		JsonNode form = submit.path("requestBody").path("content").path("multipart/form-data").path("schema");
		assertThat(names(form.path("properties"))).contains("programmeName", "language", "contactEmail", "logo",
				"eventDate", "assets");
		assertThat(form.path("required").toString()).contains("programmeName", "language", "contactEmail", "logo");
		assertThat(submit.path("parameters").toString()).as("fields are form parts, not query parameters")
			.doesNotContain("\"in\":\"query\"");
		assertThat(submit.has("security")).as("the public API needs no credentials").isFalse();

		JsonNode download = paths.path("/d/{token}").path("get");
		assertThat(names(download.get("responses"))).contains("302", "404", "429").doesNotContain("200");
		assertThat(names(paths.path("/api/render-requests/{id}").path("get").get("responses"))).contains("200", "404");

		for (String staff : List.of("/api/bulk-renders", "/api/bulk-renders/{id}", "/api/stats")) {
			JsonNode operation = paths.path(staff).properties().iterator().next().getValue();
			assertThat(operation.path("security").toString()).as(staff).contains("\"staff\"");
			assertThat(names(operation.get("responses"))).as(staff).contains("401");
		}
		assertThat(names(paths.path("/api/bulk-renders").path("post").get("responses"))).contains("202").doesNotContain("200");
		JsonNode scheme = docs.path("components").path("securitySchemes").path("staff");
		assertThat(scheme.path("type").asString()).isEqualTo("http");
		assertThat(scheme.path("scheme").asString()).isEqualTo("basic");
	}

	@Test
	void pagesTravelCompressedAndEveryPageHasAnIcon() throws Exception {
		java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
		java.net.http.HttpResponse<byte[]> page = http.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/"))
			.header("Accept-Encoding", "gzip")
			.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
		String html = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(page.body())).readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html).contains("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon.svg\">")
			.contains("<meta name=\"description\"");
		StudioClient client = new StudioClient(this.port);
		for (String icon : List.of("/favicon.ico", "/favicon.svg")) {
			java.net.http.HttpResponse<String> answer = client.get(icon);
			assertThat(answer.statusCode()).as(icon).isEqualTo(200);
			assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
			assertThat(answer.body()).startsWith("<svg");
		}
	}

	private static List<String> names(JsonNode object) {
		List<String> names = new ArrayList<>();
		object.properties().forEach((entry) -> names.add(entry.getKey()));
		return names;
	}

}
