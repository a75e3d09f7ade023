package eu.interreg.cooperationday.studio.render;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import eu.interreg.cooperationday.studio.programme.Logo;
import eu.interreg.cooperationday.studio.programme.ProgrammeRequest;
import eu.interreg.cooperationday.studio.storage.AssetStore;
import eu.interreg.cooperationday.studio.system.PublicUrls;
import eu.interreg.cooperationday.studio.system.Sha256;
import eu.interreg.cooperationday.studio.problem.StudioBusyException;

/**
 * The one way in for every door (API, form, bulk import): stores a valid request with its logo, then
 * hands it to the render job. Jobs run in the background; callers get the id at once.
 */
@Service
public class RenderService {

	private static final Logger log = LoggerFactory.getLogger(RenderService.class);

	private final RenderRequestRepository requests;

	private final AssetRepository assets;

	private final AssetStore store;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final ObjectProvider<Job> renderJob;

	private final Executor dispatcher;

	private final PublicUrls urls;

	private final SecureRandom random = new SecureRandom();

	private final int maxPublicBacklog;

	private final ConfirmationProperties confirmation;

	private final SenderConfirmations senders;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final boolean smtpConfigured;

	/** Requests whose job waits or runs in this process. */
	private final java.util.Set<String> launched = java.util.concurrent.ConcurrentHashMap.newKeySet();

	private final GracefulStop stop;

	private final java.time.Duration orphanAfter;

	/** Starts that failed for want of the database wait here for their next try. */
	private final java.util.concurrent.ScheduledExecutorService retryLater = java.util.concurrent.Executors
		.newSingleThreadScheduledExecutor((r) -> {
			Thread thread = new Thread(r, "render-retry");
			thread.setDaemon(true);
			return thread;
		});

	/** What a render job does at its end; called here for a job that ended without it being recorded. */
	private final ObjectProvider<RenderJobListener> jobEnd;

	RenderService(RenderRequestRepository requests, AssetRepository assets, AssetStore store, JobOperator jobOperator, JobRepository jobRepository,
			ObjectProvider<Job> renderJob, @Qualifier("renderDispatcher") Executor dispatcher, PublicUrls urls,
			RenderProperties properties, ConfirmationProperties confirmation, SenderConfirmations senders,
			TransactionTemplate transaction, ApplicationEventPublisher events, Environment environment,
			GracefulStop stop, ObjectProvider<RenderJobListener> jobEnd) {
		this.stop = stop;
		this.jobEnd = jobEnd;
		this.orphanAfter = properties.orphanAfter();
		this.confirmation = confirmation;
		this.senders = senders;
		this.transaction = transaction;
		this.events = events;
		this.smtpConfigured = !environment.getProperty("spring.mail.host", "").isBlank();
		this.urls = urls;
		this.maxPublicBacklog = properties.maxPublicBacklog();
		this.requests = requests;
		this.assets = assets;
		this.store = store;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.renderJob = renderJob;
		this.dispatcher = dispatcher;
	}

	/** Stores the request and its logo, queues its render of every asset, and returns its id. */
	public String submit(ProgrammeRequest request) {
		return submit(request, AssetGroup.all(), null, null);
	}

	/**
	 * Stores the request and its logo, queues its render of the asked asset groups, and returns its id.
	 * {@code bulkId} and {@code code} link a row of a bulk render to it (null otherwise).
	 */
	public String submit(ProgrammeRequest request, Set<AssetGroup> groups, String bulkId, String code) {
		if (bulkId == null) {
			long waiting = this.requests.waitingPublic();
			if (waiting >= this.maxPublicBacklog) {
				throw new StudioBusyException("The studio is busy: " + waiting
						+ " requests are waiting to be made. Please try again in a few minutes; nothing was stored.", 120);
			}
		}
		boolean awaitsConfirmation = bulkId == null && needsConfirmation(request.contactEmail());
		String id = UUID.randomUUID().toString();
		Logo logo = request.logo();
		String originalKey = "requests/" + id + "/logo-original." + logo.format().extension();
		String logoKey = "requests/" + id + "/logo." + logo.normalisedType().extension();
		this.store.put(originalKey, logo.original(), logo.format().contentType(), Sha256.hex(logo.original()));
		try {
			this.store.put(logoKey, logo.normalised(), logo.normalisedType().contentType(), Sha256.hex(logo.normalised()));
			RenderStatus status = awaitsConfirmation ? RenderStatus.AWAITING_CONFIRMATION : RenderStatus.QUEUED;
			RenderRequest stored = new RenderRequest(id, request.programmeName(), request.language(),
					request.contactEmail(), request.event(), logo.format(), logoKey, originalKey, status,
					null, null, null, groups, bulkId, code, request.callbackUrl(),
					ShareSlugs.slug(request.programmeName(), this.random), ShareSlugs.key(this.random), true,
					request.secondLanguage(), request.programmeNameSecond());
			this.transaction.executeWithoutResult((tx) -> {
				this.requests.insert(stored);
				if (awaitsConfirmation) {
					this.events.publishEvent(new ConfirmationNeeded(id));
				}
			});
		}
		catch (RuntimeException ex) {
			// nothing of a request that was not recorded stays behind
			this.store.delete(originalKey);
			this.store.delete(logoKey);
			throw ex;
		}
		if (awaitsConfirmation) {
			log.info("Request {} waits for its sender to confirm the address", id);
			return id;
		}
		log.info("Request {} queued: '{}' in {}", id, request.programmeName(), request.language().code());
		launch(id, bulkId == null);
		return id;
	}

