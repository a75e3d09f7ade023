package eu.interreg.cooperationday.studio.programme.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the staff CSV: UTF-8 with or without a byte order mark, comma or semicolon separated (taken
 * from the header line), fields optionally in double quotes with "" for a quote, line breaks inside
 * quotes kept. Rows are numbered as a spreadsheet shows them (the header is row 1).
 */
public final class CsvReader {

	private CsvReader() {
	}

	/** A data row and its spreadsheet row number. */
	public record Row(int number, List<String> fields) {
	}

	public static List<Row> read(String text) {
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		int firstLineEnd = text.indexOf('\n');
		String header = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
		char separator = header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
		List<Row> rows = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int rowStart = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (c == separator) {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				fields.add(field.toString());
				field.setLength(0);
				addRow(rows, rowStart, fields);
				fields = new ArrayList<>();
				line++;
				rowStart = line;
			}
			else {
				field.append(c);
			}
		}
		if (!field.isEmpty() || !fields.isEmpty()) {
			fields.add(field.toString());
			addRow(rows, rowStart, fields);
		}
		return rows;
	}

	private static void addRow(List<Row> rows, int number, List<String> fields) {
		boolean blank = fields.stream().allMatch(String::isBlank);
		if (!blank) {
			rows.add(new Row(number, List.copyOf(fields)));
		}
	}

}
