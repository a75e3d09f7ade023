package eu.interreg.cooperationday.studio.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.messages.Item;
import org.awaitility.Awaitility;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A render farm of real processes on this machine: the packaged jar as manager (with the embedded S3
 * endpoint, which the workers use), as workers, or in the local mode, all on the PostgreSQL server named
 * by {@code STUDIO_IT_POSTGRES_URL} (with {@code _USER} and {@code _PASSWORD}; {@code .ci/run} sets them)
 * and Debian's RabbitMQ on localhost:5672 ({@code .ci/run} starts it). Each rig has a queue of its own.
 */
public final class FarmRig implements AutoCloseable {

	public static final String STAFF_USER = "farm-staff";

	public static final String STAFF_PASSWORD = "farm staff password";

	private static final String BROKER_HOST = "127.0.0.1";

	private static final int BROKER_PORT = 5672;

	private final Path root;

	private final String url = System.getenv("STUDIO_IT_POSTGRES_URL");

	private final String user = System.getenv().getOrDefault("STUDIO_IT_POSTGRES_USER", "studio");

	private final String password = System.getenv().getOrDefault("STUDIO_IT_POSTGRES_PASSWORD", "studio");

	private final String queue = "studio.render.it-" + UUID.randomUUID().toString().substring(0, 8);

	private final int s3Port;

	private final List<StudioProcess> processes = new ArrayList<>();

	private final JdbcClient jdbc;

	public FarmRig(Path root) throws IOException {
		this.root = root;
		this.s3Port = StudioProcess.freePort();
		this.jdbc = JdbcClient.create(new DriverManagerDataSource(this.url, this.user, this.password));
	}

	/**
	 * Disables a test class that needs a farm where PostgreSQL or RabbitMQ is absent, with the reason
	 * (in the report, and on standard error so a reader of the build log sees it).
	 */
	public static final class Required implements org.junit.jupiter.api.extension.ExecutionCondition {

		@Override
		public org.junit.jupiter.api.extension.ConditionEvaluationResult evaluateExecutionCondition(
				org.junit.jupiter.api.extension.ExtensionContext context) {
			Optional<String> reason = unavailable();
			if (reason.isEmpty()) {
				return org.junit.jupiter.api.extension.ConditionEvaluationResult.enabled("PostgreSQL and RabbitMQ are here");
			}
			System.err.println(context.getDisplayName() + " skipped: " + reason.get());
			return org.junit.jupiter.api.extension.ConditionEvaluationResult.disabled(reason.get());
		}

	}

	/** Why a farm cannot be run here, or empty when it can. */
	public static Optional<String> unavailable() {
		String url = System.getenv("STUDIO_IT_POSTGRES_URL");
		if (url == null || url.isBlank()) {
			return Optional.of("A render farm shares a PostgreSQL database: set STUDIO_IT_POSTGRES_URL (.ci/run does)");
		}
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(BROKER_HOST, BROKER_PORT), 1000);
		}
		catch (IOException ex) {
			return Optional.of("No RabbitMQ on " + BROKER_HOST + ":" + BROKER_PORT
					+ " (apt-get install rabbitmq-server; rabbitmq-server -detached; .ci/run does both)");
		}
		return Optional.empty();
	}

	/** The manager: web, API and jobs; partitions go to the queue; the embedded S3 endpoint for all. */
	public StudioProcess manager(String... extra) throws IOException {
		return studio("manager", "640m", extra);
	}

	/** A worker rendering {@code threads} partitions at once, listed under {@code name}. */
	public StudioProcess worker(String name, int threads, String... extra) throws IOException {
		return start(name, "512m", List.of("--studio.render.mode=worker", "--studio.render.worker-name=" + name,
				"--studio.render.threads=" + threads, "--studio.render.heartbeat=1s",
				"--studio.s3.endpoint=http://127.0.0.1:" + this.s3Port), extra);
	}

	/** The studio in the local mode on the same database (for comparison in the benchmark). */
	public StudioProcess local(String... extra) throws IOException {
		return studio("local", "768m", extra);
	}

	/** The process that takes requests ({@code mode} local or manager), with the S3 endpoint and staff. */
	private StudioProcess studio(String mode, String heap, String... extra) throws IOException {
		return start(mode, heap, List.of("--studio.render.mode=" + mode, "--studio.s3.embedded-port=" + this.s3Port,
				"--studio.staff.username=" + STAFF_USER, "--studio.staff.password=" + STAFF_PASSWORD), extra);
	}

	private StudioProcess start(String name, String heap, List<String> own, String... extra) throws IOException {
		List<String> arguments = new ArrayList<>(common(name));
		arguments.addAll(own);
		arguments.addAll(List.of(extra));
		StudioProcess process = StudioProcess.start(name, this.root.resolve(name), heap, arguments);
		this.processes.add(process);
		return process;
	}

	private List<String> common(String name) {
		return List.of("--spring.datasource.url=" + this.url, "--spring.datasource.username=" + this.user,
				"--spring.datasource.password=" + this.password, "--spring.rabbitmq.host=" + BROKER_HOST,
				"--spring.rabbitmq.port=" + BROKER_PORT, "--studio.render.queue=" + this.queue,
				"--studio.data-dir=" + this.root.resolve(name).resolve("data"));
	}

	/** Waits until a worker is up and its consumers are on the queue. */
	public StudioProcess awaitConsuming(StudioProcess worker) {
		worker.awaitUp("/actuator/health", Duration.ofSeconds(120));
		Awaitility.await(worker.name() + " consuming").atMost(Duration.ofSeconds(30)).until(() -> {
			return worker.log().contains("takes partitions from " + this.queue);
		});
		return worker;
	}

	public JdbcClient jdbc() {
		return this.jdbc;
	}

	/** The keys stored under {@code prefix} in the farm's bucket. */
	public List<String> objects(String prefix) throws Exception {
		MinioClient s3 = MinioClient.builder()
			.endpoint("http://127.0.0.1:" + this.s3Port)
			.credentials("studio", "studio-secret-key")
			.region("us-east-1")
			.build();
		List<String> keys = new ArrayList<>();
		for (Result<Item> item : s3.listObjects(
				ListObjectsArgs.builder().bucket("cooperation-day").prefix(prefix).recursive(true).build())) {
			keys.add(item.get().objectName());
		}
		return keys;
	}

	/** Stops every process still running and deletes the rig's queue. */
	@Override
	public void close() throws InterruptedException {
		for (StudioProcess process : this.processes) {
			process.close();
		}
		CachingConnectionFactory connections = new CachingConnectionFactory(BROKER_HOST, BROKER_PORT);
		try {
			new RabbitAdmin(connections).deleteQueue(this.queue);
		}
		catch (RuntimeException ex) {
			// the broker went away with the test; nothing to clean
		}
		finally {
			connections.destroy();
		}
	}

}
