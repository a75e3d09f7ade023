package eu.interreg.cooperationday.studio.storage;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.filesystem.reference.FilesystemConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An S3 endpoint in this process (S3Proxy over a directory), so the embedded mode speaks the same S3
 * protocol through the same MinIO client as production. It listens on loopback only.
 */
final class EmbeddedS3Server implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedS3Server.class);

	private final S3Proxy proxy;

	private final BlobStoreContext context;

	private final URI endpoint;

	public EmbeddedS3Server(Path directory, int port, String accessKey, String secretKey) {
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot create the object storage directory " + directory, ex);
		}
		Properties overrides = new Properties();
		overrides.setProperty(FilesystemConstants.PROPERTY_BASEDIR, directory.toAbsolutePath().toString());
		this.context = ContextBuilder.newBuilder("filesystem")
			.credentials(accessKey, secretKey)
			.overrides(overrides)
			.build(BlobStoreContext.class);
		this.proxy = S3Proxy.builder()
			.blobStore(this.context.getBlobStore())
			.endpoint(URI.create("http://127.0.0.1:" + port))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
			.build();
		try {
			this.proxy.start();
		}
		catch (Exception ex) {
			this.context.close();
			throw new IllegalStateException("Cannot start the embedded S3 endpoint on port " + port, ex);
		}
		this.endpoint = URI.create("http://127.0.0.1:" + this.proxy.getPort());
		log.info("Embedded S3 endpoint at {} storing under {}", this.endpoint, directory.toAbsolutePath());
	}

	public URI endpoint() {
		return this.endpoint;
	}

	@Override
	public void close() throws Exception {
		try {
			this.proxy.stop();
		}
		finally {
			this.context.close();
		}
	}

}
