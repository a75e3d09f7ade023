package eu.interreg.cooperationday.studio.stats;

import java.time.LocalDate;
import java.util.List;

/**
 * What staff see of the campaign ({@code GET /api/stats}): downloads in all (share-page views apart),
 * requests per language and per programme, downloads per kind and per format, and per day.
 */
record CampaignStats(long downloads, long sharePageViews, long requests, List<Named> requestsPerLanguage,
		List<Named> requestsPerProgramme, List<Named> downloadsPerKind, List<Named> downloadsPerFormat,
		List<Day> downloadsPerDay) {

	/** A name and its count. */
	record Named(String name, long count) {
	}

	/** A day's downloads and share-page views. */
	record Day(LocalDate day, long downloads, long sharePageViews) {
	}

}
