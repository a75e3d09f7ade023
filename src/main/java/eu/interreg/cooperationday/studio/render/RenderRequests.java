package eu.interreg.cooperationday.studio.render;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import eu.interreg.cooperationday.studio.problem.Refusal;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;
import eu.interreg.cooperationday.studio.problem.StudioBusyException;
import eu.interreg.cooperationday.studio.programme.Event;
import eu.interreg.cooperationday.studio.programme.Logo;
import eu.interreg.cooperationday.studio.programme.Programme;
import eu.interreg.cooperationday.studio.programme.ProgrammeRequest;
import eu.interreg.cooperationday.studio.render.internal.AssetRepository;
import eu.interreg.cooperationday.studio.render.internal.RenderLauncher;
import eu.interreg.cooperationday.studio.render.internal.RenderRequestRepository;
import eu.interreg.cooperationday.studio.render.internal.RequestViews;
import eu.interreg.cooperationday.studio.sender.SenderConfirmations;
import eu.interreg.cooperationday.studio.sender.SenderConfirmed;
import eu.interreg.cooperationday.studio.storage.AssetStore;
import eu.interreg.cooperationday.studio.system.Sha256;

/**
 * The render module's API, the one way in for every door (API, form, bulk): stores a valid request with
 * its logo and hands it to the render job (in the background: callers get the id at once); finds
 * requests, their status and their files; restarts what failed.
 */
@Service
public class RenderRequests {

	private static final Logger log = LoggerFactory.getLogger(RenderRequests.class);

	private final RenderRequestRepository requests;

	private final AssetRepository assets;

	private final AssetStore store;

	private final RenderLauncher launcher;

	private final RequestViews views;

	private final SenderConfirmations senders;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final int maxPublicBacklog;

	private final AssetRenderer renderer;

	RenderRequests(RenderRequestRepository requests, AssetRepository assets, AssetStore store, RenderLauncher launcher,
			RequestViews views, SenderConfirmations senders, TransactionTemplate transaction,
			ApplicationEventPublisher events, RenderProperties properties, AssetRenderer renderer) {
		this.renderer = renderer;
		this.requests = requests;
		this.assets = assets;
		this.store = store;
		this.launcher = launcher;
		this.views = views;
		this.senders = senders;
		this.transaction = transaction;
		this.events = events;
		this.maxPublicBacklog = properties.maxPublicBacklog();
	}

	/**
	 * Stores the request and its logo, queues its render of the asked asset groups, and returns its id.
	 * A public request (no {@code bulkId}) may wait for its sender to confirm the address; a row of a bulk
	 * render never does.
	 */
	public String submit(ProgrammeRequest request, Set<AssetGroup> groups, String bulkId, String code) {
		if (bulkId == null) {
			long waiting = this.requests.waitingPublic();
			if (waiting >= this.maxPublicBacklog) {
				throw new StudioBusyException("The studio is busy: " + waiting
						+ " requests are waiting to be made. Please try again in a few minutes; nothing was stored.", 120);
			}
		}
		boolean awaitsConfirmation = bulkId == null && this.senders.needsConfirmation(request.contactEmail());
		String id = UUID.randomUUID().toString();
		Logo logo = request.logo();
		RenderRequest.StoredLogo stored = new RenderRequest.StoredLogo(logo.format(),
				"requests/" + id + "/logo." + logo.normalisedType().extension(),
				"requests/" + id + "/logo-original." + logo.format().extension(), logo.marks());
		this.store.put(stored.originalKey(), logo.original(), logo.format().contentType(), Sha256.hex(logo.original()));
		try {
			this.store.put(stored.key(), logo.normalised(), logo.normalisedType().contentType(), Sha256.hex(logo.normalised()));
			RenderRequest accepted = new RenderRequest(id, request.programme(), request.contactEmail(), stored,
					awaitsConfirmation ? RenderStatus.AWAITING_CONFIRMATION : RenderStatus.QUEUED, null, null, null,
					withDescription(groups, request.programme()), new RenderRequest.Origin(bulkId, code, request.callbackUrl()));
			this.transaction.executeWithoutResult((tx) -> {
				this.requests.insert(accepted);
				this.events.publishEvent(new RenderRequestAccepted(accepted));
				if (awaitsConfirmation) {
					this.senders.requestConfirmation(id, request.contactEmail(), request.programmeName(),
							request.language());
				}
			});
		}
		catch (RuntimeException ex) {
			// nothing of a request that was not recorded stays behind
			this.store.delete(stored.originalKey());
			this.store.delete(stored.key());
			throw ex;
		}
		if (awaitsConfirmation) {
			log.info("Request {} waits for its sender to confirm the address", id);
			return id;
		}
		log.info("Request {} queued: '{}' in {}", id, request.programmeName(), request.language().code());
		this.launcher.launch(id, bulkId == null);
		return id;
	}

