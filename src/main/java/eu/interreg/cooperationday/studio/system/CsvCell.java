package eu.interreg.cooperationday.studio.system;

/**
 * One cell of the studio's CSV files (statistics, impact figures, posts, the competition): a value that
 * starts as a spreadsheet formula would ({@code = + - @}, a tab or a carriage return) is prefixed with an
 * apostrophe so it is read as text, and a cell holding a comma, quote, line break or that apostrophe is
 * quoted (RFC 4180).
 */
public final class CsvCell {

	private CsvCell() {
	}

	public static String of(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
				|| text.startsWith("'")) {
			text = "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
