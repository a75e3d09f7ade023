package eu.interreg.cooperationday.studio.stats;

import java.util.List;

import eu.interreg.cooperationday.studio.system.CsvCell;

/**
 * The campaign's figures as CSV (RFC 4180, one table: {@code section,name,count}). A spreadsheet must
 * not run what a programme typed: a cell that starts with {@code = + - @}, a tab or a carriage return is
 * prefixed with an apostrophe (and every cell is quoted when it needs it).
 */
final class StatsCsv {

	private StatsCsv() {
	}

	static String write(CampaignStats stats) {
		StringBuilder csv = new StringBuilder("section,name,count\r\n");
		row(csv, "total", "downloads", stats.downloads());
		row(csv, "total", "share page views", stats.sharePageViews());
		row(csv, "total", "requests", stats.requests());
		rows(csv, "requests per language", stats.requestsPerLanguage());
		rows(csv, "requests per programme", stats.requestsPerProgramme());
		rows(csv, "downloads per kind", stats.downloadsPerKind());
		rows(csv, "downloads per format", stats.downloadsPerFormat());
		for (CampaignStats.Day day : stats.downloadsPerDay()) {
			row(csv, "downloads per day", day.day().toString(), day.downloads());
			row(csv, "share page views per day", day.day().toString(), day.sharePageViews());
		}
		return csv.toString();
	}

	private static void rows(StringBuilder csv, String section, List<CampaignStats.Named> counts) {
		for (CampaignStats.Named count : counts) {
			row(csv, section, count.name(), count.count());
		}
	}

	private static void row(StringBuilder csv, String section, String name, long count) {
		csv.append(cell(section)).append(',').append(cell(name)).append(',').append(count).append("\r\n");
	}

	/** One cell ({@link CsvCell}). */
	static String cell(String value) {
		return CsvCell.of(value);
	}

}
