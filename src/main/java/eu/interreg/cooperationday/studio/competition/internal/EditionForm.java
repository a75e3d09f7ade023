package eu.interreg.cooperationday.studio.competition.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.interreg.cooperationday.studio.problem.FieldProblem;
import eu.interreg.cooperationday.studio.problem.Refusal;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;

/**
 * The staff form of an edition, read into an {@link Edition}: its id (the year, say), title, the four
 * moments as local date-times in the configured zone, the jury's weight, and one category a line as
 * {@code id | name | criterion; criterion; ...}.
 */
final class EditionForm {

	private EditionForm() {
	}

	static Edition parse(Map<String, String> form, ZoneId zone) {
		Map<String, String> problems = new LinkedHashMap<>();
		String id = form.getOrDefault("id", "").strip().toLowerCase(Locale.ROOT);
		if (!id.matches("[a-z0-9-]{1,16}")) {
			problems.put("id", "The edition's id is 1 to 16 letters, digits or hyphens (the year, say).");
		}
		String title = form.getOrDefault("title", "").strip();
		if (title.isEmpty() || title.length() > 200) {
			problems.put("title", "Give the edition a title of at most 200 characters.");
		}
		Instant entryOpens = moment(form, "entryOpens", zone, problems);
		Instant entryCloses = moment(form, "entryCloses", zone, problems);
		Instant votingOpens = moment(form, "votingOpens", zone, problems);
		Instant votingCloses = moment(form, "votingCloses", zone, problems);
		if (entryOpens != null && entryCloses != null && !entryCloses.isAfter(entryOpens)) {
			problems.put("entryCloses", "Entries must close after they open.");
		}
		if (votingOpens != null && votingCloses != null && !votingCloses.isAfter(votingOpens)) {
			problems.put("votingCloses", "Voting must close after it opens.");
		}
		int weight = -1;
		try {
			weight = Integer.parseInt(form.getOrDefault("juryWeight", "").strip());
		}
		catch (NumberFormatException ex) {
			// said below
		}
		if (weight < 0 || weight > 100) {
			problems.put("juryWeight", "The jury's weight is a percentage from 0 to 100.");
		}
		List<Edition.Category> categories = new ArrayList<>();
		for (String line : form.getOrDefault("categories", "").split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split("\\|", 3);
			String category = parts[0].strip().toLowerCase(Locale.ROOT);
			if (parts.length < 2 || !category.matches("[a-z0-9-]{1,40}") || parts[1].isBlank()) {
				problems.put("categories", "Each line is: id | name | criterion; criterion (\"" + line.strip() + "\" is not).");
				continue;
			}
			List<String> criteria = parts.length < 3 ? List.of()
					: List.of(parts[2].split(";")).stream().map(String::strip).filter((c) -> !c.isEmpty()).toList();
			categories.add(new Edition.Category(category, parts[1].strip(), criteria));
		}
		if (categories.isEmpty() && !problems.containsKey("categories")) {
			problems.put("categories", "An edition has at least one category.");
		}
		if (categories.stream().map(Edition.Category::id).distinct().count() != categories.size()) {
			problems.put("categories", "Two categories have the same id.");
		}
		if (!problems.isEmpty()) {
			throw new RequestRefusedException(new Refusal(Refusal.Kind.INVALID, "The edition was not saved.",
					problems.entrySet().stream().map((p) -> new FieldProblem(p.getKey(), p.getValue())).toList()));
		}
		return new Edition(id, title, zone, entryOpens, entryCloses, votingOpens, votingCloses, weight, null, categories);
	}

	private static Instant moment(Map<String, String> form, String field, ZoneId zone, Map<String, String> problems) {
		try {
			return LocalDateTime.parse(form.getOrDefault(field, "").strip()).atZone(zone).toInstant();
		}
		catch (DateTimeException ex) {
			problems.put(field, "Give a date and time, as 2026-09-01T09:00.");
			return null;
		}
	}

	/** An edition's values as its form shows them. */
	static Map<String, String> of(Edition e) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("id", e.id());
		form.put("title", e.title());
		form.put("entryOpens", local(e.entryOpens(), e.zone()));
		form.put("entryCloses", local(e.entryCloses(), e.zone()));
		form.put("votingOpens", local(e.votingOpens(), e.zone()));
		form.put("votingCloses", local(e.votingCloses(), e.zone()));
		form.put("juryWeight", String.valueOf(e.juryWeight()));
		StringBuilder categories = new StringBuilder();
		e.categories().forEach((c) -> categories.append(c.id()).append(" | ").append(c.name()).append(" | ")
			.append(String.join("; ", c.criteria())).append('\n'));
		form.put("categories", categories.toString().strip());
		return form;
	}

	private static String local(Instant at, ZoneId zone) {
		return LocalDateTime.ofInstant(at, zone).withSecond(0).withNano(0).toString();
	}

}
