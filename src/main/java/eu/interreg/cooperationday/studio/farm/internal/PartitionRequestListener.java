package eu.interreg.cooperationday.studio.farm.internal;

import java.util.Optional;

import com.rabbitmq.client.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.listener.api.ChannelAwareMessageListener;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.support.MessageBuilder;
import eu.interreg.cooperationday.studio.farm.internal.PartitionRequest;
import eu.interreg.cooperationday.studio.render.RenderJobs;

/**
 * Takes one partition request off the queue at a time per consumer: checks it is a request of a job
 * that still runs, hands it to the worker step (on this thread, through a direct channel), and only
 * then acknowledges it. A worker killed while rendering never acknowledges, so the broker gives the
 * request to another worker. What is dropped, with its reason in the log: a message that is not a
 * request, a partition this farm's database does not know, one that has finished or failed already
 * (a redelivery after the work was done), and one whose job has ended (a request left queued by a
 * failed job).
 */
class PartitionRequestListener implements ChannelAwareMessageListener {

	private static final Logger log = LoggerFactory.getLogger(PartitionRequestListener.class);

	/** How long a request that could not be checked (database unreachable) is held before it is requeued. */
	private static final long RETRY_PAUSE_MILLIS = 5_000;

	private final JobRepository jobRepository;

	private final MessageChannel steps;

	private final WorkerRegistry registry;

	PartitionRequestListener(JobRepository jobRepository, MessageChannel steps, WorkerRegistry registry) {
		this.jobRepository = jobRepository;
		this.steps = steps;
		this.registry = registry;
	}

	@Override
	public void onMessage(Message message, Channel channel) throws Exception {
		long tag = message.getMessageProperties().getDeliveryTag();
		Optional<PartitionRequest> decoded = PartitionRequest.fromJson(message.getBody());
		if (decoded.isEmpty()) {
			log.warn("Dropped a message on the partition queue that is not a partition request ({} bytes)",
					message.getBody() == null ? 0 : message.getBody().length);
			channel.basicAck(tag, false);
			return;
		}
		PartitionRequest request = decoded.get();
		StepExecution partition;
		try {
			partition = this.jobRepository.getStepExecution(request.stepExecutionId());
			String stale = staleReason(request, partition);
			if (stale != null) {
				log.info("Dropped the request for partition {}: {}", request.stepExecutionId(), stale);
				channel.basicAck(tag, false);
				return;
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not check the request for partition {} ({}); it goes back to the queue",
					request.stepExecutionId(), ex.getMessage());
			Thread.sleep(RETRY_PAUSE_MILLIS);
			channel.basicNack(tag, false, true);
			return;
		}
		String requestId = partition.getJobExecution().getJobParameters().getString(RenderJobs.REQUEST_ID);
		String what = partition.getStepName().substring(partition.getStepName().indexOf(':') + 1) + " of " + requestId;
		if (partition.getStatus() == BatchStatus.STARTED || message.getMessageProperties().isRedelivered()) {
			log.info("Rendering {} again: the worker that had it stopped before finishing", what);
		}
		this.registry.started(request.stepExecutionId(), what);
		boolean done = false;
		try {
			this.steps.send(MessageBuilder
				.withPayload(new StepExecutionRequest(request.stepName(), request.stepExecutionId()))
				.build());
			StepExecution after = this.jobRepository.getStepExecution(request.stepExecutionId());
			done = after != null && after.getStatus() == BatchStatus.COMPLETED;
		}
		catch (RuntimeException ex) {
			log.error("Partition {} could not be run; its request goes back to the queue", what, ex);
			Thread.sleep(RETRY_PAUSE_MILLIS);
			channel.basicNack(tag, false, true);
			return;
		}
		finally {
			this.registry.finished(request.stepExecutionId(), done);
		}
		channel.basicAck(tag, false);
	}

	/** Why a request must not run, or null when it should. */
	private String staleReason(PartitionRequest request, StepExecution partition) {
		if (partition == null) {
			return "this farm's database has no such partition";
		}
		if (partition.getJobExecutionId() != request.jobExecutionId()) {
			return "it belongs to job execution " + partition.getJobExecutionId() + ", not " + request.jobExecutionId();
		}
		if (!partition.getStepName().startsWith(request.stepName() + ":")) {
			return "it is a partition of " + partition.getStepName() + ", not of " + request.stepName();
		}
		if (!partition.getStatus().isRunning()) {
			return "it is " + partition.getStatus() + " already";
		}
		JobExecution job = this.jobRepository.getJobExecution(partition.getJobExecutionId());
		if (job == null || !job.getStatus().isRunning()) {
			return "its job execution is " + (job == null ? "gone" : job.getStatus());
		}
		return null;
	}

}
