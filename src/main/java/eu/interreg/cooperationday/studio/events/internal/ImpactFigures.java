package eu.interreg.cooperationday.studio.events.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

import eu.interreg.cooperationday.studio.events.CampaignEvent;
import eu.interreg.cooperationday.studio.events.CampaignEvents.Listed;
import eu.interreg.cooperationday.studio.system.CsvCell;

/**
 * The campaign's figures as its evaluation counts them, from its public events (cancelled ones aside) and
 * what their communicators reported: events, countries, cities, programmes, attendees, social reach and
 * mean satisfaction, in all and per country and per programme.
 */
record ImpactFigures(Totals totals, List<Row> byCountry, List<Row> byProgramme) {

	/** The campaign's totals; {@code satisfaction} is null when no event reported it. */
	record Totals(int events, int reported, int countries, int cities, int programmes, long attendees, long reach,
			Double satisfaction) {
	}

	/** One country's or programme's share. */
	record Row(String name, int events, int reported, long attendees, long reach, Double satisfaction) {
	}

	static ImpactFigures of(List<Listed> listed, Map<String, ReportRepository.Report> reports) {
		List<Listed> held = listed.stream().filter((l) -> !l.event().cancelled()).toList();
		Set<String> countries = new HashSet<>();
		Set<String> cities = new HashSet<>();
		Set<String> programmes = new HashSet<>();
		for (Listed l : held) {
			CampaignEvent e = l.event();
			if (e.country() != null) {
				countries.add(e.country());
				if (e.city() != null) {
					cities.add(e.country() + "/" + e.city().toLowerCase(java.util.Locale.ROOT));
				}
			}
			programmes.add(l.slug());
		}
		Row all = row("all", held, reports);
		Totals totals = new Totals(held.size(), all.reported(), countries.size(), cities.size(), programmes.size(),
				all.attendees(), all.reach(), all.satisfaction());
		return new ImpactFigures(totals,
				rows(held, reports, (l) -> l.event().country() == null ? "Online" : EventPages.countryName(l.event().country())),
				rows(held, reports, Listed::programme));
	}

	private static List<Row> rows(List<Listed> held, Map<String, ReportRepository.Report> reports,
			Function<Listed, String> key) {
		Map<String, List<Listed>> groups = new LinkedHashMap<>();
		held.forEach((l) -> groups.computeIfAbsent(key.apply(l), (k) -> new ArrayList<>()).add(l));
		return groups.entrySet()
			.stream()
			.map((g) -> row(g.getKey(), g.getValue(), reports))
			.sorted(Comparator.comparingLong(Row::attendees).reversed().thenComparing(Row::name))
			.toList();
	}

	private static Row row(String name, List<Listed> events, Map<String, ReportRepository.Report> reports) {
		int reported = 0;
		long attendees = 0;
		long reach = 0;
		List<Integer> satisfaction = new ArrayList<>();
		for (Listed l : events) {
			ReportRepository.Report report = reports.get(l.event().id());
			if (report == null) {
				continue;
			}
			reported++;
			attendees += report.attendees() == null ? 0 : report.attendees();
			reach += report.reach() == null ? 0 : report.reach();
			if (report.satisfaction() != null) {
				satisfaction.add(report.satisfaction());
			}
		}
		OptionalDouble mean = satisfaction.stream().mapToInt(Integer::intValue).average();
		return new Row(name, events.size(), reported, attendees, reach,
				mean.isPresent() ? Math.round(mean.getAsDouble() * 10) / 10.0 : null);
	}

	/** The figures as CSV (RFC 4180): the totals, then a line per country and per programme. */
	String csv() {
		StringBuilder out = new StringBuilder("scope,name,events,reported,attendees,reach,satisfaction\r\n");
		out.append(line("campaign", "all", new Row("all", this.totals.events(), this.totals.reported(),
				this.totals.attendees(), this.totals.reach(), this.totals.satisfaction())));
		this.byCountry.forEach((r) -> out.append(line("country", r.name(), r)));
		this.byProgramme.forEach((r) -> out.append(line("programme", r.name(), r)));
		return out.toString();
	}

	private static String line(String scope, String name, Row row) {
		return scope + "," + CsvCell.of(name) + "," + row.events() + "," + row.reported() + "," + row.attendees() + ","
				+ row.reach() + "," + (row.satisfaction() == null ? "" : row.satisfaction()) + "\r\n";
	}

}
