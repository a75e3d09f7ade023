package eu.interreg.cooperationday.studio.stats;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import eu.interreg.cooperationday.studio.render.AssetDownloaded;
import eu.interreg.cooperationday.studio.share.SharePageViewed;

/**
 * Counts each download and share-page view as it happens, in the visitor's request. A count that cannot
 * be written is logged and lost: a download never fails for the sake of a statistic.
 */
@Component
class DownloadCounter {

	private static final Logger log = LoggerFactory.getLogger(DownloadCounter.class);

	private final DownloadCounts counts;

	DownloadCounter(DownloadCounts counts) {
		this.counts = counts;
	}

	@EventListener
	void on(AssetDownloaded downloaded) {
		count(downloaded.kind(), downloaded.format());
	}

	@EventListener
	void on(SharePageViewed viewed) {
		count(DownloadCounts.SHARE_PAGE, "");
	}

	private void count(String kind, String format) {
		try {
			this.counts.increment(kind, format);
		}
		catch (DataAccessException ex) {
			log.warn("A {} {} download was not counted: {}", kind, format, ex.getMessage());
		}
	}

}
