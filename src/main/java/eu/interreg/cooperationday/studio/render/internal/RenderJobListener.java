package eu.interreg.cooperationday.studio.render.internal;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import eu.interreg.cooperationday.studio.render.internal.RenderRequestRepository;
import eu.interreg.cooperationday.studio.render.internal.AssetRepository;
import eu.interreg.cooperationday.studio.render.Asset;
import eu.interreg.cooperationday.studio.render.AssetSpec;
import eu.interreg.cooperationday.studio.render.RenderJobs;
import eu.interreg.cooperationday.studio.render.RenderProperties;
import eu.interreg.cooperationday.studio.render.PublicPage;
import eu.interreg.cooperationday.studio.render.RenderRequest;
import eu.interreg.cooperationday.studio.render.RenderRequestFinished;
import eu.interreg.cooperationday.studio.render.RenderRequests;
import eu.interreg.cooperationday.studio.render.RenderStatus;


/**
 * Moves a request through its statuses as its job runs. When the job ends, the status and a
 * {@link RenderRequestFinished} event are recorded in one transaction, so whatever listens (the email)
 * always learns of a finished request.
 */
@Component
class RenderJobListener implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(RenderJobListener.class);

	private final RenderRequestRepository requests;

	private final AssetRepository assets;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final JdbcClient jdbc;

	private final GracefulStop stop;

	private final RequestViews views;

	RenderJobListener(RenderRequestRepository requests, AssetRepository assets, ApplicationEventPublisher events,
			TransactionTemplate transaction, JdbcClient jdbc, GracefulStop stop, RequestViews views) {
		this.stop = stop;
		this.views = views;
		this.jdbc = jdbc;
		this.requests = requests;
		this.assets = assets;
		this.events = events;
		this.transaction = transaction;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		String id = requestId(execution);
		if (update(execution)) {
			// the files that show a changed event are made again; the request stays DONE (its page public,
			// its earlier files served) meanwhile
			this.requests.updateStatus(id, RenderStatus.DONE, null);
			log.info("Making again the stale files of request {} (job execution {})", id, execution.getId());
			return;
		}
		this.requests.updateStatus(id, RenderStatus.RENDERING, null);
		log.info("Rendering request {} (job execution {})", id, execution.getId());
	}

	@Override
	public void afterJob(JobExecution execution) {
		String id = requestId(execution);
		RenderRequest request = this.requests.find(id).orElseThrow();
		List<Asset> stored = this.assets.ofRequest(id);
		Set<String> stale = this.assets.stale(id);
		Set<AssetSpec> have = stored.stream()
			.map(Asset::spec)
			.filter((spec) -> !stale.contains(spec.key()))
			.collect(Collectors.toSet());
		List<AssetSpec> wanted = request.wanted();
		List<String> missing = wanted.stream()
			.filter((spec) -> !have.contains(spec))
			.map(AssetSpec::partitionName)
			.toList();
		long millis = (execution.getStartTime() != null && execution.getEndTime() != null)
				? Duration.between(execution.getStartTime(), execution.getEndTime()).toMillis() : -1;
		if (execution.getStatus() == BatchStatus.COMPLETED && missing.isEmpty()) {
			finish(id, stored, RenderStatus.DONE, null, update(execution));
			log.info("Request {} done: {} assets in {} ms", id, stored.size(), millis);
		}
		else if (update(execution) && !this.stop.stopping() && !lostTheDatabase(execution)) {
			// the earlier files are still served; the request stays DONE and says what could not be made
			this.requests.updateStatus(id, RenderStatus.DONE, missing.size() + " files that show the changed event "
					+ "could not be made again (" + String.join(", ", missing) + "); the earlier ones are still "
					+ "served. Staff can restart the request.");
			log.warn("Request {}: {} files were not made again after its event changed", id, missing);
		}
		else if (lostTheDatabase(execution) && runs(execution) < MAX_RUNS) {
			// the database went away under the job: not the request's fault; it runs again when the database
			// is back (RenderRequests.recoverOrphans), rendering only what is missing
			this.requests.updateStatus(id, RenderStatus.QUEUED, null);
			log.warn("Request {} cut off by the database going away, with {} of {} files; it runs again", id,
					wanted.size() - missing.size(), wanted.size());
		}
		else if (this.stop.stopping()) {
			// cut off by a stop, not broken: it stays RENDERING and resumes at the next start
			log.info("Request {} cut off by the stop with {} of {} files; it resumes at the next start", id,
					wanted.size() - missing.size(), wanted.size());
		}
		else if (lostForWantOfWorker(this.jdbc, execution.getId())) {
			String error = "No render worker was connected in time (studio.render.no-worker-timeout), so " + missing.size() + " of " + wanted.size() + " files are not made yet. The request "
					+ "restarts by itself when a worker connects; finished files are kept.";
			finish(id, stored, RenderStatus.FAILED, error, false);
			log.warn("Request {} failed after {} ms: no render worker, missing {}", id, millis, missing);
		}
		else {
			String error = missing.size() + " of " + wanted.size() + " files could not be made ("
					+ String.join(", ", missing) + "). Staff can restart the request; finished files are kept.";
			finish(id, stored, RenderStatus.FAILED, error, false);
			log.warn("Request {} failed after {} ms, missing {}: {}", id, millis, missing,
					execution.getAllFailureExceptions().stream().map(Throwable::toString).toList());
		}
	}

	/** Runs of a request's job before a lost database counts as a failure. */
	static final int MAX_RUNS = 5;

	/** Whether the job failed because the database could not be reached (and not for its own reasons). */
	private static boolean lostTheDatabase(JobExecution execution) {
		List<Throwable> failures = new java.util.ArrayList<>(execution.getAllFailureExceptions());
		execution.getStepExecutions().forEach((step) -> failures.addAll(step.getFailureExceptions()));
		// the job's own failure only says that a partition failed; the partitions' failures say why
		List<Throwable> causes = failures.stream()
			.filter((t) -> !(t instanceof org.springframework.batch.core.job.JobExecutionException))
			.toList();
		return !causes.isEmpty() && causes.stream().allMatch(RenderJobListener::databaseAway);
	}

	/** Whether a failure comes from the database being out of reach (a lost or refused connection). */
	static boolean databaseAway(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof org.springframework.dao.DataAccessResourceFailureException
					|| t instanceof org.springframework.dao.TransientDataAccessException
					|| t instanceof org.springframework.transaction.CannotCreateTransactionException
					|| t instanceof org.springframework.transaction.TransactionSystemException
					|| t instanceof java.sql.SQLTransientConnectionException
					|| t instanceof java.sql.SQLNonTransientConnectionException
					|| (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
					|| (t instanceof java.sql.SQLException admin && "57P01".equals(admin.getSQLState()))) {
				return true;
			}
		}
		return false;
	}

	private int runs(JobExecution execution) {
		return this.jdbc.sql("select count(*) from batch_job_execution where job_instance_id = :instance")
			.param("instance", execution.getJobInstance().getInstanceId())
			.query(Integer.class)
			.single();
	}

	private void finish(String id, List<Asset> stored, RenderStatus status, String error, boolean update) {
		this.transaction.executeWithoutResult((tx) -> {
			this.requests.updateStatus(id, status, error);
			RenderRequest finished = this.requests.find(id).orElseThrow();
			PublicPage page = this.views.page(finished).orElse(null);
			this.events.publishEvent(new RenderRequestFinished(finished, stored,
					this.views.status(finished, stored, page), page, update));
		});
	}

	/** Whether the run makes files again after the request's event changed (a revision after the first). */
	private static boolean update(JobExecution execution) {
		Long revision = execution.getJobParameters().getLong(RenderJobs.REVISION);
		return revision != null && revision > 0;
	}

	private static String requestId(JobExecution execution) {
		return execution.getJobParameters().getString(RenderJobs.REQUEST_ID);
	}

	/** Whether the farm failed a partition of the run because no worker took it in time. */
	static boolean lostForWantOfWorker(JdbcClient jdbc, long jobExecutionId) {
		return jdbc.sql("select count(*) from batch_step_execution where job_execution_id = :id and exit_code = :code")
			.param("id", jobExecutionId)
			.param("code", RenderJobs.NO_WORKER)
			.query(Integer.class)
			.single() > 0;
	}

}
