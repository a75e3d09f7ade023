package eu.interreg.cooperationday.studio.web;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.StudioClient;
import eu.interreg.cooperationday.studio.support.StudioClient.FilePart;
import eu.interreg.cooperationday.studio.support.TestStudio;

import static eu.interreg.cooperationday.studio.support.StudioClient.form;

/**
 * The live preview benchmark: {@code ./mvnw -Pbench test -Dtest=PreviewBenchmark}. On a warm service (20
 * previews first), times 50 previews over HTTP one after another, as the form asks for them, alternating
 * a PNG and an SVG logo and one and two languages, and prints p50, p95 and the slowest to the console and
 * to {@code target/bench/preview-report.txt}. Target: p95 at most 300 ms. Prints figures; asserts nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PreviewBenchmark {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestStudio.embedded(registry);
	}

	@LocalServerPort
	int port;

	@Test
	void previewsOnAWarmService() throws Exception {
		StudioClient client = new StudioClient(this.port);
		List<Map<String, Object>> forms = List.of(
				form("programmeName", "Interreg VI-A Deutschland – Polen / Brandenburg – Polska 2021–2027", "language", "de",
						"logo", new FilePart("logo.png", "image/png", Fixtures.png(800, 400))),
				form("programmeName", "Interreg NEXT MED", "language", "ar", "secondLanguage", "fr", "programmeNameSecond",
						"Programme NEXT MED", "logo", new FilePart("logo.svg", "image/svg+xml", Fixtures.svg())),
				form("programmeName", "Interreg Deutschland-Nederland", "language", "de", "secondLanguage", "nl", "logo",
						new FilePart("logo.png", "image/png", Fixtures.png(1200, 600)), "eventTitle", "Grenzfest",
						"eventDate", "2026-09-21", "eventVenue", "Kleve"),
				form("programmeName", "Interreg Ελλάδα – Κύπρος", "language", "el", "logo",
						new FilePart("logo.svg", "image/svg+xml", Fixtures.svg())));
		for (int i = 0; i < 20; i++) {
			check(client.post("/api/previews", forms.get(i % forms.size())));
		}
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			long start = System.nanoTime();
			check(client.post("/api/previews", forms.get(i % forms.size())));
			millis.add((System.nanoTime() - start) / 1e6);
		}
		List<Double> sorted = millis.stream().sorted().toList();
		String report = String.format(Locale.ROOT,
				"Live preview, 540 x 540 PNG over HTTP, warm, 50 previews one at a time (%d cores):%n"
						+ "  p50 %.0f ms, p95 %.0f ms, slowest %.0f ms, mean %.0f ms (target: p95 <= 300 ms)%n",
				Runtime.getRuntime().availableProcessors(), percentile(sorted, 50), percentile(sorted, 95),
				sorted.get(sorted.size() - 1), millis.stream().mapToDouble(Double::doubleValue).average().orElse(0));
		System.out.print(report);
		Files.createDirectories(Path.of("target/bench"));
		Files.writeString(Path.of("target/bench/preview-report.txt"), report);
	}

	private static void check(HttpResponse<byte[]> response) {
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Preview answered " + response.statusCode() + ": " + new String(response.body()));
		}
	}

	/** The nearest-rank percentile. */
	private static double percentile(List<Double> sorted, int p) {
		int rank = (int) Math.ceil(p / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

}