	/**
	 * Why a request for the video has no audio-described variant (for its status page); null when it has
	 * one or did not ask for the video.
	 */
	public String whyNotDescribed(RenderRequest request) {
		if (!request.assetGroups().contains(AssetGroup.VIDEO) || request.assetGroups().contains(AssetGroup.DESCRIBED)) {
			return null;
		}
		String why = this.renderer.whyNotDescribed(request.language(), request.secondLanguage());
		return why != null ? why
				: "Captions only: this request was made before the studio could describe its videos aloud.";
	}

	/**
	 * The groups a request gets: a request for the video also gets its audio-described variant, when the
	 * studio's voice speaks the programme's language(s); never without the video or that voice.
	 */
	private Set<AssetGroup> withDescription(Set<AssetGroup> groups, Programme programme) {
		Set<AssetGroup> made = EnumSet.copyOf(groups);
		if (made.contains(AssetGroup.VIDEO)
				&& this.renderer.whyNotDescribed(programme.language(), programme.secondLanguage()) == null) {
			made.add(AssetGroup.DESCRIBED);
		}
		else {
			made.remove(AssetGroup.DESCRIBED);
		}
		return made;
	}

	/** A sender confirmed the address: its waiting request starts. */
	@EventListener
	void on(SenderConfirmed confirmed) {
		if (this.requests.updateStatusIf(confirmed.requestId(), RenderStatus.AWAITING_CONFIRMATION, RenderStatus.QUEUED)) {
			log.info("Request {} confirmed by its sender; queued", confirmed.requestId());
			this.launcher.launch(confirmed.requestId(), true);
		}
	}

	/** Unconfirmed requests whose links have expired are deleted, with their logos. */
	@Scheduled(fixedDelayString = "${studio.confirmation.cleanup-interval:10m}",
			initialDelayString = "${studio.confirmation.cleanup-interval:10m}")
	void deleteUnconfirmed() {
		for (String id : this.senders.expired()) {
			RenderRequest request = this.requests.find(id)
				.filter((r) -> r.status() == RenderStatus.AWAITING_CONFIRMATION)
				.orElse(null);
			if (request != null) {
				this.transaction.executeWithoutResult((tx) -> {
					this.requests.deleteUnconfirmed(id);
					this.events.publishEvent(new RequestDeleted(id));
				});
				this.store.delete(request.logo().originalKey());
				this.store.delete(request.logo().key());
				log.info("Request {} deleted: its sender did not confirm the address in time", id);
			}
			this.senders.forget(id);
		}
	}

	public Optional<RenderRequest> find(String id) {
		return this.requests.find(id);
	}

	/** A request as the API shows it: its status, its files' stable links and, once DONE, its public page. */
	public Optional<RequestStatus> status(String id) {
		return this.requests.find(id).map(this.views::status);
	}

	/** The newest requests first, for staff. */
	public List<RenderRequest> latest(int limit) {
		return this.requests.latest(limit);
	}

	/** The requests of a bulk render, in the order they were made. */
	public List<RenderRequest> ofBulk(String bulkId) {
		return this.requests.ofBulk(bulkId);
	}

	/** The stored files of a request, in the order they were recorded. */
	public List<Asset> assets(String id) {
		return this.assets.ofRequest(id);
	}

