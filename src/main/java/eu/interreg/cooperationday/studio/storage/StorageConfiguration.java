package eu.interreg.cooperationday.studio.storage;

import java.net.URI;

import io.minio.MinioClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import eu.interreg.cooperationday.studio.system.StudioProperties;

/** Wires the MinIO client to MinIO (when {@code studio.s3.endpoint} is set) or to the embedded endpoint. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnExpression("'${studio.s3.endpoint:}' == ''")
	EmbeddedS3Server embeddedS3Server(StorageProperties s3, StudioProperties studio) {
		return new EmbeddedS3Server(studio.dataDir().resolve("s3"), s3.embeddedPort(), s3.accessKey(),
				s3.secretKey());
	}

	@Bean
	AssetStore assetStore(StorageProperties s3, ObjectProvider<EmbeddedS3Server> embedded) {
		URI endpoint = s3.embedded() ? embedded.getObject().endpoint() : s3.endpoint();
		MinioClient client = client(endpoint, s3);
		MinioClient presigner = (s3.publicEndpoint() != null) ? client(s3.publicEndpoint(), s3) : client;
		AssetStore store = new AssetStore(client, presigner, s3.bucket(), s3.presignExpiry(), s3.retryFor(),
				s3.publicEndpoint() != null ? s3.publicEndpoint() : endpoint);
		store.ensureBucket();
		return store;
	}

	private static MinioClient client(URI endpoint, StorageProperties s3) {
		// the region is given so that presigning never has to ask the server for it
		return MinioClient.builder()
			.endpoint(endpoint.toString())
			.credentials(s3.accessKey(), s3.secretKey())
			.region(s3.region())
			.build();
	}

}
