package eu.interreg.cooperationday.studio.render.internal;

import java.net.URI;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import eu.interreg.cooperationday.studio.storage.AssetStore;
import eu.interreg.cooperationday.studio.problem.NotFoundException;
import eu.interreg.cooperationday.studio.render.internal.AssetRepository;
import eu.interreg.cooperationday.studio.render.Asset;
import eu.interreg.cooperationday.studio.render.AssetDownloaded;

/**
 * Stable download links: {@code /d/{token}} never expires, and answers with a redirect to a freshly
 * presigned S3 URL (which does, after {@code studio.s3.presign-expiry}). Each download is announced
 * ({@link AssetDownloaded}) for the campaign's counts.
 */
@RestController
class DownloadController {

	private final AssetRepository assets;

	private final AssetStore store;

	private final ApplicationEventPublisher events;

	DownloadController(AssetRepository assets, AssetStore store, ApplicationEventPublisher events) {
		this.assets = assets;
		this.store = store;
		this.events = events;
	}

	@GetMapping("/d/{token}")
	ResponseEntity<Void> download(@PathVariable String token) {
		if (token.length() > 64) {
			throw new NotFoundException("This download link is not known.");
		}
		Asset asset = this.assets.byToken(token)
			.orElseThrow(() -> new NotFoundException("This download link is not known."));
		this.events.publishEvent(new AssetDownloaded(asset.kind(), asset.format()));
		return ResponseEntity.status(HttpStatus.FOUND)
			.location(URI.create(this.store.presignedGet(asset.objectKey())))
			.cacheControl(CacheControl.noStore())
			.build();
	}

}
