package eu.interreg.cooperationday.studio.system;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Everything the studio can be told, under {@code studio.*}. Every value has a default that works in
 * the embedded mode; production overrides them through environment variables (see README).
 */
@ConfigurationProperties("studio")
public record StudioProperties(
		@DefaultValue("./data") Path dataDir,
		URI publicBaseUrl,
		@DefaultValue("./brand-assets") Path brandAssets,
		@DefaultValue S3 s3,
		@DefaultValue Render render,
		@DefaultValue Mail mail,
		@DefaultValue Video video,
		@DefaultValue Limits limits,
		@DefaultValue Staff staff) {

	/**
	 * Object storage. With no {@code endpoint}, an S3 endpoint is started in-process on
	 * {@code embeddedPort} (0 picks a free one) with its files under {@code dataDir/s3}.
	 */
	public record S3(
			URI endpoint,
			URI publicEndpoint,
			@DefaultValue("studio") String accessKey,
			@DefaultValue("studio-secret-key") String secretKey,
			@DefaultValue("cooperation-day") String bucket,
			@DefaultValue("us-east-1") String region,
			@DefaultValue("9311") int embeddedPort,
			@DefaultValue("1h") Duration presignExpiry) {

		public boolean embedded() {
			return endpoint == null;
		}
	}

	/** Render workers: partitions run in parallel on this many threads (0 means one per core). */
	public record Render(@DefaultValue("0") int threads) {

		public int effectiveThreads() {
			return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
		}
	}

	/**
	 * Video templates: where they are, which one requests get, and whether an edited template is
	 * picked up on the next render (on by default, for designers; off in production if preferred).
	 */
	public record Video(@DefaultValue("./video-templates") Path templates, @DefaultValue("campaign") String template,
			@DefaultValue("true") boolean hotReload) {
	}

	/** Outgoing mail. Messages wait in the outbox until SMTP accepts them. */
	public record Mail(
			@DefaultValue("Interreg Cooperation Day <studio@cooperation-day.invalid>") String from,
			@DefaultValue("15s") Duration pollInterval,
			@DefaultValue("30s") Duration firstRetry,
			@DefaultValue("6h") Duration maxRetry) {
	}

	/**
	 * Campaign staff. {@code users} hold bcrypt hashes ({@code {bcrypt}$2a$...} or plain {@code $2a$...});
	 * {@code username} and {@code password} (STUDIO_STAFF_USERNAME, STUDIO_STAFF_PASSWORD) add a bootstrap
	 * user for deployments and tests. With neither, one is generated and its password logged once.
	 * {@code secureCookies} marks the session cookie Secure (on behind HTTPS).
	 */
	public record Staff(String username, String password, @DefaultValue List<User> users,
			@DefaultValue("false") boolean secureCookies) {

		/** A configured staff user. */
		public record User(String username, String passwordHash) {
		}

	}

	/** Bounds on what outsiders may send. */
	public record Limits(
			@DefaultValue("10MB") DataSize logoMaxSize,
			@DefaultValue("50000000") long logoMaxPixels) {
	}

}
