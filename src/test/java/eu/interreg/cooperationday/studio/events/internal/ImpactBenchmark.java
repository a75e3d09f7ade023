package eu.interreg.cooperationday.studio.events.internal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.interreg.cooperationday.studio.events.CampaignEvent;
import eu.interreg.cooperationday.studio.events.CampaignEvents.Listed;
import eu.interreg.cooperationday.studio.events.EventFormat;
import eu.interreg.cooperationday.studio.places.Gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the impact dashboard's figures and charts and the impact report PDF take for a campaign of 300
 * reported events in 25 countries from 60 programmes ({@code ./mvnw -Pbench test}): prints the median
 * of 20 runs after 5 to warm up. The page's Thymeleaf rendering and the database reads are not in it.
 */
class ImpactBenchmark {

	@Test
	void threeHundredEvents() throws Exception {
		List<String> countries = Gazetteer.bundled().countries().subList(0, 25);
		Instant now = Instant.parse("2026-10-01T00:00:00Z");
		List<Listed> listed = new ArrayList<>();
		Map<String, ReportRepository.Report> reports = new HashMap<>();
		for (int i = 0; i < 300; i++) {
			String id = String.format("ev%08d", i);
			String country = countries.get(i % countries.size());
			listed.add(new Listed(new CampaignEvent(id, "r" + (i % 60), false, "Event " + i, LocalDate.of(2026, 9, 19),
					LocalTime.of(14, 0), null, ZoneId.of("Europe/Brussels"), "Venue", "City " + (i % 70), country, 50.0,
					4.0, false, URI.create("https://example.org"), List.of("en"), EventFormat.ONSITE, null, false, 0, now,
					now), "Interreg programme " + (i % 60), "programme-" + (i % 60), "en"));
			reports.put(id, new ReportRepository.Report(id, "k", 1, now, 100 + i, 1000L * i, 1 + i % 10, null, now, 0));
		}
		ImpactProperties.Previous previous = new ImpactProperties.Previous("2025", 85, 29, 68, 39, 50815L, 10_200_000L, 9.0);
		Path fonts = Path.of("brand-assets", "fonts");
		ImpactCharts drawn = new ImpactCharts(fonts);
		long[] dashboard = new long[20];
		long[] pdf = new long[20];
		int size = 0;
		for (int run = -5; run < 20; run++) {
			long started = System.nanoTime();
			ImpactFigures figures = ImpactFigures.of(listed, reports);
			String charts = drawn.svg("a", "Attendees per country", figures.byCountry(), 15, 640)
					+ drawn.svg("b", "Attendees per programme", figures.byProgramme(), 15, 640) + figures.csv();
			long middle = System.nanoTime();
			byte[] bytes = ImpactPdf.write(figures, previous, "Interreg Cooperation Day: impact", fonts, drawn);
			long done = System.nanoTime();
			assertThat(figures.totals().events()).isEqualTo(300);
			assertThat(charts).contains("<svg");
			if (run >= 0) {
				dashboard[run] = middle - started;
				pdf[run] = done - middle;
				size = bytes.length;
			}
		}
		java.util.Arrays.sort(dashboard);
		java.util.Arrays.sort(pdf);
		System.out.printf("Impact of 300 events: figures, charts and CSV %.2f ms; report PDF %.1f ms (%d bytes); medians of 20%n",
				dashboard[10] / 1e6, pdf[10] / 1e6, size);
	}

}
