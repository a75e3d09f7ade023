package eu.interreg.cooperationday.studio.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.minio.MinioClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A farm's cold start: a manager and its workers start at once against a fresh S3 endpoint and each
 * makes sure the bucket is there. Three processes race for a new bucket at the same instant, twenty
 * times; the two that lose the race (told the bucket already exists, or is already theirs) carry on like
 * the winner.
 */
class BucketRaceIT {

	static final String ACCESS = "race";

	static final String SECRET = "race-secret-key";

	static final int ROUNDS = 20;

	@TempDir
	Path directory;

	@Test
	void threeProcessesCreatingOneBucketAtOnceAllSucceedTwentyTimes() throws Exception {
		try (EmbeddedS3Server s3 = new EmbeddedS3Server(this.directory.resolve("s3"), 0, ACCESS, SECRET)) {
			// the three JVMs start, then race at agreed instants: round r at start + r x 400 ms
			long startAt = System.currentTimeMillis() + 4000;
			List<Process> processes = new ArrayList<>();
			List<Path> logs = new ArrayList<>();
			for (int p = 0; p < 3; p++) {
				Path log = this.directory.resolve("process-" + p + ".log");
				logs.add(log);
				processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), EnsureBucket.class.getName(), s3.endpoint().toString(),
						Long.toString(startAt), Integer.toString(ROUNDS)).redirectErrorStream(true).redirectOutput(log.toFile()).start());
			}
			for (int p = 0; p < 3; p++) {
				boolean ended = processes.get(p).waitFor(120, TimeUnit.SECONDS);
				if (!ended) {
					processes.get(p).destroyForcibly();
				}
				String output = Files.readString(logs.get(p));
				assertThat(ended).as("process %d ended; its output:%n%s", p, output).isTrue();
				assertThat(processes.get(p).exitValue()).as("process %d; its output:%n%s", p, output).isZero();
				assertThat(output).contains("bucket race-" + (ROUNDS - 1) + " is there");
			}
			MinioClient client = MinioClient.builder().endpoint(s3.endpoint().toString()).credentials(ACCESS, SECRET)
				.region("us-east-1").build();
			for (int round = 0; round < ROUNDS; round++) {
				assertThat(client.bucketExists(io.minio.BucketExistsArgs.builder().bucket("race-" + round).build())).isTrue();
			}
		}
	}

	/** One process of the race: at each agreed instant, ensures that round's bucket like the studio does. */
	public static final class EnsureBucket {

		public static void main(String[] args) throws InterruptedException {
			MinioClient client = MinioClient.builder().endpoint(args[0]).credentials(ACCESS, SECRET).region("us-east-1").build();
			long startAt = Long.parseLong(args[1]);
			int rounds = Integer.parseInt(args[2]);
			int failed = 0;
			for (int round = 0; round < rounds; round++) {
				AssetStore store = new AssetStore(client, client, "race-" + round, Duration.ofMinutes(5));
				long wait = startAt + round * 400L - System.currentTimeMillis();
				if (wait > 0) {
					Thread.sleep(wait);
				}
				try {
					store.ensureBucket();
					System.out.println("bucket race-" + round + " is there");
				}
				catch (RuntimeException ex) {
					System.out.println("round " + round + " failed: " + ex);
					failed++;
				}
			}
			// the HTTP client's pool threads would keep the process up for a minute
			System.exit(failed == 0 ? 0 : 1);
		}

	}

}