	public Optional<RenderRequest> find(String id) {
		return this.requests.find(id);
	}

	/** Whether a public request from this address waits for the address to be confirmed. */
	private boolean needsConfirmation(String email) {
		return this.confirmation.enabled(this.smtpConfigured) && !this.confirmation.trustedDomain(email)
				&& !this.senders.confirmedRecently(email);
	}

	/**
	 * Confirms a sender by the token of its link: the request starts, and the address is trusted for
	 * {@code studio.confirmation.trusted-for}.
	 *
	 * @return the confirmed request, or empty when the link is unknown, used or expired
	 */
	public Optional<String> confirm(String token) {
		Optional<String> id = this.senders.use(token);
		id.ifPresent((requestId) -> {
			if (this.requests.updateStatusIf(requestId, RenderStatus.AWAITING_CONFIRMATION, RenderStatus.QUEUED)) {
				log.info("Request {} confirmed by its sender; queued", requestId);
				launch(requestId, true);
			}
		});
		return id;
	}

	/** A new confirmation link for a request that waits for one (for its email). */
	public String confirmationLink(String requestId) {
		RenderRequest request = this.requests.find(requestId)
			.filter((r) -> r.status() == RenderStatus.AWAITING_CONFIRMATION)
			.orElseThrow(() -> new IllegalStateException("Request " + requestId + " waits for no confirmation"));
		return this.urls.base() + "/confirm/" + this.senders.newToken(requestId, request.contactEmail());
	}

	/** Unconfirmed requests whose links have expired are deleted, with their logos. */
	@Scheduled(fixedDelayString = "${studio.confirmation.cleanup-interval:10m}",
			initialDelayString = "${studio.confirmation.cleanup-interval:10m}")
	void deleteUnconfirmed() {
		for (String id : this.senders.expired()) {
			RenderRequest request = this.requests.find(id).orElse(null);
			if (request == null) {
				continue;
			}
			this.transaction.executeWithoutResult((tx) -> {
				this.events.publishEvent(new RequestDeleted(id));
				this.requests.deleteUnconfirmed(id);
			});
			this.store.delete(request.logoOriginalKey());
			this.store.delete(request.logoKey());
			log.info("Request {} deleted: its sender did not confirm the address in time", id);
		}
	}

	/** A request as the API shows it: its status, its files' stable links and, once DONE, its share page. */
	public Optional<RequestStatus> status(String id) {
		return this.requests.find(id).map(this::status);
	}

	RequestStatus status(RenderRequest request) {
		List<RequestStatus.AssetLink> links = this.assets.ofRequest(request.id())
			.stream()
			.map((a) -> new RequestStatus.AssetLink(a.kind(), a.format(), a.contentType(), a.sizeBytes(), a.sha256(),
					this.urls.download(a.downloadToken())))
			.toList();
		return new RequestStatus(request.id(), request.status().name(), request.programmeName(),
				request.language().code(), request.secondLanguage() == null ? null : request.secondLanguage().code(),
				request.programmeNameSecond(), links, request.error(),
				request.shared() ? this.urls.share(request.shareSlug()) : null);
	}

	/** The request whose share page is {@code /p/{slug}}, while it can be seen (DONE and published). */
	public Optional<RenderRequest> shared(String slug) {
		if (!ShareSlugs.plausible(slug)) {
			return Optional.empty();
		}
		return this.requests.findBySlug(slug).filter(RenderRequest::shared);
	}

	/**
	 * Unpublishes a share page by its communicator's link: the key must be the request's own.
	 *
	 * @return false when the slug or the key is not right
	 */
	public boolean unpublish(String slug, String key) {
		if (!ShareSlugs.plausible(slug) || key == null || key.length() > 64) {
			return false;
		}
		Optional<RenderRequest> request = this.requests.findBySlug(slug);
		if (request.isEmpty() || request.get().shareKey() == null || !MessageDigest.isEqual(
				request.get().shareKey().getBytes(StandardCharsets.US_ASCII), key.getBytes(StandardCharsets.US_ASCII))) {
			return false;
		}
		log.info("Share page of request {} unpublished by its communicator", request.get().id());
		return this.requests.setPublished(request.get().id(), false);
	}

	/** Staff publish or unpublish a request's share page. */
	public boolean setPublished(String id, boolean published) {
		log.info("Share page of request {} {} by staff", id, published ? "published" : "unpublished");
		return this.requests.setPublished(id, published);
	}

	/** How many requests there are per language, most first. */
	public List<NamedCount> requestsPerLanguage() {
		return this.requests.countBy("language");
	}

