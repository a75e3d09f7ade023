package eu.interreg.cooperationday.studio.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;


/** Puts the campaign's figures together from the requests and the download counts. */
@Service
class StatsService {

	private final RequestCounts requests;

	private final DownloadCounts counts;

	StatsService(RequestCounts requests, DownloadCounts counts) {
		this.requests = requests;
		this.counts = counts;
	}

	CampaignStats stats() {
		List<DownloadCounts.Row> rows = this.counts.all();
		List<DownloadCounts.Row> downloads = rows.stream().filter((r) -> !r.kind().equals(DownloadCounts.SHARE_PAGE)).toList();
		long views = rows.stream().filter((r) -> r.kind().equals(DownloadCounts.SHARE_PAGE)).mapToLong(DownloadCounts.Row::hits).sum();
		List<CampaignStats.Named> perLanguage = named(this.requests.perLanguage());
		return new CampaignStats(downloads.stream().mapToLong(DownloadCounts.Row::hits).sum(), views,
				perLanguage.stream().mapToLong(CampaignStats.Named::count).sum(), perLanguage,
				named(this.requests.perProgramme()), sum(downloads, DownloadCounts.Row::kind),
				sum(downloads, (r) -> r.kind() + " " + r.format()), perDay(rows));
	}

	private static List<CampaignStats.Named> named(List<RequestCounts.Named> counts) {
		return counts.stream().map((c) -> new CampaignStats.Named(c.name(), c.count())).toList();
	}

	private static List<CampaignStats.Named> sum(List<DownloadCounts.Row> rows,
			java.util.function.Function<DownloadCounts.Row, String> by) {
		Map<String, Long> sums = rows.stream()
			.collect(Collectors.groupingBy(by, TreeMap::new, Collectors.summingLong(DownloadCounts.Row::hits)));
		return sums.entrySet()
			.stream()
			.map((e) -> new CampaignStats.Named(e.getKey(), e.getValue()))
			.sorted(Comparator.comparingLong(CampaignStats.Named::count).reversed())
			.toList();
	}

	/** Every day from the first counted one to the last, days without downloads as zeros. */
	private static List<CampaignStats.Day> perDay(List<DownloadCounts.Row> rows) {
		TreeMap<LocalDate, long[]> days = new TreeMap<>();
		for (DownloadCounts.Row row : rows) {
			long[] day = days.computeIfAbsent(row.day(), (d) -> new long[2]);
			day[row.kind().equals(DownloadCounts.SHARE_PAGE) ? 1 : 0] += row.hits();
		}
		List<CampaignStats.Day> list = new ArrayList<>();
		if (days.isEmpty()) {
			return list;
		}
		for (LocalDate day = days.firstKey(); !day.isAfter(days.lastKey()); day = day.plusDays(1)) {
			long[] counts = days.getOrDefault(day, new long[2]);
			list.add(new CampaignStats.Day(day, counts[0], counts[1]));
		}
		return list;
	}

}
