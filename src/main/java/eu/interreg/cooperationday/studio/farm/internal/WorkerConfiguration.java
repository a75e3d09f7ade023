package eu.interreg.cooperationday.studio.farm.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilderFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.context.IntegrationFlowContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.filter.OncePerRequestFilter;
import eu.interreg.cooperationday.studio.problem.ProblemWriter;

/**
 * A render worker ({@code studio.render.mode=worker}): consumers on the farm's queue (one per render
 * thread, prefetch 1, acknowledged by hand only after the partition's step has returned, so a request
 * held by a worker that dies goes back to the queue), the remote partitioning worker step that runs the
 * same render tasklet as the local mode, and a record of itself for the staff console. It
 * serves no pages: only {@code /actuator/health} answers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "studio.render.mode", havingValue = "worker")
class WorkerConfiguration {

	/** How long a stopping worker lets its running partitions finish before it lets go of them. */
	private static final long SHUTDOWN_GRACE_MILLIS = 60_000;

	@Bean
	DirectChannel partitionRequestsIn() {
		return new DirectChannel();
	}

	/** Named as the manager's partitions are, so the step locator finds it by the name in each request. */
	@Bean
	Step renderAsset(RemotePartitioningWorkerStepBuilderFactory steps, DirectChannel partitionRequestsIn,
			@Qualifier("renderAssetTasklet") Tasklet tasklet) {
		return steps.get("renderAsset")
			.inputChannel(partitionRequestsIn)
			.tasklet(tasklet, new ResourcelessTransactionManager())
			.build();
	}

	@Bean
	WorkerRegistry workerRegistry(JdbcClient jdbc, Clock clock, FarmProperties properties) {
		return new WorkerRegistry(jdbc, clock, properties.effectiveWorkerName(), FarmProperties.host(),
				properties.effectiveThreads());
	}

	@Bean
	PartitionRequestListener partitionRequestListener(JobRepository jobRepository, DirectChannel partitionRequestsIn,
			WorkerRegistry workerRegistry) {
		return new PartitionRequestListener(jobRepository, partitionRequestsIn, workerRegistry);
	}

	@Bean
	SimpleMessageListenerContainer partitionListenerContainer(ConnectionFactory connectionFactory,
			PartitionRequestListener listener, FarmProperties properties) {
		SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connectionFactory);
		container.setQueueNames(properties.queue());
		container.setAcknowledgeMode(AcknowledgeMode.MANUAL);
		container.setPrefetchCount(1);
		container.setConcurrentConsumers(properties.effectiveThreads());
		container.setMaxConcurrentConsumers(properties.effectiveThreads());
		container.setMessageListener(listener);
		container.setShutdownTimeout(SHUTDOWN_GRACE_MILLIS);
		container.setMissingQueuesFatal(false);
		// started when the application is ready, after the worker step's integration flow
		container.setAutoStartup(false);
		return container;
	}

	/** Takes work only once everything is up: the worker's flow, then the queue's consumers. */
	@Bean
	ApplicationListener<ApplicationReadyEvent> startTakingPartitions(IntegrationFlowContext flows,
			SimpleMessageListenerContainer partitionListenerContainer, WorkerRegistry workerRegistry,
			FarmProperties properties) {
		return (event) -> {
			flows.getRegistry().values().forEach((flow) -> flow.start());
			workerRegistry.register();
			partitionListenerContainer.start();
			org.slf4j.LoggerFactory.getLogger(WorkerConfiguration.class)
				.info("Render worker {} takes partitions from {} on {} thread(s)", properties.effectiveWorkerName(),
						properties.queue(), properties.effectiveThreads());
		};
	}

	/** A worker shows no pages: 404 for everything but the health endpoint. */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> workerServesOnlyHealth(ProblemWriter problems) {
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String path = request.getRequestURI().substring(request.getContextPath().length());
				if (path.equals("/actuator/health") || path.startsWith("/actuator/health/")) {
					chain.doFilter(request, response);
					return;
				}
				problems.write(response,
						problems.notFound("This is a render worker: it serves no pages. Its manager serves the studio."));
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.addUrlPatterns("/*");
		return registration;
	}

}