	/** How many requests there are per programme name, most first. */
	public List<NamedCount> requestsPerProgramme() {
		return this.requests.countBy("programme_name");
	}

	/** The newest requests first, for staff. */
	public List<RenderRequest> latest(int limit) {
		return this.requests.latest(limit);
	}

	/** The stored files of a request, in the order they were recorded. */
	public List<Asset> assets(String id) {
		return this.assets.ofRequest(id);
	}

	/** Reads a stored file of a request; the caller closes the stream. */
	public InputStream open(Asset asset) {
		return this.store.open(asset.objectKey());
	}

	/**
	 * Runs a failed request's job again: Spring Batch restarts the failed instance, and only the assets
	 * that are not recorded are rendered.
	 *
	 * @return false when the request is not in a state that can be restarted
	 */
	public boolean restart(String id) {
		if (!this.requests.updateStatusIf(id, RenderStatus.FAILED, RenderStatus.QUEUED)) {
			return false;
		}
		launch(id, this.requests.find(id).map((r) -> r.bulkId() == null).orElse(true));
		return true;
	}

	void launch(String id, boolean interactive) {
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
			java.time.Instant before = java.time.Instant.now().minus(this.orphanAfter);
			for (RenderRequest request : this.requests.withStatus(RenderStatus.QUEUED, RenderStatus.RENDERING)) {
				if (this.launched.contains(request.id()) || request.updatedAt() == null
						|| request.updatedAt().isAfter(before)) {
					continue;
				}
				JobExecution last = this.jobRepository.getLastJobExecution(RenderJobConfiguration.JOB_NAME,
						parameters(request.id()));
				if (last == null || last.isRunning()) {
					continue;
				}
				log.warn("Request {} was left {} after its render ended {}; starting it again", request.id(),
						request.status(), last.getStatus());
				launch(request.id(), request.bulkId() == null);
			}
		}
		catch (org.springframework.dao.DataAccessException ex) {
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
			catch (org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException ex) {
				// the job ended, but the process stopped (a kill) before the request's end was recorded:
				// record it now, from the stored files, as the job's end would have
				JobExecution last = this.jobRepository.getLastJobExecution(RenderJobConfiguration.JOB_NAME, parameters(id));
				log.warn("The render job of request {} had completed when the process stopped, before the request's "
						+ "end was recorded; recording it now", id);
				this.jobEnd.getObject().afterJob(last);
			}
			catch (org.springframework.batch.core.launch.JobRestartException
					| org.springframework.batch.core.launch.JobExecutionAlreadyRunningException ex) {
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
				this.retryLater.schedule(() -> launch(id, true), 10, java.util.concurrent.TimeUnit.SECONDS);
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
		JobExecution last = this.jobRepository.getLastJobExecution(RenderJobConfiguration.JOB_NAME, parameters(id));
		if (last == null || last.getStatus() == org.springframework.batch.core.BatchStatus.COMPLETED) {
			return false;
		}
		List<org.springframework.batch.core.step.StepExecution> leftovers = last.getStepExecutions()
			.stream()
			.filter((step) -> step.getStatus() == org.springframework.batch.core.BatchStatus.UNKNOWN
					|| step.getStatus().isRunning())
			.toList();
		if (leftovers.isEmpty() && last.getStatus() != org.springframework.batch.core.BatchStatus.UNKNOWN
				&& !last.isRunning()) {
			return false;
		}
		for (org.springframework.batch.core.step.StepExecution step : leftovers) {
			step.setStatus(org.springframework.batch.core.BatchStatus.FAILED);
			step.setExitStatus(org.springframework.batch.core.ExitStatus.FAILED);
			if (step.getEndTime() == null) {
				step.setEndTime(java.time.LocalDateTime.now());
			}
			this.jobRepository.update(step);
		}
		last.setStatus(org.springframework.batch.core.BatchStatus.FAILED);
		last.setExitStatus(org.springframework.batch.core.ExitStatus.FAILED
			.addExitDescription("Marked FAILED to run again: it was cut off"));
		if (last.getEndTime() == null) {
			last.setEndTime(java.time.LocalDateTime.now());
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
	void resumeInterrupted() {
		if (this.renderJob.getIfAvailable() == null) {
			return; // a render worker: its manager resumes what was cut off
		}
		for (RenderRequest request : this.requests.withStatus(RenderStatus.QUEUED, RenderStatus.RENDERING)) {
			JobExecution last = this.jobRepository.getLastJobExecution(RenderJobConfiguration.JOB_NAME,
					parameters(request.id()));
			if (last != null && last.isRunning()) {
				this.jobOperator.recover(last);
			}
			clearCutOff(request.id());
			log.info("Resuming request {} interrupted by a shutdown", request.id());
			launch(request.id(), request.bulkId() == null);
		}
	}

	private static JobParameters parameters(String id) {
		return new JobParametersBuilder().addString(RenderAssetTasklet.REQUEST_ID, id, true).toJobParameters();
	}

}
