package eu.interreg.cooperationday.studio.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.awaitility.Awaitility;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar run as a process of its own ({@code java -jar}), as an operator runs it: its
 * working directory, its log file, its port; stopped with SIGTERM or killed with SIGKILL.
 */
public final class StudioProcess implements AutoCloseable {

	private final String name;

	private final Process process;

	private final Path log;

	private final int port;

	private StudioProcess(String name, Process process, Path log, int port) {
		this.name = name;
		this.process = process;
		this.log = log;
		this.port = port;
	}

	/**
	 * Starts the jar in {@code directory} (created) on a free port, with these arguments after
	 * {@code --server.port}; {@code heap} like {@code 512m}.
	 */
	public static StudioProcess start(String name, Path directory, String heap, List<String> arguments)
			throws IOException {
		Files.createDirectories(directory);
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", "-jar", packagedJar().toString(), "--server.port=" + port));
		command.addAll(arguments);
		Path log = directory.resolve(name + ".log");
		Process process = new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		return new StudioProcess(name, process, log, port);
	}

	public String name() {
		return this.name;
	}

	public int port() {
		return this.port;
	}

	public boolean alive() {
		return this.process.isAlive();
	}

	/** CPU time the process has used so far (all its threads), or zero when the platform does not say. */
	public Duration cpu() {
		return this.process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
	}

	/**
	 * CPU time of each live thread of the process, in clock ticks of 10 ms, by thread id, with its name
	 * (Linux's /proc; empty elsewhere). Threads that have ended are not listed: their time is only in
	 * {@link #cpu()}.
	 */
	public Map<Long, ThreadCpu> cpuByThread() {
		Map<Long, ThreadCpu> threads = new HashMap<>();
		Path tasks = Path.of("/proc", Long.toString(this.process.pid()), "task");
		try (Stream<Path> list = Files.list(tasks)) {
			for (Path task : list.toList()) {
				String stat;
				try {
					stat = Files.readString(task.resolve("stat"));
				}
				catch (IOException ex) {
					continue; // the thread ended meanwhile
				}
				// "tid (name) state ..." where the name may hold spaces and parentheses; utime and stime are
				// the 14th and 15th fields
				int open = stat.indexOf('(');
				int close = stat.lastIndexOf(')');
				String[] fields = stat.substring(close + 2).split(" ");
				long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
				threads.put(Long.parseLong(task.getFileName().toString()),
						new ThreadCpu(stat.substring(open + 1, close), ticks));
			}
		}
		catch (IOException ex) {
			return Map.of();
		}
		return threads;
	}

	/** A thread's name and the clock ticks (10 ms) it has run. */
	public record ThreadCpu(String name, long ticks) {
	}

	/** Waits until {@code path} answers 200 (the process must stay alive meanwhile). */
	public StudioProcess awaitUp(String path, Duration timeout) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		Awaitility.await(this.name + " answering " + path)
			.atMost(timeout)
			.pollInterval(Duration.ofMillis(500))
			.until(() -> {
				assertThat(this.process.isAlive()).as("%s is running; its log:%n%s", this.name, tail()).isTrue();
				try {
					return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
							HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
				}
				catch (IOException ex) {
					return false;
				}
			});
		return this;
	}

	/** Waits until the process has ended by itself; whether it did within {@code timeout}. */
	public boolean awaitExit(Duration timeout) throws InterruptedException {
		return this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** The exit status of a process that has ended. */
	public int exitCode() {
		return this.process.exitValue();
	}

	/** SIGKILL: no shutdown hook, no acknowledgement, connections cut. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(30, TimeUnit.SECONDS);
	}

	/** SIGTERM, then SIGKILL if it has not stopped after {@code grace}. */
	public void stop(Duration grace) throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
			kill();
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			stop(Duration.ofSeconds(30));
		}
	}

	/** The last 60 lines of its log. */
	public String tail() throws IOException {
		if (!Files.exists(this.log)) {
			return "(no log)";
		}
		List<String> lines = Files.readAllLines(this.log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
	}

	public String log() throws IOException {
		return Files.exists(this.log) ? Files.readString(this.log) : "";
	}

	/** The jar {@code package} made (failsafe runs after it), not the plain one Boot keeps beside it. */
	public static Path packagedJar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.map(Path::toAbsolutePath)
				.filter((p) -> p.getFileName().toString().matches("studio-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No target/studio-*.jar: run through 'mvnw verify'"));
		}
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
