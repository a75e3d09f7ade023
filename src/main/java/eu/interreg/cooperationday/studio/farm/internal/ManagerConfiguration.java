package eu.interreg.cooperationday.studio.farm.internal;

import java.time.Clock;
import java.util.UUID;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilderFactory;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.MessageChannel;
import eu.interreg.cooperationday.studio.render.AssetSpec;
import eu.interreg.cooperationday.studio.render.RenderRequests;

/**
 * A manager ({@code studio.render.mode=manager}) takes requests and runs their jobs like the local mode,
 * but its partition step sends each partition to the farm's queue and polls the job repository until
 * the workers have finished them all. A {@link FarmWatchdog} makes sure it never waits forever.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "studio.render.mode", havingValue = "manager")
class ManagerConfiguration {

	/** How long the broker has to confirm that it holds a request before the partition step fails. */
	private static final long CONFIRM_TIMEOUT_MILLIS = 10_000;

	@Bean
	Step renderAssets(RemotePartitioningManagerStepBuilderFactory steps, Partitioner assetPartitioner,
			MessageChannel partitionRequests, FarmProperties properties) {
		return steps.get("renderAssets")
			.partitioner("renderAsset", assetPartitioner)
			.gridSize(AssetSpec.ALL.size())
			.outputChannel(partitionRequests)
			.pollInterval(properties.pollInterval().toMillis())
			.build();
	}

	/**
	 * Where the partition step sends its requests: each becomes a persistent JSON message on the durable
	 * queue, and the send returns only once the broker has confirmed it holds it.
	 */
	@Bean
	MessageChannel partitionRequests(RabbitTemplate rabbit, JobRepository jobRepository, FarmProperties properties) {
		String queue = properties.queue();
		return (message, timeout) -> {
			StepExecutionRequest request = (StepExecutionRequest) message.getPayload();
			StepExecution partition = jobRepository.getStepExecution(request.getStepExecutionId());
			if (partition == null) {
				throw new IllegalStateException("No partition " + request.getStepExecutionId() + " to send");
			}
			byte[] body = new PartitionRequest(request.getStepName(), request.getStepExecutionId(),
					partition.getJobExecutionId()).toJson();
			org.springframework.amqp.core.Message amqp = MessageBuilder.withBody(body)
				.setContentType("application/json")
				.setDeliveryMode(MessageDeliveryMode.PERSISTENT)
				.setMessageId(UUID.randomUUID().toString())
				.build();
			rabbit.invoke((operations) -> {
				operations.send("", queue, amqp);
				operations.waitForConfirmsOrDie(CONFIRM_TIMEOUT_MILLIS);
				return null;
			});
			return true;
		};
	}

	@Bean
	FarmWatchdog farmWatchdog(AmqpAdmin admin, JobRepository jobRepository, JdbcClient jdbc, RenderRequests renders,
			FarmProperties properties, Clock clock) {
		return new FarmWatchdog(admin, jobRepository, jdbc, renders, properties, clock);
	}

}
