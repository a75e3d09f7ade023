package eu.interreg.cooperationday.studio.stats;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The staff CSV: what a programme typed never runs as a spreadsheet formula. */
class StatsCsvTest {

	@Test
	void cellsThatStartAFormulaAreNeutralisedAndQuoted() {
		assertThat(StatsCsv.cell("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
		assertThat(StatsCsv.cell("+1")).isEqualTo("\"'+1\"");
		assertThat(StatsCsv.cell("-2+3")).isEqualTo("\"'-2+3\"");
		assertThat(StatsCsv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
		assertThat(StatsCsv.cell("\tx")).isEqualTo("\"'\tx\"");
		assertThat(StatsCsv.cell("Interreg Deutschland-Nederland")).isEqualTo("Interreg Deutschland-Nederland");
		assertThat(StatsCsv.cell("Kleve, Marktplatz")).isEqualTo("\"Kleve, Marktplatz\"");
	}

	@Test
	void theTableHasOneRowPerFigure() {
		CampaignStats stats = new CampaignStats(5, 2, 1, List.of(new CampaignStats.Named("de", 1)),
				List.of(new CampaignStats.Named("=cmd|' /C calc'!A0", 1)), List.of(new CampaignStats.Named("video", 5)),
				List.of(new CampaignStats.Named("video landscape-1920x1080", 5)),
				List.of(new CampaignStats.Day(LocalDate.of(2026, 9, 21), 5, 2)));
		assertThat(StatsCsv.write(stats)).isEqualTo("""
				section,name,count\r
				total,downloads,5\r
				total,share page views,2\r
				total,requests,1\r
				requests per language,de,1\r
				requests per programme,"'=cmd|' /C calc'!A0",1\r
				downloads per kind,video,5\r
				downloads per format,video landscape-1920x1080,5\r
				downloads per day,2026-09-21,5\r
				share page views per day,2026-09-21,2\r
				""");
	}

	@Test
	void theChartHasABarPerDayAndATextAlternative() {
		String svg = DownloadChart.svg(List.of(new CampaignStats.Day(LocalDate.of(2026, 9, 20), 3, 0),
				new CampaignStats.Day(LocalDate.of(2026, 9, 21), 0, 1), new CampaignStats.Day(LocalDate.of(2026, 9, 22), 6, 0)));
		assertThat(svg).startsWith("<svg").contains("role=\"img\"")
			.contains("<desc id=\"chart-desc\">9 downloads from 2026-09-20 to 2026-09-22; the most in one day: 6.</desc>");
		assertThat(svg.split("<rect ", -1)).hasSize(4);
		assertThat(DownloadChart.svg(List.of())).contains("No downloads yet.").doesNotContain("<rect");
	}

}
