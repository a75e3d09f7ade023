package eu.interreg.cooperationday.studio.stats;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The campaign's downloads per day as an SVG bar chart, drawn on the server (no script on the staff
 * page): one bar per day, the axis labelled with the first and last days and the highest count, a title
 * and a description for screen readers.
 */
final class DownloadChart {

	static final int WIDTH = 720;

	static final int HEIGHT = 240;

	private static final int LEFT = 48;

	private static final int BOTTOM = 28;

	private static final int TOP = 12;

	private DownloadChart() {
	}

	static String svg(List<CampaignStats.Day> days) {
		long max = Math.max(1, days.stream().mapToLong(CampaignStats.Day::downloads).max().orElse(0));
		long total = days.stream().mapToLong(CampaignStats.Day::downloads).sum();
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" ")
			.append("viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH)
			.append("\" height=\"").append(HEIGHT).append("\" id=\"downloads-chart\">")
			.append("<title id=\"chart-title\">Downloads per day</title><desc id=\"chart-desc\">")
			.append(days.isEmpty() ? "No downloads yet."
					: total + " downloads from " + days.get(0).day() + " to " + days.get(days.size() - 1).day()
							+ "; the most in one day: " + max + ".")
			.append("</desc>");
		int plotWidth = WIDTH - LEFT - 8;
		int plotHeight = HEIGHT - TOP - BOTTOM;
		int baseline = TOP + plotHeight;
		svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(baseline).append("\" x2=\"")
			.append(WIDTH - 8).append("\" y2=\"").append(baseline).append("\" stroke=\"#4B5563\"/>")
			.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(TOP + 10)
			.append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#0B1B4D\">").append(max).append("</text>")
			.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(baseline)
			.append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#0B1B4D\">0</text>");
		if (!days.isEmpty()) {
			double slot = (double) plotWidth / days.size();
			double bar = Math.max(1, slot * 0.8);
			for (int i = 0; i < days.size(); i++) {
				CampaignStats.Day day = days.get(i);
				double height = (double) day.downloads() / max * plotHeight;
				svg.append("<rect x=\"").append(fmt(LEFT + i * slot + (slot - bar) / 2)).append("\" y=\"")
					.append(fmt(baseline - height)).append("\" width=\"").append(fmt(bar)).append("\" height=\"")
					.append(fmt(height)).append("\" fill=\"#003399\"><title>").append(day.day()).append(": ")
					.append(day.downloads()).append("</title></rect>");
			}
			DateTimeFormatter label = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
			svg.append("<text x=\"").append(LEFT).append("\" y=\"").append(HEIGHT - 8)
				.append("\" font-size=\"12\" fill=\"#0B1B4D\">").append(label.format(days.get(0).day())).append("</text>")
				.append("<text x=\"").append(WIDTH - 8).append("\" y=\"").append(HEIGHT - 8)
				.append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#0B1B4D\">")
				.append(label.format(days.get(days.size() - 1).day())).append("</text>");
		}
		return svg.append("</svg>").toString();
	}

	private static String fmt(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

}
