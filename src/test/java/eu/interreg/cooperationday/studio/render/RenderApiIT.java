package eu.interreg.cooperationday.studio.render;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import eu.interreg.cooperationday.studio.support.Expected;
import eu.interreg.cooperationday.studio.storage.AssetStore;
import eu.interreg.cooperationday.studio.support.FlakyAssetRenderer;
import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.Mails;
import eu.interreg.cooperationday.studio.support.Mp4Probe;
import eu.interreg.cooperationday.studio.support.PdfText;
import eu.interreg.cooperationday.studio.support.StudioClient;
import eu.interreg.cooperationday.studio.support.StudioClient.FilePart;
import eu.interreg.cooperationday.studio.support.TestStudio;

import static eu.interreg.cooperationday.studio.support.StudioClient.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import eu.interreg.cooperationday.studio.render.internal.RenderLauncher;
import eu.interreg.cooperationday.studio.render.RenderRequests;

/**
 * The whole path over real HTTP against the real application: embedded S3 (S3Proxy) through the MinIO
 * client, H2, the Spring Batch job, and GreenMail as the SMTP server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FlakyAssetRenderer.Config.class)
class RenderApiIT {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestStudio.embedded(registry);
		TestStudio.smtp(registry, ServerSetupTest.SMTP);
		registry.add("studio.mail.first-retry", () -> "1s");
		registry.add("studio.mail.max-retry", () -> "2s");
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AssetStore store;

	@Autowired
	RenderLauncher launcher;

	@Autowired
	RenderRequests renders;

	@Autowired
	FlakyAssetRenderer renderer;

	StudioClient client() {
		return new StudioClient(this.port);
	}

	static Map<String, Object> validForm(String name, String language, FilePart logo) {
		return form("programmeName", name, "language", language, "contactEmail", "comms@programme.example",
				"logo", logo, "eventTitle", "Brückenfest", "eventDate", "2026-09-21", "eventVenue", "Frankfurt (Oder)",
				"eventUrl", "https://programme.example/cooperation-day");
	}

	@Test
	void aRequestBecomesStoredPostersAndAnEmailWithWorkingLinks() throws Exception {
		StudioClient client = client();
		String name = "Interreg VI-A Deutschland – Polen / Brandenburg & Polska <2021–2027>";
		HttpResponse<String> accepted = client.submit(validForm(name, "de",
				new FilePart("logo.svg", "image/svg+xml", Fixtures.svg())));
		Map<String, Object> otherForm = validForm("Interreg Euregio Meuse-Rhine", "nl",
				new FilePart("logo.png", "image/png", Fixtures.png(400, 200)));
		otherForm.remove("eventTitle");
		String other = client.json(client.submit(otherForm).body()).get("id").asString();
		assertThat(accepted.statusCode()).isEqualTo(202);
		JsonNode body = client.json(accepted.body());
		String id = body.get("id").asString();
		assertThat(body.get("status").asString()).isEqualTo("QUEUED");
		assertThat(accepted.headers().firstValue("Location")).hasValue("/api/render-requests/" + id);
		assertThat(body.get("statusUrl").asString()).endsWith("/api/render-requests/" + id);

		JsonNode status = client.awaitFinished(id, Duration.ofSeconds(90));
		assertThat(status.get("status").asString()).as(status.toString()).isEqualTo("DONE");
		assertThat(status.get("programmeName").asString()).isEqualTo(name);
		assertThat(status.get("language").asString()).isEqualTo("de");
		assertThat(status.get("error").isNull()).isTrue();
		List<String> formats = new ArrayList<>();
		for (JsonNode asset : status.get("assets")) {
			formats.add(asset.get("kind").asString() + "/" + asset.get("format").asString());
			checkAsset(client, asset, name);
		}
		List<String> expected = new ArrayList<>(List.of("poster/a4-print", "poster/a3-print", "social/square-1080",
				"social/story-1080x1920", "social/link-card-1200x630", "thumbnail/a4-print", "thumbnail/a3-print",
				"thumbnail/square-1080", "thumbnail/story-1080x1920", "thumbnail/link-card-1200x630",
				"video/landscape-1920x1080", "video/portrait-1080x1920", "video/square-1080x1080",
				"captions/landscape-1920x1080-vtt", "captions/portrait-1080x1920-vtt", "captions/square-1080x1080-vtt",
				"cover/landscape-1920x1080", "cover/portrait-1080x1920", "cover/square-1080x1080"));
		if (Expected.SPEAKS) {
			// espeak-ng speaks German: the audio-described video and its descriptions (CI installs it)
			expected.addAll(List.of("described/landscape-1920x1080", "descriptions/landscape-1920x1080-vtt"));
		}
		assertThat(formats).containsExactlyInAnyOrderElementsOf(expected);
		for (JsonNode asset : status.get("assets")) {
			// every file with a logo is measured: one emblem, at least as large as the other logos, the statement
			JsonNode visibility = asset.get("visibility");
			String file = asset.get("kind").asString() + "/" + asset.get("format").asString();
			if (asset.get("kind").asString().equals("captions") || asset.get("kind").asString().equals("descriptions")) {
				assertThat(visibility.isNull()).as(file).isTrue();
				continue;
			}
			assertThat(visibility.get("compliant").asBoolean()).as(file + ": " + visibility).isTrue();
			assertThat(visibility.get("rule").asString()).isEqualTo("eu-annex-ix");
			assertThat(visibility.get("emblems")).as(file).hasSize(1);
			assertThat(visibility.get("logos").valueStream().map((l) -> l.get("name").asString()))
				.as(file).contains("programme");
			assertThat(visibility.get("unit").asString()).isEqualTo(file.startsWith("poster/") ? "pt" : "px");
			assertThat(visibility.get("statement").asString()).as(file).contains("Kofinanziert von der Europäischen Union");
			assertThat(visibility.get("language").asString()).isEqualTo("de");
			assertThat(visibility.get("reasons")).isEmpty();
		}
		for (JsonNode asset : status.get("assets")) {
			String ext = switch (asset.get("contentType").asString()) {
				case "application/pdf" -> "pdf";
				case "video/mp4" -> "mp4";
				case "text/vtt" -> "vtt";
				default -> "png";
			};
			assertThat(this.store.stat("renders/" + id + "/" + asset.get("kind").asString() + "-"
					+ asset.get("format").asString() + "." + ext)).isNotNull();
		}

		JsonNode otherStatus = client.awaitFinished(other, Duration.ofSeconds(120));
		assertThat(otherStatus.get("status").asString()).isEqualTo("DONE");
		BufferedImage ours = posterFrame(client, status);
		BufferedImage theirs = posterFrame(client, otherStatus);
		assertThat(distinctColours(ours)).as("the name scene is not blank").isGreaterThan(50);
		assertThat(differingPixels(ours, theirs)).as("two programmes, two name scenes").isGreaterThan(2000);
		// the scenes the two share are kept for later renders, one generation (this template and brand kit)
		List<String> segments = this.store.list("video-segments/").stream().filter((key) -> !key.endsWith("/")).toList();
		assertThat(segments).as("kept video segments").hasSizeGreaterThanOrEqualTo(3 * 2)
			.allMatch((key) -> key.matches("video-segments/[0-9a-f]{16}/[0-9a-f]{64}\\.mp4"));
		assertThat(segments.stream().map((key) -> key.split("/")[1]).distinct()).hasSize(1);

		MimeMessage mail = awaitMailTo("comms@programme.example", id);
		assertThat(mail.getSubject()).contains("Interreg-Kooperationstag").contains(name);
		String text = decode(mail);
		String html = Mails.part(mail, "text/html");
		assertThat(html).contains("Brandenburg &amp; Polska &lt;2021–2027&gt;").doesNotContain("<2021")
			.doesNotContain("id=\"visibility\"");
		assertThat(StudioClient.links(html)).hasSize(Expected.filesPerRequest() + 5);
		List<String> links = StudioClient.links(decode(mail));
		assertThat(links).hasSize(Expected.filesPerRequest());
		HttpResponse<byte[]> pdf = client.download(links.stream()
			.filter((l) -> status.toString().contains(l))
			.findFirst()
			.orElseThrow());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(text).isNotBlank();
		// marked SENT once SMTP has taken it, which can be a moment after GreenMail holds it
		await().atMost(Duration.ofSeconds(10)).until(() -> this.jdbc
			.sql("select status from outbox_email where request_id = ?").param(id).query(String.class).single()
			.equals("SENT"));
	}

	private void checkAsset(StudioClient client, JsonNode asset, String name) throws Exception {
		String link = asset.get("downloadUrl").asString();
		assertThat(link).matches("http://localhost:\\d+/d/[A-Za-z0-9_-]{32}");
		HttpResponse<byte[]> file = client.download(link);
		assertThat(file.statusCode()).isEqualTo(200);
		byte[] bytes = file.body();
		assertThat(bytes.length).isEqualTo(asset.get("sizeBytes").asLong());
		assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
			.isEqualTo(asset.get("sha256").asString());
		String contentType = asset.get("contentType").asString();
		assertThat(file.headers().firstValue("Content-Type")).hasValue(contentType);
		String kind = asset.get("kind").asString();
		String format = asset.get("format").asString();
		if (kind.equals("poster")) {
			assertThat(contentType).isEqualTo("application/pdf");
			checkPdf(bytes, format.equals("a4-print") ? 210 : 297, format.equals("a4-print") ? 297 : 420, name);
		}
		else if (kind.equals("video") || kind.equals("described")) {
			assertThat(contentType).isEqualTo("video/mp4");
			Path mp4 = Files.createTempFile(Path.of("target"), "video-", ".mp4");
			try {
				Files.write(mp4, bytes);
				int[] size = frameSize(format);
				Mp4Probe.assertCampaignVideo(mp4, size[0], size[1], 450);
			}
			finally {
				Files.deleteIfExists(mp4);
			}
		}
		else if (kind.equals("descriptions")) {
			assertThat(contentType).isEqualTo("text/vtt");
			String vtt = new String(bytes, StandardCharsets.UTF_8);
			assertThat(vtt).startsWith("WEBVTT\n")
				.contains(name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
				.contains("Zusammenarbeit, die Grenzen überwindet");
		}
		else if (kind.equals("captions")) {
			assertThat(contentType).isEqualTo("text/vtt");
			String vtt = new String(bytes, StandardCharsets.UTF_8);
			assertThat(vtt).startsWith("WEBVTT\n").contains(name).contains("Zusammenarbeit, die Grenzen überwindet");
			assertThat(vtt.lines().filter((l) -> l.contains("-->")))
				.allMatch((l) -> l.matches("\\d{2}:\\d{2}:\\d{2}\\.\\d{3} --> \\d{2}:\\d{2}:\\d{2}\\.\\d{3}"))
				.last()
				.satisfies((l) -> assertThat(l).endsWith("00:00:15.000"));
		}
		else if (kind.equals("cover")) {
			assertThat(contentType).isEqualTo("image/png");
			int[] size = frameSize(format);
			var image = ImageIO.read(new ByteArrayInputStream(bytes));
			assertThat(image.getWidth()).isEqualTo(size[0]);
			assertThat(image.getHeight()).isEqualTo(size[1]);
		}
		else {
			assertThat(contentType).isEqualTo("image/png");
			var image = ImageIO.read(new ByteArrayInputStream(bytes));
			if (kind.equals("thumbnail")) {
				assertThat(image.getWidth()).isEqualTo(480);
			}
			else {
				String[] size = switch (format) {
					case "square-1080" -> new String[] { "1080", "1080" };
					case "story-1080x1920" -> new String[] { "1080", "1920" };
					default -> new String[] { "1200", "630" };
				};
				assertThat(image.getWidth()).isEqualTo(Integer.parseInt(size[0]));
				assertThat(image.getHeight()).isEqualTo(Integer.parseInt(size[1]));
			}
		}
	}

	private static int[] frameSize(String format) {
		return format.startsWith("landscape") ? new int[] { 1920, 1080 }
				: format.startsWith("portrait") ? new int[] { 1080, 1920 } : new int[] { 1080, 1080 };
	}

	private static BufferedImage posterFrame(StudioClient client, JsonNode status) throws Exception {
		for (JsonNode asset : status.get("assets")) {
			if (asset.get("kind").asString().equals("cover") && asset.get("format").asString().equals("landscape-1920x1080")) {
				return ImageIO.read(new ByteArrayInputStream(client.download(asset.get("downloadUrl").asString()).body()));
			}
		}
		throw new AssertionError("no poster frame in " + status);
	}

	private static long distinctColours(BufferedImage image) {
		java.util.Set<Integer> colours = new java.util.HashSet<>();
		for (int y = 0; y < image.getHeight(); y += 3) {
			for (int x = 0; x < image.getWidth(); x += 3) {
				colours.add(image.getRGB(x, y));
			}
		}
		return colours.size();
	}

	private static long differingPixels(BufferedImage a, BufferedImage b) {
		long n = 0;
		for (int y = 0; y < a.getHeight(); y += 2) {
			for (int x = 0; x < a.getWidth(); x += 2) {
				if (a.getRGB(x, y) != b.getRGB(x, y)) {
					n++;
				}
			}
		}
		return n;
	}

	private static void checkPdf(byte[] bytes, double widthMm, double heightMm, String name) throws Exception {
		float mm = 72f / 25.4f;
		try (PDDocument document = Loader.loadPDF(bytes)) {
			PDPage page = document.getPage(0);
			assertThat(page.getTrimBox().getWidth()).isCloseTo((float) widthMm * mm, org.assertj.core.data.Offset.offset(0.05f));
			assertThat(page.getTrimBox().getHeight()).isCloseTo((float) heightMm * mm, org.assertj.core.data.Offset.offset(0.05f));
			assertThat(page.getBleedBox().getHeight() - page.getTrimBox().getHeight()).isCloseTo(6 * mm, org.assertj.core.data.Offset.offset(0.05f));
			for (var fontName : page.getResources().getFontNames()) {
				PDFont font = page.getResources().getFont(fontName);
				assertThat(font.isEmbedded()).isTrue();
				assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSans.*");
			}
			String text = PdfText.of(document);
			assertThat(text).contains(name).contains("Zusammenarbeit, die Grenzen überwindet");
			assertThat(text).contains("21. September 2026").contains("Brückenfest");
		}
	}

	@Test
	void theFormSpeaksEnglishAndTheVisitorsLanguage() throws Exception {
		String polish = client().get("/?lang=pl").body();
		assertThat(polish).contains("Programme name").contains("Nazwa programu").contains("lang=\"pl\"");
		java.net.http.HttpResponse<String> german = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/"))
				.header("Accept-Language", "de-AT,de;q=0.9,en;q=0.5")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(german.body()).contains("Name des Programms").contains("<option value=\"de\" lang=\"de\" selected=\"selected\"");
		assertThat(client().get("/").body()).contains("Programme name")
			.as("no second language shown").doesNotContainPattern("class=\"local\"(?![^>]*hidden)");

		// what the form fetches to relabel itself when a language is chosen
		HttpResponse<String> french = client().get("/ui-text/fr");
		assertThat(french.statusCode()).isEqualTo(200);
		assertThat(client().json(french.body()).get("programme-name").asString()).isEqualTo("Nom du programme");
		assertThat(client().json(client().get("/ui-text/en").body()).isEmpty()).isTrue();
		HttpResponse<String> unknown = client().get("/ui-text/xx");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	void theApisAreDescribedWithTheirProblemShape() throws Exception {
		HttpResponse<String> docs = client().get("/v3/api-docs");
		assertThat(docs.statusCode()).isEqualTo(200);
		JsonNode api = client().json(docs.body());
		assertThat(api.get("paths").has("/api/render-requests")).isTrue();
		assertThat(api.get("paths").has("/api/render-requests/{id}")).isTrue();
		assertThat(api.get("paths").has("/api/bulk-renders")).isTrue();
		assertThat(api.get("components").get("schemas").get("Problem").get("properties").has("errors")).isTrue();
		assertThat(docs.body()).contains("application/problem+json");
		assertThat(client().get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
	}

	@Test
	void refusalsAreProblemJsonAndLeaveNothingBehind() throws Exception {
		StudioClient client = client();
		int rowsBefore = count();
		int objectsBefore = this.store.list("requests/").size();
		FilePart png = new FilePart("logo.png", "image/png", Fixtures.png(50, 50));

		assertProblem(client.submit(form("language", "en", "logo", png)), 400, "programmeName", "contactEmail");
		assertProblem(client.submit(validForm("Interreg", "xx", png)), 422, "language");
		assertProblem(client.submit(validForm("x".repeat(201), "en", png)), 422, "programmeName");
		Map<String, Object> badEmail = validForm("Interreg", "en", png);
		badEmail.put("contactEmail", "someone@");
		assertProblem(client.submit(badEmail), 422, "contactEmail");
		Map<String, Object> badUrl = validForm("Interreg", "en", png);
		badUrl.put("eventUrl", "javascript:alert(1)");
		assertProblem(client.submit(badUrl), 422, "eventUrl");
		Map<String, Object> badDate = validForm("Interreg", "en", png);
		badDate.put("eventDate", "next Monday");
		assertProblem(client.submit(badDate), 422, "eventDate");
		assertProblem(client.submit(validForm("Interreg", "en", new FilePart("logo.png", "image/png",
				"not an image".getBytes(StandardCharsets.UTF_8)))), 415, "logo");
		assertProblem(client.submit(validForm("Interreg", "en", new FilePart("logo.jpg", "image/jpeg",
				Fixtures.png(10, 10)))), 415, "logo");
		assertProblem(client.submit(validForm("Interreg", "en", new FilePart("logo.svg", "image/svg+xml",
				"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 1 1'><image href='https://example.org/a.png'/></svg>"
					.getBytes(StandardCharsets.UTF_8)))), 422, "logo");
		// an empty file part is no logo, as a browser sends it when no file was chosen: the form and the API
		// answer it alike
		assertProblem(client.submit(validForm("Interreg", "en", new FilePart("logo.png", "image/png", new byte[0]))),
				400, "logo");
		Map<String, Object> badAssets = validForm("Interreg", "en", png);
		badAssets.put("assets", "posters,films");
		HttpResponse<String> films = client.submit(badAssets);
		assertProblem(films, 422, "assets");
		assertThat(films.body()).contains("films");
		byte[] huge = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(Fixtures.png(10, 10), 0, huge, 0, 100);
		assertProblem(client.submit(validForm("Interreg", "en", new FilePart("logo.png", "image/png", huge))), 413,
				"logo");

		assertThat(count()).isEqualTo(rowsBefore);
		assertThat(this.store.list("requests/")).hasSize(objectsBefore);
	}

	@Test
	void theApiMakesOnlyTheMaterialAskedFor() throws Exception {
		StudioClient client = client();
		Map<String, Object> fields = validForm("Interreg Danube Region", "hu", new FilePart("logo.svg", "image/svg+xml", Fixtures.svg()));
		fields.put("assets", "social, posters");
		HttpResponse<String> accepted = client.submit(fields);
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String id = client.json(accepted.body()).get("id").asString();
		JsonNode status = client.awaitFinished(id, Duration.ofSeconds(120));
		assertThat(status.get("status").asString()).isEqualTo("DONE");
		List<String> made = status.get("assets").valueStream()
			.map((a) -> a.get("kind").asString() + "/" + a.get("format").asString()).sorted().toList();
		assertThat(made).containsExactlyInAnyOrder("poster/a4-print", "poster/a3-print", "social/square-1080",
				"social/story-1080x1920", "social/link-card-1200x630", "thumbnail/a4-print", "thumbnail/a3-print",
				"thumbnail/square-1080", "thumbnail/story-1080x1920", "thumbnail/link-card-1200x630");
		// the job had a partition for each of those files and for nothing else
		List<String> partitions = this.jdbc.sql("""
				select s.step_name from batch_step_execution s
				join batch_job_execution_params p on p.job_execution_id = s.job_execution_id
				where p.parameter_name = 'requestId' and p.parameter_value = ? and s.step_name like 'renderAsset:%'
				""").param(id).query(String.class).list();
		assertThat(partitions).hasSize(10)
			.allSatisfy((name) -> assertThat(name).matches("renderAsset:(poster|social|thumbnail)-.*"));
	}

	@Test
	void unknownRequestsAndLinksAre404AndATamperedPresignedUrlIsRefused() throws Exception {
		StudioClient client = client();
		HttpResponse<String> missing = client.get("/api/render-requests/" + UUID.randomUUID());
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(client.json(missing.body()).get("detail").asString()).contains("no render request");
		assertThat(client.get("/d/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").statusCode()).isEqualTo(404);

		String id = client.json(client.submit(validForm("Interreg Aurora", "sv",
				new FilePart("logo.jpg", "image/jpeg", Fixtures.jpeg(200, 100)))).body()).get("id").asString();
		JsonNode done = client.awaitFinished(id, Duration.ofSeconds(90));
		assertThat(done.get("status").asString()).isEqualTo("DONE");
		String link = done.get("assets").get(0).get("downloadUrl").asString();
		String presigned = client.get(link).headers().firstValue("Location").orElseThrow();
		String tampered = presigned.replace("renders/" + id, "renders/" + UUID.randomUUID());
		assertThat(client.getBytes(tampered).statusCode()).isEqualTo(403);
	}

	@Test
	void aRestartedRequestRendersOnlyWhatWasMissing() throws Exception {
		StudioClient client = client();
		String id = client.json(client.submit(validForm("Interreg Alpine Space " + FlakyAssetRenderer.MARKER, "fr",
				new FilePart("logo.png", "image/png", Fixtures.png(300, 100)))).body()).get("id").asString();
		JsonNode failed = client.awaitFinished(id, Duration.ofSeconds(90));
		assertThat(failed.get("status").asString()).isEqualTo("FAILED");
		assertThat(failed.get("error").asString()).contains("poster-a3-print").doesNotContain("Injected")
			.doesNotContain("/");
		assertThat(failed.get("assets")).hasSize(Expected.filesPerRequest() - 1);
		assertThat(this.renderer.renders(id)).isEqualTo(Expected.partitionsPerRequest());
		List<String> tokensBefore = new ArrayList<>();
		failed.get("assets").forEach((a) -> tokensBefore.add(a.get("downloadUrl").asString()));

		assertThat(this.renders.restart(id)).isTrue();
		JsonNode done = client.awaitFinished(id, Duration.ofSeconds(90));
		assertThat(done.get("status").asString()).isEqualTo("DONE");
		assertThat(done.get("assets")).hasSize(Expected.filesPerRequest());
		assertThat(this.renderer.renders(id)).as("only the missing A3 poster is rendered again")
			.isEqualTo(Expected.partitionsPerRequest() + 1);
		List<String> tokensAfter = new ArrayList<>();
		done.get("assets").forEach((a) -> tokensAfter.add(a.get("downloadUrl").asString()));
		assertThat(tokensAfter).containsAll(tokensBefore);
		assertThat(this.jdbc.sql("select count(*) from batch_job_execution e join batch_job_execution_params p "
				+ "on p.job_execution_id = e.job_execution_id where p.parameter_value = ?").param(id)
			.query(Integer.class).single()).as("a restart of the same job instance").isEqualTo(2);
	}

	@Test
	void aRenderThatCompletedJustBeforeAKillIsRecordedAtTheNextStart() throws Exception {
		StudioClient client = client();
		Map<String, Object> fields = validForm("Interreg Euregio Maas-Rhein", "nl",
				new FilePart("logo.svg", "image/svg+xml", Fixtures.svg()));
		fields.put("assets", "social");
		String id = client.json(client.submit(fields).body()).get("id").asString();
		JsonNode first = client.awaitFinished(id, Duration.ofSeconds(90));
		assertThat(first.get("status").asString()).isEqualTo("DONE");
		await().atMost(Duration.ofSeconds(30)).until(() -> "SENT".equals(this.jdbc
			.sql("select status from outbox_email where request_id = ?").param(id).query(String.class).single()));
		// what a kill -9 between the job's end and the request's leaves: the job COMPLETED in the job
		// repository, the request still RENDERING, no email
		this.jdbc.sql("update render_request set status = 'RENDERING' where id = ?").param(id).update();
		this.jdbc.sql("delete from outbox_email where request_id = ?").param(id).update();

		this.launcher.resumeInterrupted();
		JsonNode done = client.awaitFinished(id, Duration.ofSeconds(60));
		assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("DONE");
		assertThat(done.get("assets")).hasSize(first.get("assets").size());
		assertThat(this.jdbc.sql("select count(*) from outbox_email where request_id = ?").param(id)
			.query(Integer.class).single()).as("the email the request's end sends").isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from batch_job_execution e join batch_job_execution_params p "
				+ "on p.job_execution_id = e.job_execution_id where p.parameter_value = ?").param(id)
			.query(Integer.class).single()).as("nothing rendered again").isEqualTo(1);
	}

	@Test
	void aRepeatedRequestWithTheSameInputsReusesTheStoredAssets() throws Exception {
		StudioClient client = client();
		Map<String, Object> form = validForm("Interreg Grande Région – Großregion", "fr",
				new FilePart("logo.svg", "image/svg+xml", Fixtures.svg()));
		String first = client.json(client.submit(form).body()).get("id").asString();
		JsonNode firstDone = client.awaitFinished(first, Duration.ofSeconds(120));
		assertThat(firstDone.get("status").asString()).isEqualTo("DONE");
		String second = client.json(client.submit(form).body()).get("id").asString();
		JsonNode secondDone = client.awaitFinished(second, Duration.ofSeconds(120));
		assertThat(secondDone.get("status").asString()).isEqualTo("DONE");
		assertThat(this.renderer.renders(second)).as("nothing rendered again").isZero();
		Map<String, String> firstHashes = new java.util.HashMap<>();
		firstDone.get("assets").forEach((a) -> firstHashes.put(a.get("kind").asString() + a.get("format").asString(),
				a.get("sha256").asString()));
		secondDone.get("assets").forEach((a) -> {
			assertThat(a.get("sha256").asString()).isEqualTo(firstHashes.get(a.get("kind").asString() + a.get("format").asString()));
			assertThat(firstDone.toString()).doesNotContain(a.get("downloadUrl").asString());
		});
		JsonNode video = secondDone.get("assets").valueStream()
			.filter((a) -> a.get("kind").asString().equals("video"))
			.findFirst()
			.orElseThrow();
		byte[] copied = client.download(video.get("downloadUrl").asString()).body();
		assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(copied)))
			.isEqualTo(video.get("sha256").asString());
	}

	@Test
	void anEmailWaitsInTheOutboxWhileSmtpIsDownAndIsSentOnceWhenItReturns() throws Exception {
		StudioClient client = client();
		smtp.stop();
		String id;
		try {
			id = client.json(client.submit(validForm("Interreg Euro-MED", "it",
					new FilePart("logo.svg", "image/svg+xml", Fixtures.svg()))).body()).get("id").asString();
			assertThat(client.awaitFinished(id, Duration.ofSeconds(90)).get("status").asString()).isEqualTo("DONE");
			String requestId = id;
			// a failed attempt leaves the message queued again, with its error and a later next attempt
			await().atMost(Duration.ofSeconds(20)).until(() -> this.jdbc
				.sql("select count(*) from outbox_email where request_id = ? and status = 'PENDING' and attempts >= 1 "
						+ "and last_error is not null")
				.param(requestId)
				.query(Integer.class)
				.single() == 1);
			assertThat(this.jdbc.sql("select status from outbox_email where request_id = ?").param(id)
				.query(String.class).single()).isIn("PENDING", "SENDING");
		}
		finally {
			smtp.start();
		}
		MimeMessage mail = awaitMailTo("comms@programme.example", id);
		assertThat(mail.getSubject()).contains("Giornata della cooperazione Interreg");
		await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> mailsAbout(id) == 1);
		assertThat(this.jdbc.sql("select status from outbox_email where request_id = ?").param(id)
			.query(String.class).single()).isEqualTo("SENT");
	}

	private int count() {
		return this.jdbc.sql("select count(*) from render_request").query(Integer.class).single();
	}

	private static void assertProblem(HttpResponse<String> response, int status, String... fields) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = new tools.jackson.databind.ObjectMapper().readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("detail").asString()).isNotBlank().doesNotContain("Exception");
		List<String> named = new ArrayList<>();
		problem.get("errors").forEach((e) -> {
			named.add(e.get("field").asString());
			assertThat(e.get("reason").asString()).isNotBlank();
		});
		assertThat(named).contains(fields);
	}

	private MimeMessage awaitMailTo(String recipient, String requestId) {
		return await().atMost(Duration.ofSeconds(30)).until(() -> {
			for (MimeMessage message : smtp.getReceivedMessagesForDomain(recipient)) {
				if (decode(message).contains(requestLinkMarker(requestId))) {
					return message;
				}
			}
			return null;
		}, (m) -> m != null);
	}

	private long mailsAbout(String requestId) throws Exception {
		long n = 0;
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (decode(message).contains(requestLinkMarker(requestId))) {
				n++;
			}
		}
		return n;
	}

	/** Emails carry only opaque links; the request is recognised by the links its assets have. */
	private String requestLinkMarker(String requestId) {
		return this.jdbc.sql("select download_token from asset where request_id = ? order by download_token")
			.param(requestId)
			.query(String.class)
			.list()
			.get(0);
	}

	/** The plain-text part of an email, decoded. */
	private static String decode(MimeMessage message) throws Exception {
		return Mails.part(message, "text/plain");
	}

}
