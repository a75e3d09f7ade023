package eu.interreg.cooperationday.studio.farm.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.QueueInformation;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import eu.interreg.cooperationday.studio.render.RenderRequests;
import eu.interreg.cooperationday.studio.render.RenderJobs;

/**
 * What the broker cannot see, watched from the manager. RabbitMQ gives a dead worker's partition to
 * another worker, but when no worker is connected at all, a partition would wait for ever (and the
 * manager's job with it); and a worker that hangs instead of dying keeps its partition. So, every few
 * seconds:
 * <ul>
 * <li>when no consumer has been on the queue for {@code studio.render.no-worker-timeout} and a partition
 * has waited as long, its step execution is failed ({@value RenderJobs#NO_WORKER}); the job then ends FAILED, and
 * the request says why;</li>
 * <li>when workers are connected again, each request failed that way is restarted: Spring Batch reruns
 * only its unfinished partitions;</li>
 * <li>a partition that has run for {@code studio.render.stall-timeout} without finishing (the
 * {@code LAST_UPDATED} of its step execution frozen) is failed ({@value #STALLED}); staff restart it.</li>
 * </ul>
 */
class FarmWatchdog {

	private static final Logger log = LoggerFactory.getLogger(FarmWatchdog.class);

	static final String STALLED = "STALLED";

	private final AmqpAdmin admin;

	private final JobRepository jobRepository;

	private final JdbcClient jdbc;

	private final RenderRequests renders;

	private final FarmProperties properties;

	private final Clock clock;

	private Instant noWorkerSince;

	FarmWatchdog(AmqpAdmin admin, JobRepository jobRepository, JdbcClient jdbc, RenderRequests renders,
			FarmProperties properties, Clock clock) {
		this.admin = admin;
		this.jobRepository = jobRepository;
		this.jdbc = jdbc;
		this.renders = renders;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${studio.render.watchdog-interval:5s}",
			initialDelayString = "${studio.render.watchdog-interval:5s}")
	void check() {
		try {
			Instant now = this.clock.instant();
			int consumers = consumers();
			if (consumers > 0) {
				if (this.noWorkerSince != null) {
					log.info("{} render worker(s) connected to {} again", consumers, this.properties.queue());
				}
				this.noWorkerSince = null;
				restartRequestsLeftWithoutWorker();
				fail(STALLED, "STARTED", now.minus(this.properties.stallTimeout()),
						"This file was being rendered by a worker that stopped answering for "
								+ this.properties.stallTimeout().toMinutes() + " minutes");
				return;
			}
			if (this.noWorkerSince == null) {
				this.noWorkerSince = now;
				if (!runningPartitions(null, now).isEmpty()) {
					log.warn("No render worker is connected to {}; partitions wait (for at most {})",
							this.properties.queue(), this.properties.noWorkerTimeout());
				}
				return;
			}
			Instant cutoff = now.minus(this.properties.noWorkerTimeout());
			if (!this.noWorkerSince.isAfter(cutoff)) {
				fail(RenderJobs.NO_WORKER, null, cutoff, "No render worker was connected for "
						+ this.properties.noWorkerTimeout().toSeconds() + " s to take this file");
			}
		}
		catch (DataAccessException ex) {
			log.warn("The render farm watchdog could not read the job repository: {}", ex.getMessage());
		}
	}

	/** Consumers on the queue now; 0 also when the broker cannot be reached (no worker can get work then). */
	private int consumers() {
		try {
			QueueInformation queue = this.admin.getQueueInfo(this.properties.queue());
			return queue == null ? 0 : queue.getConsumerCount();
		}
		catch (RuntimeException ex) {
			log.warn("The render farm's broker cannot be reached: {}", ex.getMessage());
			return 0;
		}
	}

	/**
	 * Partitions of running render jobs that are waiting or running ({@code status} null: both), not
	 * updated since {@code before}.
	 */
	private List<Long> runningPartitions(String status, Instant before) {
		return this.jdbc.sql("""
				select s.step_execution_id from batch_step_execution s
				join batch_job_execution j on j.job_execution_id = s.job_execution_id
				join batch_job_instance i on i.job_instance_id = j.job_instance_id
				where i.job_name = :job and s.step_name like 'renderAsset:%'
				  and s.status in (:statuses) and j.status in ('STARTING', 'STARTED')
				  and coalesce(s.last_updated, s.create_time) <= :before
				order by s.step_execution_id
				""")
			.param("job", RenderJobs.JOB_NAME)
			.param("statuses", (status == null) ? List.of("STARTING", "STARTED") : List.of(status))
			.param("before", Timestamp.valueOf(LocalDateTime.ofInstant(before, ZoneId.systemDefault())))
			.query(Long.class)
			.list();
	}

	/**
	 * Fails the partitions (the manager's poll then sees them finished and ends the job FAILED). A worker
	 * that still holds one later finds it failed: its update is refused, and what it stored stays unused
	 * until the restart, which reuses a recorded asset rather than rendering it again.
	 */
	private void fail(String code, String status, Instant before, String description) {
		for (Long id : runningPartitions(status, before)) {
			StepExecution partition = this.jobRepository.getStepExecution(id);
			if (partition == null || !partition.getStatus().isRunning()) {
				continue;
			}
			partition.setStatus(BatchStatus.FAILED);
			partition.setExitStatus(new ExitStatus(code, description));
			partition.setEndTime(LocalDateTime.now());
			this.jobRepository.update(partition);
			log.warn("Failed partition {} ({}) of job execution {}: {}", partition.getStepName(), id,
					partition.getJobExecutionId(), description);
		}
	}

	/** Requests whose last run failed for want of a worker start again now that there is one. */
	private void restartRequestsLeftWithoutWorker() {
		List<String> ids = this.jdbc.sql("""
				select r.id from render_request r
				join batch_job_execution_params p on p.parameter_name = :parameter and p.parameter_value = r.id
				join batch_job_execution j on j.job_execution_id = p.job_execution_id
				where r.status = 'FAILED'
				  and j.job_execution_id = (select max(j2.job_execution_id) from batch_job_execution j2
				                            where j2.job_instance_id = j.job_instance_id)
				  and exists (select 1 from batch_step_execution s
				              where s.job_execution_id = j.job_execution_id and s.exit_code = :code)
				""")
			.param("parameter", RenderJobs.REQUEST_ID)
			.param("code", RenderJobs.NO_WORKER)
			.query(String.class)
			.list();
		for (String id : ids) {
			if (this.renders.restart(id)) {
				log.info("Restarting request {}, left without a render worker, now that workers are connected", id);
			}
		}
	}

}
