package eu.interreg.cooperationday.studio.stats;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The campaign's figures for staff: {@code GET /api/stats} as JSON, or as CSV ({@code Accept: text/csv}
 * or {@code ?format=csv}), and the dashboard page {@code /staff/stats} with the downloads chart.
 */
@Controller
class StatsController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final StatsService stats;

	StatsController(StatsService stats) {
		this.stats = stats;
	}

	@GetMapping(path = "/api/stats", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<?> json(@RequestParam(required = false) String format) {
		if ("csv".equals(format)) {
			return csv();
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(this.stats.stats());
	}

	@GetMapping(path = "/api/stats", produces = "text/csv")
	@ResponseBody
	ResponseEntity<?> csv() {
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("cooperation-day-stats.csv").build().toString())
			.body(StatsCsv.write(this.stats.stats()).getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/staff/stats")
	String dashboard(Model model) {
		CampaignStats stats = this.stats.stats();
		model.addAttribute("stats", stats);
		model.addAttribute("chart", DownloadChart.svg(stats.downloadsPerDay()));
		return "staff/stats";
	}

}
