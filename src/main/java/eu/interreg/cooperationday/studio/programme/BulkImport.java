package eu.interreg.cooperationday.studio.programme;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns the staff CSV and the zip of logos into requests: each row is validated exactly like a form
 * request; a bad row is set aside with its row number, code and reason and does not stop the others.
 */
public class BulkImport {

	public static final List<String> HEADER = List.of("code", "name", "language", "contact_email", "logo_file",
			"event_title", "event_date", "event_venue", "event_url");

	/** Columns a CSV may add after {@link #HEADER}, in this order. */
	public static final List<String> OPTIONAL = List.of("callback_url");

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
		if (columns < HEADER.size() || columns > HEADER.size() + OPTIONAL.size()
				|| !header.subList(0, HEADER.size()).equals(HEADER)
				|| !header.subList(HEADER.size(), columns).equals(OPTIONAL.subList(0, columns - HEADER.size()))) {
			throw RequestRefusedException.field(Refusal.Kind.INVALID, "programmes",
					"The CSV header must be: " + String.join(",", HEADER) + " (optionally followed by "
							+ String.join(",", OPTIONAL) + ").");
		}
		List<Accepted> accepted = new ArrayList<>();
		List<Rejected> rejected = new ArrayList<>();
		for (CsvReader.Row row : rows.subList(1, rows.size())) {
			List<String> f = new ArrayList<>(row.fields());
			while (f.size() < HEADER.size() + OPTIONAL.size()) {
				f.add("");
			}
			String code = f.get(0).strip();
			if (row.fields().size() > columns) {
				rejected.add(new Rejected(row.number(), code, "The row has more than " + columns + " fields."));
				continue;
			}
			String logoFile = f.get(4).strip();
			byte[] logo = logos.get(logoFile);
			if (logoFile.isEmpty() || logo == null) {
				rejected.add(new Rejected(row.number(), code, logoFile.isEmpty() ? "The row names no logo file."
						: "The zip holds no logo named '" + logoFile + "'."));
				continue;
			}
			try {
				ProgrammeRequest request = this.parser.parse(new ProgrammeRequestParser.RawFields(f.get(1), f.get(2),
						f.get(3), logoFile, null, logo, f.get(5), f.get(6), f.get(7), f.get(8), f.get(9)));
				accepted.add(new Accepted(row.number(), code, request));
			}
			catch (RequestRefusedException ex) {
				rejected.add(new Rejected(row.number(), code, ex.problems().stream()
					.map((p) -> column(p.field()) + ": " + p.reason())
					.collect(Collectors.joining(" "))));
			}
		}
		return new Result(rows.size() - 1, accepted, rejected);
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
