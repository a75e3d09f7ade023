package eu.interreg.cooperationday.studio.events.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.events.CampaignEvents;
import eu.interreg.cooperationday.studio.events.CampaignEvents.Filter;

/**
 * The campaign dashboard for staff ({@code /staff/impact}): the figures its evaluation counts, beside the
 * previous campaign's, per country and per programme, as charts and as the tables they draw; the same as
 * CSV ({@code /staff/impact.csv}) and as a report PDF in the campaign's identity ({@code /staff/impact.pdf}).
 */
@Controller
class ImpactController {

	static final String TITLE = "Interreg Cooperation Day: impact";

	private final CampaignEvents events;

	private final ReportRepository reports;

	private final ImpactProperties properties;

	private final BrandKit brand;

	private final ImpactCharts charts;

	ImpactController(CampaignEvents events, ReportRepository reports, ImpactProperties properties, BrandKit brand) {
		this.events = events;
		this.reports = reports;
		this.properties = properties;
		this.brand = brand;
		this.charts = new ImpactCharts(brand.directory().resolve("fonts"));
	}

	private ImpactFigures figures() {
		return ImpactFigures.of(this.events.published(Filter.ALL), this.reports.reported());
	}

	@GetMapping("/staff/impact")
	String dashboard(Model model) {
		ImpactFigures figures = figures();
		model.addAttribute("figures", figures);
		model.addAttribute("totals", figures.totals());
		model.addAttribute("previous", this.properties.previous());
		model.addAttribute("countryChart",
				this.charts.svg("chart-country", "Attendees per country", figures.byCountry(), CHART_ROWS, 640));
		model.addAttribute("programmeChart",
				this.charts.svg("chart-programme", "Attendees per programme", figures.byProgramme(), CHART_ROWS, 640));
		return "events/impact";
	}

	@GetMapping("/staff/impact.csv")
	ResponseEntity<String> csv() {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"cooperation-day-impact.csv\"")
			.body(figures().csv());
	}

	@GetMapping("/staff/impact.pdf")
	ResponseEntity<byte[]> pdf() throws IOException {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "inline; filename=\"cooperation-day-impact.pdf\"")
			.body(ImpactPdf.write(figures(), this.properties.previous(), TITLE, this.brand.directory().resolve("fonts"),
					this.charts));
	}

	/** How many countries or programmes a chart shows, the most attended first (the tables have them all). */
	static final int CHART_ROWS = 15;

}
