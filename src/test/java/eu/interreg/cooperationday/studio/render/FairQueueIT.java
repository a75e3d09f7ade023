package eu.interreg.cooperationday.studio.render;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.StudioClient;
import eu.interreg.cooperationday.studio.support.StudioClient.FilePart;
import eu.interreg.cooperationday.studio.support.TestStudio;

import static eu.interreg.cooperationday.studio.support.StudioClient.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Many asking at once: a programme using the form is not stuck behind a staff bulk; past the public
 * backlog a submission gets 503 with Retry-After and nothing is stored; and a flood of 500 submissions
 * from one address (behind the trusted proxy) gets 429 for all but the allowed 20, while the form stays
 * quick for everyone else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FairQueueIT {

	static final String STAFF = "staff-fair";

	static final String PASSWORD = "fair-pass-1";

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestStudio.embedded(registry);
		registry.add("studio.render.concurrent-requests", () -> 1);
		registry.add("studio.render.max-public-backlog", () -> 3);
		registry.add("studio.rate-limits.submissions", () -> 20);
		registry.add("studio.rate-limits.trusted-proxies", () -> "127.0.0.1");
		registry.add("studio.shutdown-grace", () -> "1s");
		registry.add("studio.staff.username", () -> STAFF);
		registry.add("studio.staff.password", () -> PASSWORD);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	@Order(3)
	void aFormRequestStartsBeforeTheRestOfABulk() throws Exception {
		StudioClient client = new StudioClient(this.port);
		StringBuilder csv = new StringBuilder(String.join(",", eu.interreg.cooperationday.studio.programme.BulkImport.HEADER))
			.append('\n');
		for (int i = 1; i <= 4; i++) {
			csv.append("B").append(i).append(",Interreg Bulk ").append(i).append(",de,bulk@programme.example,logo.png,,,,\n");
		}
		HttpResponse<String> bulk = client.bulk(csv.toString().getBytes(StandardCharsets.UTF_8),
				Fixtures.zip(Map.of("logo.png", Fixtures.png(200, 100))), STAFF, PASSWORD);
		assertThat(bulk.statusCode()).as(bulk.body()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(30)).until(() -> count("bulk_id is not null and status = 'RENDERING'") == 1);

		HttpResponse<String> accepted = client.submit(form("programmeName", "Interreg Alpine Space", "language", "en",
				"contactEmail", "comms@alpine.example", "logo", new FilePart("logo.png", "image/png", Fixtures.png(80, 40)),
				"assets", "social"));
		String id = client.json(accepted.body()).get("id").asString();
		JsonNode done = client.awaitFinished(id, Duration.ofSeconds(120));
		assertThat(done.get("status").asString()).isEqualTo("DONE");
		assertThat(count("bulk_id is not null and status = 'QUEUED'"))
			.as("bulk rows still waiting when the form's request is done").isGreaterThanOrEqualTo(2);
	}

	@Test
	@Order(2)
	void pastThePublicBacklogASubmissionGets503AndNothingIsStored() throws Exception {
		Timestamp now = Timestamp.from(Instant.now());
		for (int i = 0; i < 3; i++) {
			this.jdbc.sql("""
					insert into render_request (id, programme_name, language, contact_email, logo_format, logo_key,
					    logo_original_key, status, created_at, updated_at)
					values (?, 'Waiting', 'en', 'w@programme.example', 'PNG', 'k', 'k', 'QUEUED', ?, ?)
					""").params("waiting-" + i, now, now).update();
		}
		try {
			long before = count("1 = 1");
			HttpResponse<String> busy = new StudioClient(this.port).submit(form("programmeName", "Interreg Euro-MED",
					"language", "en", "contactEmail", "comms@euromed.example", "logo",
					new FilePart("logo.png", "image/png", Fixtures.png(80, 40))));
			assertThat(busy.statusCode()).isEqualTo(503);
			assertThat(busy.headers().firstValue("Retry-After")).hasValue("120");
			assertThat(busy.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
			assertThat(busy.body()).contains("requests are waiting");
			assertThat(count("1 = 1")).isEqualTo(before);
		}
		finally {
			this.jdbc.sql("delete from render_request where id like 'waiting-%'").update();
		}
	}

	@Test
	@Order(1)
	void aFloodFromOneAddressIsRefusedAndTheFormStaysQuick() throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		String boundary = "flood";
		byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"programmeName\"\r\n\r\nFlood\r\n--"
				+ boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpRequest flood = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/render-requests"))
			.header("X-Forwarded-For", "198.51.100.7")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		HttpClient visitor = HttpClient.newHttpClient();
		HttpRequest page = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/")).build();
		for (int i = 0; i < 5; i++) {
			visitor.send(page, HttpResponse.BodyHandlers.ofString()); // a warm service
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
		List<Double> formMillis = Collections.synchronizedList(new ArrayList<>());
		long started = System.nanoTime();
		try {
			List<Future<?>> sent = new ArrayList<>();
			for (int i = 0; i < 500; i++) {
				sent.add(pool.submit(() -> {
					statuses.add(http.send(flood, HttpResponse.BodyHandlers.discarding()).statusCode());
					return null;
				}));
			}
			// meanwhile someone else opens the form, every 20 ms
			while (sent.stream().anyMatch((f) -> !f.isDone())) {
				long t = System.nanoTime();
				assertThat(visitor.send(page, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
				formMillis.add((System.nanoTime() - t) / 1e6);
				Thread.sleep(20);
			}
			for (Future<?> future : sent) {
				future.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertThat(took).as("500 submissions").isLessThan(Duration.ofMinutes(1));
		assertThat(statuses).hasSize(500);
		assertThat(statuses.stream().filter((s) -> s == 429).count()).isEqualTo(480);
		assertThat(statuses.stream().filter((s) -> s == 400).count()).as("the allowed 20 were read (and refused as incomplete)")
			.isEqualTo(20);
		List<Double> sorted = formMillis.stream().sorted().toList();
		assertThat(sorted).isNotEmpty();
		double p95 = sorted.get(Math.max(0, (int) Math.ceil(0.95 * sorted.size()) - 1));
		System.out.printf("Flood: 500 submissions in %d ms; the form answered %d times, p95 %.0f ms%n", took.toMillis(),
				sorted.size(), p95);
		assertThat(p95).as("form p95 during the flood, ms").isLessThan(500);
	}

	private long count(String where) {
		return this.jdbc.sql("select count(*) from render_request where " + where).query(Long.class).single();
	}

}
