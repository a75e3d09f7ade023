package eu.interreg.cooperationday.studio.storage;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.minio.BucketExistsArgs;
import io.minio.CopyObjectArgs;
import io.minio.CopySource;
import io.minio.GetObjectArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.ErrorResponseException;
import io.minio.http.Method;
import io.minio.messages.Item;

/**
 * Files of the studio in S3-compatible storage (MinIO in production, the embedded endpoint by
 * default), through the MinIO client. Objects carry their content type and a {@code sha256} user
 * metadata entry. An S3 PUT becomes visible whole or not at all, so nothing half-written is seen.
 */
public class AssetStore {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AssetStore.class);


	private static final long PART_SIZE = 10L * 1024 * 1024;

	private final MinioClient client;

	private final MinioClient presigner;

	private final String bucket;

	private final Duration presignExpiry;

	private final Duration retryFor;

	private final String publicOrigin;

	/**
	 * @param client talks to the storage
	 * @param presigner signs download URLs for the address users reach (may be {@code client})
	 */
	public AssetStore(MinioClient client, MinioClient presigner, String bucket, Duration presignExpiry) {
		this(client, presigner, bucket, presignExpiry, Duration.ZERO);
	}

	/**
	 * @param retryFor how long a call that fails for want of the storage (no connection, a 5xx answer) is
	 * tried again, with exponential backoff from 250 ms up to 8 s between tries; zero: not at all
	 */
	public AssetStore(MinioClient client, MinioClient presigner, String bucket, Duration presignExpiry,
			Duration retryFor) {
		this(client, presigner, bucket, presignExpiry, retryFor, null);
	}

	/**
	 * @param publicEndpoint the address users' browsers reach the storage at (where download links
	 * redirect), for the pages' content security policy
	 */
	public AssetStore(MinioClient client, MinioClient presigner, String bucket, Duration presignExpiry,
			Duration retryFor, URI publicEndpoint) {
		this.publicOrigin = publicEndpoint == null ? "" : origin(publicEndpoint);
		this.client = client;
		this.presigner = presigner;
		this.bucket = bucket;
		this.presignExpiry = presignExpiry;
		this.retryFor = retryFor;
	}

	/** {@code scheme://host[:port]} of the storage as browsers reach it; empty when not known. */
	public String publicOrigin() {
		return this.publicOrigin;
	}

	private static String origin(URI endpoint) {
		return endpoint.getScheme() + "://" + endpoint.getHost() + (endpoint.getPort() < 0 ? "" : ":" + endpoint.getPort());
	}

	/**
	 * Creates the bucket unless it is there. Several processes starting at once (a manager and its workers)
	 * race to create it: the one that loses is told the bucket is already its own, or already exists,
	 * which is what it wanted.
	 */
	public void ensureBucket() {
		call("create bucket " + this.bucket, () -> {
			if (!this.client.bucketExists(BucketExistsArgs.builder().bucket(this.bucket).build())) {
				try {
					this.client.makeBucket(MakeBucketArgs.builder().bucket(this.bucket).build());
				}
				catch (ErrorResponseException ex) {
					String code = ex.errorResponse().code();
					boolean ours = "BucketAlreadyOwnedByYou".equals(code) || ("BucketAlreadyExists".equals(code)
							&& this.client.bucketExists(BucketExistsArgs.builder().bucket(this.bucket).build()));
					if (!ours) {
						throw ex;
					}
					log.debug("Bucket {} was created meanwhile by another process", this.bucket);
				}
			}
			return null;
		});
	}

	public void put(String key, Path file, String contentType, String sha256) {
		call("upload " + key, () -> {
			try (InputStream in = Files.newInputStream(file)) {
				this.client.putObject(PutObjectArgs.builder()
					.bucket(this.bucket)
					.object(key)
					.stream(in, Files.size(file), -1)
					.contentType(contentType)
					.userMetadata(Map.of("sha256", sha256))
					.build());
			}
			return null;
		});
	}

	public void put(String key, byte[] bytes, String contentType, String sha256) {
		call("upload " + key, () -> this.client.putObject(PutObjectArgs.builder()
			.bucket(this.bucket)
			.object(key)
			.stream(new ByteArrayInputStream(bytes), bytes.length, bytes.length > PART_SIZE ? PART_SIZE : -1)
			.contentType(contentType)
			.userMetadata(Map.of("sha256", sha256))
			.build()));
	}

	/** Copies an object within the bucket (server-side), with its content type and metadata. */
	public void copy(String sourceKey, String targetKey) {
		call("copy " + sourceKey + " to " + targetKey, () -> this.client.copyObject(CopyObjectArgs.builder()
			.bucket(this.bucket)
			.object(targetKey)
			.source(CopySource.builder().bucket(this.bucket).object(sourceKey).build())
			.build()));
	}

	/** @return the object, or {@code null} when there is none under {@code key} */
	public StoredObject stat(String key) {
		return call("stat " + key, () -> {
			try {
				StatObjectResponse stat = this.client
					.statObject(StatObjectArgs.builder().bucket(this.bucket).object(key).build());
				return new StoredObject(key, stat.size(), stat.contentType(), stat.userMetadata().get("sha256"));
			}
			catch (ErrorResponseException ex) {
				if ("NoSuchKey".equals(ex.errorResponse().code())) {
					return null;
				}
				throw ex;
			}
		});
	}

	public InputStream open(String key) {
		return call("download " + key,
				() -> this.client.getObject(GetObjectArgs.builder().bucket(this.bucket).object(key).build()));
	}

	public List<String> list(String prefix) {
		return call("list " + prefix, () -> {
			List<String> keys = new ArrayList<>();
			for (Result<Item> result : this.client
				.listObjects(ListObjectsArgs.builder().bucket(this.bucket).prefix(prefix).recursive(true).build())) {
				keys.add(result.get().objectName());
			}
			return keys;
		});
	}

	public void delete(String key) {
		call("delete " + key, () -> {
			this.client.removeObject(RemoveObjectArgs.builder().bucket(this.bucket).object(key).build());
			return null;
		});
	}

	/** A GET URL for {@code key} that works for {@link #presignExpiry} without credentials. */
	public String presignedGet(String key) {
		return call("presign " + key, () -> this.presigner.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
			.method(Method.GET)
			.bucket(this.bucket)
			.object(key)
			.expiry((int) this.presignExpiry.toSeconds())
			.build()));
	}

	/**
	 * Runs a storage call; one that fails for want of the storage is tried again until {@code retryFor}
	 * has passed. An upload is all or nothing in S3, so a retried one never leaves part of an object.
	 */
	private <T> T call(String what, StorageCall<T> call) {
		long deadline = System.nanoTime() + this.retryFor.toNanos();
		long backoff = 250;
		for (int attempt = 1;; attempt++) {
			try {
				return call.run();
			}
			catch (Exception ex) {
				boolean transient_ = ex instanceof java.io.IOException || ex instanceof io.minio.errors.ServerException;
				if (!transient_ || System.nanoTime() + backoff * 1_000_000 > deadline) {
					if (ex instanceof RuntimeException runtime) {
						throw runtime;
					}
					throw new StorageException("Object storage could not " + what + ": " + ex.getMessage(), ex);
				}
				log.warn("Object storage could not {} (attempt {}): {}; trying again in {} ms", what, attempt,
						ex.getMessage(), backoff);
				try {
					Thread.sleep(backoff);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw new StorageException("Object storage could not " + what + ": interrupted", ex);
				}
				backoff = Math.min(8_000, backoff * 2);
			}
		}
	}

	@FunctionalInterface
	private interface StorageCall<T> {

		T run() throws Exception;

	}

}
