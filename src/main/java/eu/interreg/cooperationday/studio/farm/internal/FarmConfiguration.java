package eu.interreg.cooperationday.studio.farm.internal;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueInformation;
import org.springframework.batch.integration.config.annotation.EnableBatchIntegration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import eu.interreg.cooperationday.studio.render.RenderProperties.RenderMode;

/**
 * What the manager and the workers of a render farm share: Spring Batch remote partitioning, the
 * durable queue of partition requests on RabbitMQ (Boot's {@code spring.rabbitmq.*} settings), and a
 * check at start that the farm can work at all: one database for all (not the embedded H2 file, which
 * one process holds) and, on a worker, the S3 endpoint of the farm (not an embedded one of its own).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${studio.render.mode:local}'.trim().equalsIgnoreCase('local')")
@EnableBatchIntegration
class FarmConfiguration {

	FarmConfiguration(FarmProperties properties, Environment environment) {
		String database = environment.getProperty("spring.datasource.url", "");
		if (database.startsWith("jdbc:h2:")) {
			throw new IllegalStateException("studio.render.mode=" + properties.mode().name().toLowerCase()
					+ " needs the database the whole farm shares (SPRING_DATASOURCE_URL, PostgreSQL), not " + database);
		}
		if (properties.mode() == RenderMode.WORKER
				&& environment.getProperty("studio.s3.endpoint", "").isBlank()) {
			throw new IllegalStateException("A render worker stores what it renders in the farm's S3 store: set "
					+ "STUDIO_S3_ENDPOINT (and the keys) to the endpoint the manager uses");
		}
	}

	/** Durable: requests survive a broker restart, and an unacknowledged one goes back to the queue. */
	@Bean
	Queue partitionQueue(FarmProperties properties) {
		return new Queue(properties.queue(), true, false, false);
	}

	/**
	 * Up when the broker answers; the details say how many requests wait and how many workers take them.
	 * (Replaces Boot's own RabbitMQ indicator, which is off so that the local mode needs no broker.)
	 */
	@Bean
	HealthIndicator renderFarmHealthIndicator(AmqpAdmin admin, FarmProperties properties) {
		return () -> {
			try {
				QueueInformation queue = admin.getQueueInfo(properties.queue());
				if (queue == null) {
					return Health.down().withDetail("queue", properties.queue() + " is missing").build();
				}
				return Health.up()
					.withDetail("mode", properties.mode().name().toLowerCase())
					.withDetail("queue", properties.queue())
					.withDetail("waiting", queue.getMessageCount())
					.withDetail("consumers", queue.getConsumerCount())
					.build();
			}
			catch (RuntimeException ex) {
				return Health.down().withDetail("broker", ex.getClass().getSimpleName() + ": " + ex.getMessage()).build();
			}
		};
	}

}
