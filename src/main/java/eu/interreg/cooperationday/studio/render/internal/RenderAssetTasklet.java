package eu.interreg.cooperationday.studio.render.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.dao.DuplicateKeyException;

import eu.interreg.cooperationday.studio.storage.AssetStore;
import eu.interreg.cooperationday.studio.system.FileType;
import eu.interreg.cooperationday.studio.system.Sha256;
import eu.interreg.cooperationday.studio.render.internal.RenderRequestRepository;
import eu.interreg.cooperationday.studio.render.internal.AssetRepository;
import eu.interreg.cooperationday.studio.render.Asset;
import eu.interreg.cooperationday.studio.render.AssetRenderer;
import eu.interreg.cooperationday.studio.render.AssetSpec;
import eu.interreg.cooperationday.studio.render.RenderJobs;
import eu.interreg.cooperationday.studio.render.RenderRequest;
import eu.interreg.cooperationday.studio.poster.PosterRenderer;
import eu.interreg.cooperationday.studio.video.VideoRenderer;
import eu.interreg.cooperationday.studio.visibility.Placement;
import eu.interreg.cooperationday.studio.visibility.VisibilityChecker;
import eu.interreg.cooperationday.studio.visibility.VisibilityReport;

/**
 * The work of one partition: render one asset of one request to a temp file, upload it with its
 * content type and sha256, record the {@link Asset}, delete the temp file. An asset that is already
 * recorded is not rendered again, which is what makes a restart redo only what is missing.
 */
class RenderAssetTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(RenderAssetTasklet.class);




	private static final SecureRandom TOKENS = new SecureRandom();

	private final RenderRequestRepository requests;

	private final AssetRepository assets;

	private final AssetStore store;

	private final AssetRenderer renderer;

	private final Path workDirectory;

	private final VisibilityChecker checker;

	RenderAssetTasklet(RenderRequestRepository requests, AssetRepository assets, AssetStore store, AssetRenderer renderer,
			Path workDirectory, VisibilityChecker checker) {
		this.checker = checker;
		this.requests = requests;
		this.assets = assets;
		this.store = store;
		this.renderer = renderer;
		this.workDirectory = workDirectory;
	}

	/**
	 * The asset a partition makes: its context says, and so does its name ({@code renderAsset:kind-format}).
	 * Spring Batch stores a partition's step and then its context: a partition stored just before a kill
	 * comes back at the restart with its context empty, and then its name is read.
	 */
	static AssetSpec spec(String stepName, ExecutionContext context) {
		if (context.containsKey(RenderJobs.KIND) && context.containsKey(RenderJobs.FORMAT)) {
			return AssetSpec.of(context.getString(RenderJobs.KIND), context.getString(RenderJobs.FORMAT));
		}
		String name = stepName.substring(stepName.indexOf(':') + 1);
		int dash = name.indexOf('-');
		if (dash <= 0) {
			throw new IllegalStateException("Partition " + stepName + " names no asset");
		}
		return AssetSpec.of(name.substring(0, dash), name.substring(dash + 1));
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		String requestId = (String) chunkContext.getStepContext().getJobParameters().get(RenderJobs.REQUEST_ID);
		AssetSpec spec = spec(contribution.getStepExecution().getStepName(),
				contribution.getStepExecution().getExecutionContext());
		boolean landscape = spec.equals(LANDSCAPE);
		if (this.assets.exists(requestId, spec.kind().id(), spec.format())) {
			log.debug("Request {} already has {}; not rendering it again", requestId, spec.partitionName());
			if (!landscape || (has(requestId, DESCRIBED) && has(requestId, DESCRIPTIONS))) {
				return RepeatStatus.FINISHED;
			}
		}
		RenderRequest request = this.requests.find(requestId)
			.orElseThrow(() -> new IllegalStateException("No request " + requestId));
		long started = System.nanoTime();
		byte[] logo;
		try (var in = this.store.open(request.logo().key())) {
			logo = in.readAllBytes();
		}
		String inputHash = this.renderer.inputHash(request, logo, spec);
		if (this.assets.exists(requestId, spec.kind().id(), spec.format()) || reused(requestId, spec, inputHash)) {
			// a landscape video made before (by this request, cut off before its described video, or another)
			if (landscape) {
				Asset video = this.assets.sameInputs(spec.kind().id(), spec.format(), inputHash).orElseThrow();
				describe(request, logo, null, video);
			}
			return RepeatStatus.FINISHED;
		}
		Files.createDirectories(this.workDirectory);
		Path temp = Files.createTempFile(this.workDirectory, "render-", "." + spec.fileType().extension());
		long checkNanos;
		try {
			List<Placement> placements = this.renderer.render(request, logo, spec, temp);
			long checking = System.nanoTime();
			VisibilityReport visibility = check(request, logo, spec, temp, placements);
			checkNanos = System.nanoTime() - checking;
			Asset made = store(request, spec, inputHash, temp, visibility);
			if (landscape) {
				describe(request, logo, temp, made);
			}
		}
		finally {
			Files.deleteIfExists(temp);
		}
		log.info("Rendered {} of request {} in {} ms (the visibility check took {} ms of it)", spec.partitionName(),
				requestId, (System.nanoTime() - started) / 1_000_000, checkNanos / 1_000_000);
		return RepeatStatus.FINISHED;
	}

	/** The landscape video, whose partition also makes the audio-described video. */
	private static final AssetSpec LANDSCAPE = AssetSpec.video(AssetSpec.VideoShape.LANDSCAPE);

	private static final AssetSpec DESCRIBED = AssetSpec.described();

	private static final AssetSpec DESCRIPTIONS = AssetSpec.descriptions();

	private boolean has(String requestId, AssetSpec spec) {
		return this.assets.exists(requestId, spec.kind().id(), spec.format());
	}

	/** Copies the file of an earlier render from the same inputs, when there is one; whether it did. */
	private boolean reused(String requestId, AssetSpec spec, String inputHash) {
		Optional<Asset> same = this.assets.sameInputs(spec.kind().id(), spec.format(), inputHash);
		if (same.isEmpty() || this.store.stat(same.get().objectKey()) == null) {
			return false;
		}
		// the same inputs were rendered before: the bytes would be the same, so copy them
		Asset source = same.get();
		String key = spec.objectKey(requestId);
		this.store.copy(source.objectKey(), key);
		record(new Asset(requestId, spec.kind().id(), spec.format(), key, source.contentType(), source.sizeBytes(),
				source.sha256(), newToken(), inputHash, source.visibility()));
		log.info("Reused {} for request {} from request {}", spec.partitionName(), requestId, source.requestId());
		return true;
	}

	/** Uploads a rendered file with its content type and sha256, and records it. */
	private Asset store(RenderRequest request, AssetSpec spec, String inputHash, Path file, VisibilityReport visibility)
			throws IOException {
		String key = spec.objectKey(request.id());
		String sha256 = Sha256.hex(file);
		this.store.put(key, file, spec.fileType().contentType(), sha256);
		Asset asset = new Asset(request.id(), spec.kind().id(), spec.format(), key, spec.fileType().contentType(),
				Files.size(file), sha256, newToken(), inputHash, visibility);
		record(asset);
		return asset;
	}

	/**
	 * The audio-described video and its descriptions, made by the landscape video's partition: its pictures
	 * are that video's packets ({@code picture}, or else the stored {@code video}) with another sound, so
	 * it is made where they are, never by a partition that would wait for them (and could hold the thread
	 * or worker the landscape video needs); one reading makes both files. The described video's
	 * visibility measure is the landscape video's.
	 */
	private void describe(RenderRequest request, byte[] logo, Path picture, Asset video) throws IOException {
		boolean sound = request.wants(DESCRIBED) && !has(request.id(), DESCRIBED)
				&& !reused(request.id(), DESCRIBED, this.renderer.inputHash(request, logo, DESCRIBED));
		boolean text = request.wants(DESCRIPTIONS) && !has(request.id(), DESCRIPTIONS)
				&& !reused(request.id(), DESCRIPTIONS, this.renderer.inputHash(request, logo, DESCRIPTIONS));
		if (!sound && !text) {
			return;
		}
		long started = System.nanoTime();
		Path pictures = picture;
		Path mp4 = Files.createTempFile(this.workDirectory, "described-", ".mp4");
		Path vtt = Files.createTempFile(this.workDirectory, "descriptions-", ".vtt");
		try {
			if (pictures == null) {
				pictures = Files.createTempFile(this.workDirectory, "landscape-", ".mp4");
				try (var in = this.store.open(video.objectKey())) {
					Files.copy(in, pictures, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				}
			}
			Files.writeString(vtt, this.renderer.describe(request, pictures, mp4), java.nio.charset.StandardCharsets.UTF_8);
			if (sound) {
				store(request, DESCRIBED, this.renderer.inputHash(request, logo, DESCRIBED), mp4, video.visibility());
			}
			if (text) {
				store(request, DESCRIPTIONS, this.renderer.inputHash(request, logo, DESCRIPTIONS), vtt, null);
			}
		}
		finally {
			Files.deleteIfExists(mp4);
			Files.deleteIfExists(vtt);
			if (picture == null && pictures != null) {
				Files.deleteIfExists(pictures);
			}
		}
		log.info("Rendered the audio description of request {} in {} ms", request.id(),
				(System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Measures the finished file, as it will be delivered, against the visibility rules: a PDF's page, a
	 * PNG as it is, each checked frame of a video (the report of a video is its first frame that breaks
	 * the rules, else the frame that shows the programme's logo). A poster's 480 px thumbnail is measured
	 * on its drawing at twice its size, and reported in its own pixels.
	 */
	private VisibilityReport check(RenderRequest request, byte[] logo, AssetSpec spec, Path file,
			List<Placement> placements) throws IOException {
		if (placements.isEmpty()) {
			return null;
		}
		if (spec.maker() == AssetSpec.Maker.POSTER_THUMBNAIL) {
			PosterRenderer.Drawn drawn = this.renderer.thumbnailDrawing(request, logo, spec, THUMBNAIL_SCALE);
			return logged(spec, this.checker.check(drawn.image(), drawn.placement()).scaled(1.0 / THUMBNAIL_SCALE));
		}
		List<java.awt.image.BufferedImage> frames = spec.fileType() == FileType.MP4
				? VideoRenderer.readFrames(file, placements.stream().map(Placement::seconds).toList()) : null;
		VisibilityReport report = null;
		for (int i = 0; i < placements.size(); i++) {
			Placement placement = placements.get(i);
			VisibilityReport frame = switch (spec.fileType()) {
				case PDF -> this.checker.checkPdf(file, placement);
				case PNG -> this.checker.check(readImage(file), placement);
				case MP4 -> this.checker.check(frames.get(i), placement);
				default -> throw new IllegalStateException("No visibility check for a " + spec.fileType() + " file");
			};
			if (report == null || (report.compliant() && !frame.compliant())
					|| (report.compliant() && showsProgramme(frame) && !showsProgramme(report))) {
				report = frame;
			}
		}
		return logged(spec, report);
	}

	/** How many times its size a poster thumbnail is drawn to be measured. */
	private static final int THUMBNAIL_SCALE = 2;

	private static VisibilityReport logged(AssetSpec spec, VisibilityReport report) {
		if (!report.compliant()) {
			log.warn("{} does not follow the visibility rules: {}", spec.partitionName(), report.summary());
		}
		return report;
	}

	private static boolean showsProgramme(VisibilityReport report) {
		return report.logos().stream().anyMatch((logo) -> logo.name().equals(Placement.PROGRAMME));
	}

	private static java.awt.image.BufferedImage readImage(Path file) throws IOException {
		java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(file.toFile());
		if (image == null) {
			throw new IOException("The rendered file " + file.getFileName() + " does not read back as an image");
		}
		return image;
	}

	/** Records a file, in place of its stale record when the request's event changed since it was made. */
	private void record(Asset asset) {
		try {
			this.assets.replace(asset);
		}
		catch (DuplicateKeyException ex) {
			// a concurrent run recorded it first; the stored object is the same render
			log.debug("Asset {}/{} of {} was recorded concurrently", asset.kind(), asset.format(), asset.requestId());
		}
	}

	/** 192 random bits, URL-safe: a download link that cannot be guessed. */
	static String newToken() {
		byte[] bytes = new byte[24];
		TOKENS.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
