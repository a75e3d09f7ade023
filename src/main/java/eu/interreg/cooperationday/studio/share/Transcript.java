package eu.interreg.cooperationday.studio.share;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The transcript of the audio-described video, read from its WebVTT descriptions: each line the voice
 * says, in order, with its language where it is the second one ({@code <lang el>...</lang>}). The file
 * is the studio's own; anything else in it (styles, notes, other tags) is left out, never shown as markup.
 */
record Transcript(List<Line> lines) {

	private static final Pattern TIMING = Pattern.compile("^(\\d{2}:)?\\d{2}:\\d{2}\\.\\d{3} --> .*");

	private static final Pattern LANG = Pattern.compile("^<lang ([A-Za-z-]{2,12})>(.*)</lang>$");

	/** A spoken line: its start ({@code 00:03}), its text, and its language (null: the page's). */
	record Line(String at, String text, String lang) {
	}

	static Transcript of(String vtt) {
		List<Line> lines = new ArrayList<>();
		String at = null;
		for (String row : vtt.replace("\r\n", "\n").split("\n")) {
			if (TIMING.matcher(row).matches()) {
				String start = row.substring(0, row.indexOf(" -->"));
				at = start.length() > 9 ? start.substring(start.length() - 9, start.length() - 4) : start;
				continue;
			}
			if (at == null || row.isBlank()) {
				at = row.isBlank() ? null : at;
				continue;
			}
			Matcher lang = LANG.matcher(row.strip());
			String text = lang.matches() ? lang.group(2) : row.strip();
			lines.add(new Line(at, unescape(text.replaceAll("<[^>]*>", "")), lang.matches() ? lang.group(1) : null));
		}
		return new Transcript(List.copyOf(lines));
	}

	private static String unescape(String text) {
		return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
	}

}
