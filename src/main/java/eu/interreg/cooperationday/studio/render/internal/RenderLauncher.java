package eu.interreg.cooperationday.studio.render.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import eu.interreg.cooperationday.studio.render.RenderJobs;
import eu.interreg.cooperationday.studio.render.RenderProperties;
import eu.interreg.cooperationday.studio.render.RenderRequest;
import eu.interreg.cooperationday.studio.render.RenderStatus;

/**
 * Runs requests' render jobs in the background: queues them (interactive first), starts or restarts
 * their job instance, tries again while the database is away, takes up what a stop or a crash cut off,
 * and starts requests left without a running job.
 */
@Component
public class RenderLauncher {

	private static final Logger log = LoggerFactory.getLogger(RenderLauncher.class);

	private final RenderRequestRepository requests;

	private final AssetRepository assets;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final ObjectProvider<Job> renderJob;

	private final Executor dispatcher;

	private final GracefulStop stop;

	private final Duration orphanAfter;

	/** What a render job does at its end; called here for a job that ended without it being recorded. */
	private final ObjectProvider<RenderJobListener> jobEnd;

	/** Requests whose job waits or runs in this process. */
	private final Set<String> launched = ConcurrentHashMap.newKeySet();

	/** Starts that failed for want of the database wait here for their next try. */
	private final ScheduledExecutorService retryLater = Executors.newSingleThreadScheduledExecutor((r) -> {
		Thread thread = new Thread(r, "render-retry");
		thread.setDaemon(true);
		return thread;
	});

	RenderLauncher(RenderRequestRepository requests, JobOperator jobOperator, JobRepository jobRepository,
			ObjectProvider<Job> renderJob, @Qualifier("renderDispatcher") Executor dispatcher, GracefulStop stop,
			RenderProperties properties, ObjectProvider<RenderJobListener> jobEnd, AssetRepository assets) {
		this.requests = requests;
		this.assets = assets;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.renderJob = renderJob;
		this.dispatcher = dispatcher;
		this.stop = stop;
		this.orphanAfter = properties.orphanAfter();
		this.jobEnd = jobEnd;
	}

	/** Whether the request's job waits or runs in this process. */
	public boolean launched(String id) {
		return this.launched.contains(id);
	}

	/** Queues the request's job; interactive requests (the form, the API) start before bulk rows. */
	public void launch(String id, boolean interactive) {
		this.launched.add(id);
		this.dispatcher.execute(QueuedLaunch.of(interactive, () -> {
			try {
				run(id);
			}
			finally {
				this.launched.remove(id);
			}
		}));
	}

	/**
	 * Requests left QUEUED or RENDERING after their job ended (the database went away while the job ran
	 * or ended, so the request's end could not be recorded, or the job put it back in the queue) start
	 * again, rerunning only the unfinished files. A request whose job still runs (here, on a farm, or in
	 * another process on the same database) or that never had one is not touched, nor one changed within
	 * {@code studio.render.orphan-after}.
	 */
	@Scheduled(fixedDelayString = "${studio.render.recovery-interval:30s}",
			initialDelayString = "${studio.render.recovery-interval:30s}")
	void recoverOrphans() {
		if (this.renderJob.getIfAvailable() == null || this.stop.stopping()) {
			return;
		}
		try {
			Instant before = Instant.now().minus(this.orphanAfter);
			for (RenderRequest request : this.requests.withStatus(RenderStatus.QUEUED, RenderStatus.RENDERING)) {
				if (this.launched.contains(request.id()) || request.updatedAt() == null
						|| request.updatedAt().isAfter(before)) {
					continue;
				}
				JobExecution last = this.jobRepository.getLastJobExecution(RenderJobs.JOB_NAME,
						parameters(request.id()));
				if (last == null || last.isRunning()) {
					continue;
				}
				log.warn("Request {} was left {} after its render ended {}; starting it again", request.id(),
						request.status(), last.getStatus());
				launch(request.id(), request.bulkId() == null);
			}
		}
		catch (DataAccessException ex) {
			log.warn("Could not look for requests left without a render (the database is away?): {}", ex.getMessage());
		}
	}

