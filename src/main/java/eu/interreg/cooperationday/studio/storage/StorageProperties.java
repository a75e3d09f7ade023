package eu.interreg.cooperationday.studio.storage;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Object storage ({@code studio.s3.*}). With no {@code endpoint}, an S3 endpoint is started in-process
 * on {@code embeddedPort} (0 picks a free one) with its files under {@code studio.data-dir}/s3.
 * {@code publicEndpoint} is the address presigned links use when users reach MinIO by another name.
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
		@DefaultValue("1h") Duration presignExpiry) {

	public boolean embedded() {
		return this.endpoint == null;
	}

}
