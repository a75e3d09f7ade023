package eu.interreg.cooperationday.studio.programme;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import eu.interreg.cooperationday.studio.problem.Refusal;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;
import eu.interreg.cooperationday.studio.programme.internal.CsvReader;

/**
 * Turns the staff CSV and the zip of logos into requests: each row is validated exactly like a form
 * request; a bad row is set aside with its row number, code and reason and does not stop the others.
 */
public class BulkImport {

	public static final List<String> HEADER = List.of("code", "name", "language", "contact_email", "logo_file",
			"event_title", "event_date", "event_venue", "event_url");

	/** Columns a CSV may add after {@link #HEADER}, in any order. */
	public static final List<String> OPTIONAL = List.of("callback_url", "second_language", "name_second", "event_city",
			"event_country");

	private final ProgrammeRequestParser parser;

	public BulkImport(ProgrammeRequestParser parser) {
		this.parser = parser;
	}

	/** A row that became a request. */
	public record Accepted(int row, String code, ProgrammeRequest request) {
	}

	/** A row that did not, and why. */
	public record Rejected(int row, String code, String reason) {
	}

	public record Result(int rowsRead, List<Accepted> accepted, List<Rejected> rejected) {
	}

	public Result read(byte[] csv, LogoArchive logos) {
		List<CsvReader.Row> rows = CsvReader.read(decode(csv));
		if (rows.isEmpty()) {
			throw RequestRefusedException.field(Refusal.Kind.INVALID, "programmes", "The CSV is empty.");
		}
		List<String> header = rows.get(0).fields().stream().map((f) -> f.strip().toLowerCase(Locale.ROOT)).toList();
		int columns = header.size();
		List<String> extra = header.subList(Math.min(columns, HEADER.size()), columns);
		if (columns < HEADER.size() || !header.subList(0, HEADER.size()).equals(HEADER)
				|| !OPTIONAL.containsAll(extra) || extra.stream().distinct().count() != extra.size()) {
			throw RequestRefusedException.field(Refusal.Kind.INVALID, "programmes",
					"The CSV header must be: " + String.join(",", HEADER) + " (optionally followed by any of "
							+ String.join(",", OPTIONAL) + ").");
		}
		List<Accepted> accepted = new ArrayList<>();
		List<Rejected> rejected = new ArrayList<>();
		for (CsvReader.Row row : rows.subList(1, rows.size())) {
			List<String> f = new ArrayList<>(row.fields());
			while (f.size() < columns) {
				f.add("");
			}
			String code = f.get(0).strip();
			if (row.fields().size() > columns) {
				rejected.add(new Rejected(row.number(), code, "The row has more than " + columns + " fields."));
				continue;
			}
			String logoFile = f.get(4).strip();
			byte[] logo = logoFile.isEmpty() ? null : logos.get(logoFile);
			String noLogo = logo != null ? null : logoFile.isEmpty() ? "The row names no logo file."
					: "The zip holds no logo named '" + logoFile + "'.";
			try {
				ProgrammeRequest request = this.parser.parse(new ProgrammeRequestParser.RawFields(f.get(1), f.get(2),
						f.get(3), logoFile, null, logo, f.get(5), f.get(6), f.get(7), f.get(8), optional(header, f, "callback_url"),
						optional(header, f, "second_language"), optional(header, f, "name_second"),
						optional(header, f, "event_city"), optional(header, f, "event_country")));
				accepted.add(new Accepted(row.number(), code, request));
			}
			catch (RequestRefusedException ex) {
				// every reason of the row at once, the missing logo in the words of the zip
				rejected.add(new Rejected(row.number(), code, ex.problems().stream()
					.map((p) -> column(p.field()) + ": " + (p.field().equals("logo") && noLogo != null ? noLogo : p.reason()))
					.collect(Collectors.joining(" "))));
			}
		}
		return new Result(rows.size() - 1, accepted, rejected);
	}

	/** The row's value of an optional column, null when the CSV has no such column. */
	private static String optional(List<String> header, List<String> fields, String column) {
		int index = header.indexOf(column);
		return index < 0 ? null : fields.get(index);
	}

	private static String column(String field) {
		return switch (field) {
			case "programmeName" -> "name";
			case "contactEmail" -> "contact_email";
			case "logo" -> "logo_file";
			case "eventTitle" -> "event_title";
			case "eventDate" -> "event_date";
			case "eventVenue" -> "event_venue";
			case "eventUrl" -> "event_url";
			case "callbackUrl" -> "callback_url";
			case "secondLanguage" -> "second_language";
			case "programmeNameSecond" -> "name_second";
			case "eventCity" -> "event_city";
			case "eventCountry" -> "event_country";
			default -> field;
		};
	}

	private static String decode(byte[] csv) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(csv))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw RequestRefusedException.field(Refusal.Kind.INVALID, "programmes", "The CSV must be UTF-8 text.");
		}
	}

}
