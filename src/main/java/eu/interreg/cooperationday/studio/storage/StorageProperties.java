package eu.interreg.cooperationday.studio.storage;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Object storage ({@code studio.s3.*}). With no {@code endpoint}, an S3 endpoint is started in-process
 * on {@code embeddedPort} (0 picks a free one) with its files under {@code studio.data-dir}/s3.
 * {@code publicEndpoint} is the address presigned links use when users reach MinIO by another name.
 * A call that fails for want of the storage (no connection, a 5xx answer) is tried again with backoff
 * for {@code retryFor} (default 45 s), so a short outage costs time, not a failed render.
 */
@ConfigurationProperties("studio.s3")
record StorageProperties(
		URI endpoint,
		URI publicEndpoint,
		@DefaultValue("studio") String accessKey,
		@DefaultValue("studio-secret-key") String secretKey,
		@DefaultValue("cooperation-day") String bucket,
		@DefaultValue("us-east-1") String region,
		@DefaultValue("9311") int embeddedPort,
		@DefaultValue("1h") Duration presignExpiry, @DefaultValue("45s") Duration retryFor) {

	public boolean embedded() {
		return this.endpoint == null;
	}

}