	/** The newest files, of any request, that the visibility checker found breaking the rules: for staff. */
	public List<Asset> nonCompliantFiles(int limit) {
		return this.assets.nonCompliant(limit);
	}

	/** Reads a stored file of a request; the caller closes the stream. */
	public InputStream open(Asset asset) {
		return this.store.open(asset.objectKey());
	}

	/**
	 * Reads the logo of a request as the studio normalised it (an SVG without anything it could fetch, or a
	 * PNG; {@code request.logo().format()} says which); the caller closes the stream.
	 */
	public InputStream openLogo(RenderRequest request) {
		return this.store.open(request.logo().key());
	}

	/** Reads the logo of a request as it was sent; the caller closes the stream. */
	public InputStream openOriginalLogo(RenderRequest request) {
		return this.store.open(request.logo().originalKey());
	}

	/**
	 * The request's event changed (its first event, edited by its communicator or by staff): the request
	 * keeps the new one, and the files that show what changed are made again in the background, each in
	 * place of its earlier one (the same link, which serves the earlier file until then). The request stays
	 * DONE meanwhile; files that do not show the event are left as they are. In a transaction, the files
	 * are marked and the render starts when it commits.
	 *
	 * @return the files being made again ({@code kind/format}); none when no file shows what changed
	 * @throws RequestRefusedException while the request's files are being made (the first time, or again
	 * after an earlier change)
	 */
	public List<String> changeEvent(String id, Event event) {
		RenderRequest old = this.requests.find(id).orElseThrow(() -> new IllegalArgumentException("No request " + id));
		Programme was = old.programme();
		RenderRequest changed = new RenderRequest(old.id(), new Programme(was.name(), was.language(),
				was.secondLanguage(), was.nameSecond(), event.isEmpty() ? null : event), old.contactEmail(), old.logo(),
				old.status(), old.error(), old.createdAt(), old.updatedAt(), old.assetGroups(), old.origin());
		byte[] logo;
		try (InputStream in = openLogo(old)) {
			logo = in.readAllBytes();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		List<String> stale = old.wanted()
			.stream()
			.filter((spec) -> !this.renderer.inputHash(old, logo, spec).equals(this.renderer.inputHash(changed, logo, spec)))
			.map(AssetSpec::key)
			.toList();
		if (!stale.isEmpty() && (old.status() != RenderStatus.DONE || this.launcher.launched(id))) {
			throw RequestRefusedException.field(Refusal.Kind.INVALID, "title", old.status() == RenderStatus.DONE
					? "Your files are being made again after your last change: change what they show once they are ready, in a minute or two."
					: "Your files are still being made: what they show can change once they are ready.");
		}
		this.transaction.executeWithoutResult((tx) -> {
			this.requests.updateEvent(id, event, !stale.isEmpty());
			this.assets.markStale(id, stale);
		});
		if (!stale.isEmpty()) {
			log.info("Request {}: its event changed; making again {}", id, stale);
			afterCommit(() -> this.launcher.launch(id, true));
		}
		return stale;
	}

	/** Runs {@code task} when the transaction in progress commits (at once when there is none). */
	private static void afterCommit(Runnable task) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			task.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				task.run();
			}
		});
	}

	/**
	 * Runs a failed request's job again: Spring Batch restarts the failed instance, and only the assets
	 * that are not recorded are rendered; or, for a DONE request whose files showing a changed event were not
	 * all made again, makes those.
	 *
	 * @return false when the request is not in a state that can be restarted
	 */
	public boolean restart(String id) {
		if (this.requests.find(id).filter((r) -> r.status() == RenderStatus.DONE).isPresent()
				&& !this.assets.stale(id).isEmpty() && !this.launcher.launched(id)) {
			// files that show a changed event could not all be made again: make the rest
			this.launcher.launch(id, true);
			return true;
		}
		if (!this.requests.updateStatusIf(id, RenderStatus.FAILED, RenderStatus.QUEUED)) {
			return false;
		}
		this.launcher.launch(id, this.requests.find(id).map((r) -> r.bulkId() == null).orElse(true));
		return true;
	}

}
