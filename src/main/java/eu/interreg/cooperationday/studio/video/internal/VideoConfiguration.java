package eu.interreg.cooperationday.studio.video.internal;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.storage.AssetStore;
import eu.interreg.cooperationday.studio.template.VideoTemplates;
import eu.interreg.cooperationday.studio.video.internal.ObjectStoreSegments;
import eu.interreg.cooperationday.studio.video.internal.SegmentCache;
import eu.interreg.cooperationday.studio.video.internal.Segments;
import eu.interreg.cooperationday.studio.video.AudioDescription;
import eu.interreg.cooperationday.studio.video.VideoRenderer;

/**
 * The video renderer: plain Java, built once with the brand kit and, unless
 * {@code STUDIO_VIDEO_SEGMENT_CACHE=false}, a segment cache in the object store. Segments made with
 * another template, brand kit or encoder are deleted at start and every {@code eviction-interval}.
 */
@Configuration(proxyBeanMethods = false)
class VideoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(VideoConfiguration.class);

	@Bean
	VideoRenderer videoRenderer(BrandKit brand, AssetStore store, VideoProperties properties) {
		return new VideoRenderer(brand,
				properties.segmentCache() ? SegmentCache.in(new ObjectStoreSegments(store)) : SegmentCache.off());
	}

	@Bean
	AudioDescription audioDescription(VideoProperties properties) {
		return new AudioDescription(EspeakNg.locate(properties.speechCommand()));
	}

	@Bean
	SegmentEviction segmentEviction(VideoRenderer renderer, VideoTemplates templates) {
		return new SegmentEviction(renderer, templates);
	}

	/** Deletes the segments no render will ask for again. */
	static final class SegmentEviction {

		private final VideoRenderer renderer;

		private final VideoTemplates templates;

		SegmentEviction(VideoRenderer renderer, VideoTemplates templates) {
			this.renderer = renderer;
			this.templates = templates;
		}

		@EventListener(ApplicationReadyEvent.class)
		@Scheduled(fixedDelayString = "${studio.video.eviction-interval:1h}",
				initialDelayString = "${studio.video.eviction-interval:1h}")
		void evict() {
			try {
				this.renderer.evictStaleSegments(this.templates.chosen());
			}
			catch (IOException | RuntimeException ex) {
				log.warn("Could not look for stale video segments: {}", ex.toString());
			}
		}

	}

}
