package eu.interreg.cooperationday.studio.system;

import java.nio.charset.StandardCharsets;

/**
 * The text rules of iCalendar (RFC 5545) that every calendar the studio writes follows: TEXT values
 * escaped, content lines folded at 75 octets without splitting a UTF-8 sequence, lines ending in CRLF.
 */
public final class CalendarText {

	private CalendarText() {
	}

	/** A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, any line break as \n, no controls. */
	public static String text(String value) {
		StringBuilder out = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case ';' -> out.append("\\;");
				case ',' -> out.append("\\,");
				case '\r' -> {
					out.append("\\n");
					if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
						i++;
					}
				}
				case '\n', '\u0085', '\u2028', '\u2029' -> out.append("\\n");
				default -> {
					if (c < 0x20 || c == 0x7F) {
						continue; // other controls are not allowed in TEXT
					}
					out.append(c);
				}
			}
		}
		return out.toString();
	}

	/** Appends a content line folded at 75 octets (continuations start with a space), ending in CRLF. */
	public static void line(StringBuilder out, String content) {
		int octets = 0;
		int i = 0;
		while (i < content.length()) {
			int cp = content.codePointAt(i);
			int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > 75) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(cp);
			octets += size;
			i += Character.charCount(cp);
		}
		out.append("\r\n");
	}

}