	private void run(String id) {
		try {
			Job job = this.renderJob.getIfAvailable();
			if (job == null) {
				throw new IllegalStateException("A render worker does not launch renders; its manager does");
			}
			try {
				this.jobOperator.start(job, parameters(id));
			}
			catch (JobInstanceAlreadyCompleteException ex) {
				// the job ended, but the process stopped (a kill) before the request's end was recorded:
				// record it now, from the stored files, as the job's end would have
				JobExecution last = this.jobRepository.getLastJobExecution(RenderJobs.JOB_NAME, parameters(id));
				log.warn("The render job of request {} had completed when the process stopped, before the request's "
						+ "end was recorded; recording it now", id);
				this.jobEnd.getObject().afterJob(last);
			}
			catch (JobRestartException
					| JobExecutionAlreadyRunningException ex) {
				// nothing of this request runs but this launch (one launch per request at a time)
				if (!clearCutOff(id)) {
					throw ex;
				}
				this.jobOperator.start(job, parameters(id));
			}
		}
		catch (Exception ex) {
			if (RenderJobListener.databaseAway(ex) && !this.stop.stopping()) {
				// the database is away: leave the request as it is and try again in a while
				log.warn("Could not start the render job of request {}, the database is away ({}); trying again in 10 s",
						id, ex.getMessage());
				this.retryLater.schedule(() -> launch(id, true), 10, TimeUnit.SECONDS);
				return;
			}
			log.error("Could not run the render job of request {}", id, ex);
			this.requests.updateStatus(id, RenderStatus.FAILED,
					"The render could not be started. Staff can restart the request.");
		}
	}

	/**
	 * A run cut off (by a kill, or by the database going away before its end could be recorded) can block
	 * the next: it ended UNKNOWN, or it or some of its steps still read as running. Every partition here is
	 * idempotent (a file recorded is not made again, an upload of the same key and bytes changes nothing),
	 * so such a run and its unfinished steps are marked FAILED, and the request runs again.
	 *
	 * @return whether the last run was cut off and is FAILED now
	 */
	private boolean clearCutOff(String id) {
		JobExecution last = this.jobRepository.getLastJobExecution(RenderJobs.JOB_NAME, parameters(id));
		if (last == null || last.getStatus() == BatchStatus.COMPLETED) {
			return false;
		}
		List<StepExecution> leftovers = last.getStepExecutions()
			.stream()
			.filter((step) -> step.getStatus() == BatchStatus.UNKNOWN
					|| step.getStatus().isRunning())
			.toList();
		if (leftovers.isEmpty() && last.getStatus() != BatchStatus.UNKNOWN
				&& !last.isRunning()) {
			return false;
		}
		for (StepExecution step : leftovers) {
			step.setStatus(BatchStatus.FAILED);
			step.setExitStatus(ExitStatus.FAILED);
			if (step.getEndTime() == null) {
				step.setEndTime(LocalDateTime.now());
			}
			this.jobRepository.update(step);
		}
		last.setStatus(BatchStatus.FAILED);
		last.setExitStatus(ExitStatus.FAILED
			.addExitDescription("Marked FAILED to run again: it was cut off"));
		if (last.getEndTime() == null) {
			last.setEndTime(LocalDateTime.now());
		}
		this.jobRepository.update(last);
		log.warn("Request {}: its last run was cut off ({} unfinished steps); marked FAILED to run again", id,
				leftovers.size());
		return true;
	}

	/**
	 * Requests that were queued or rendering when the service last stopped are taken up again, so an
	 * interrupted render is finished, not lost.
	 */
	@EventListener(ApplicationReadyEvent.class)
	public void resumeInterrupted() {
		if (this.renderJob.getIfAvailable() == null) {
			return; // a render worker: its manager resumes what was cut off
		}
		for (RenderRequest request : this.requests.withStatus(RenderStatus.QUEUED, RenderStatus.RENDERING)) {
			JobExecution last = this.jobRepository.getLastJobExecution(RenderJobs.JOB_NAME,
					parameters(request.id()));
			if (last != null && last.isRunning()) {
				this.jobOperator.recover(last);
			}
			clearCutOff(request.id());
			log.info("Resuming request {} interrupted by a shutdown", request.id());
			launch(request.id(), request.bulkId() == null);
		}
		for (String id : this.assets.requestsWithStale()) {
			if (this.launched.contains(id)) {
				continue;
			}
			clearCutOff(id);
			log.info("Resuming request {}: files that show its changed event were being made again", id);
			launch(id, true);
		}
	}

	/** The request's job instance: its id, and its revision once its event changed after its first render. */
	private JobParameters parameters(String id) {
		JobParametersBuilder builder = new JobParametersBuilder().addString(RenderJobs.REQUEST_ID, id, true);
		int revision = this.requests.revision(id);
		if (revision > 0) {
			builder.addLong(RenderJobs.REVISION, (long) revision, true);
		}
		return builder.toJobParameters();
	}

}
