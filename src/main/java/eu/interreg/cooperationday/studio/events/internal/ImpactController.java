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

	ImpactController(CampaignEvents events, ReportRepository reports, ImpactProperties properties, BrandKit brand) {
		this.events = events;
		this.reports = reports;
		this.properties = properties;
		this.brand = brand;
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
		model.addAttribute("countryChart", bars("chart-country", "Attendees per country", figures.byCountry()));
		model.addAttribute("programmeChart", bars("chart-programme", "Attendees per programme", figures.byProgramme()));
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
			.body(ImpactPdf.write(figures(), this.properties.previous(), TITLE, this.brand.directory().resolve("fonts")));
	}

	/** Horizontal bars as inline SVG, labelled for assistive technology; the table beside it has the numbers. */
	static String bars(String id, String title, List<ImpactFigures.Row> rows) {
		List<ImpactFigures.Row> shown = rows.subList(0, Math.min(15, rows.size()));
		long most = Math.max(1, shown.stream().mapToLong(ImpactFigures.Row::attendees).max().orElse(1));
		int height = 24 + shown.size() * 22;
		StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 " + height
				+ "\" width=\"640\" height=\"" + height + "\" role=\"img\" aria-labelledby=\"" + id + "-title\" id=\"" + id + "\">"
				+ "<title id=\"" + id + "-title\">" + escape(title) + " (the table below has the numbers)</title>");
		int y = 10;
		for (ImpactFigures.Row row : shown) {
			double length = Math.max(1, 380.0 * row.attendees() / most);
			svg.append("<text x=\"0\" y=\"").append(y + 13).append("\" font-size=\"12\" fill=\"#0B1B4D\">")
				.append(escape(row.name().length() > 28 ? row.name().substring(0, 27) + "…" : row.name())).append("</text>")
				.append("<rect x=\"190\" y=\"").append(y).append("\" width=\"").append(String.format(java.util.Locale.ROOT, "%.1f", length))
				.append("\" height=\"16\" fill=\"#F59E0B\"/>")
				.append("<text x=\"").append(String.format(java.util.Locale.ROOT, "%.1f", 196 + length)).append("\" y=\"").append(y + 13)
				.append("\" font-size=\"12\" fill=\"#0B1B4D\">").append(row.attendees()).append("</text>");
			y += 22;
		}
		return svg.append("</svg>").toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
