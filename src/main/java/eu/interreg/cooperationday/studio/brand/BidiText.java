package eu.interreg.cooperationday.studio.brand;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * Text in the order a PDF content stream draws it. A content stream draws glyphs as given, left to right, so
 * right-to-left text (Arabic, Hebrew: a whole line in those languages, or a name inside a line in another)
 * is reordered by the Unicode bidirectional algorithm (ICU) and Arabic letters are put in their joined forms
 * first. The PDFs the studio writes (the guide, certificates, the impact report) set their lines through it.
 */
public final class BidiText {

	private BidiText() {
	}

	/**
	 * A stretch of a line in visual order, all of one run and one direction.
	 *
	 * @param text the stretch as drawn, left to right
	 * @param run the index of the run (a weight, say) it comes from
	 * @param logical where it starts in the line's logical (reading) order, to write it in that order
	 */
	public record Stretch(String text, int run, int logical) {
	}

	/** A line of one run in a left-to-right paragraph (right-to-left names inside it reordered): as drawn. */
	public static String visual(String text) {
		if (!Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
			return text;
		}
		return new Bidi(shaped(text), Bidi.LEVEL_DEFAULT_LTR).writeReordered(Bidi.DO_MIRRORING);
	}

	/**
	 * A line made of runs (each shaped on its own, so that a change of weight does not join letters across
	 * it) as one paragraph, right to left or left to right: its stretches in visual order, split where the
	 * run or the direction changes.
	 */
	public static List<Stretch> line(List<String> runs, boolean rightToLeft) {
		StringBuilder logical = new StringBuilder();
		List<Integer> owner = new ArrayList<>();
		for (int r = 0; r < runs.size(); r++) {
			String shapedRun = shaped(runs.get(r));
			logical.append(shapedRun);
			for (int i = 0; i < shapedRun.length(); i++) {
				owner.add(r);
			}
		}
		String shaped = logical.toString();
		List<Stretch> stretches = new ArrayList<>();
		if (shaped.isEmpty()) {
			return stretches;
		}
		Bidi bidi = new Bidi(shaped, rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.LEVEL_DEFAULT_LTR);
		String visual = bidi.writeReordered(Bidi.DO_MIRRORING);
		int[] map = bidi.getVisualMap();
		int start = 0;
		for (int i = 1; i <= visual.length(); i++) {
			int run = owner.get(map[start]);
			if (i == visual.length() || owner.get(map[i]) != run || bidi.getLevelAt(map[i]) != bidi.getLevelAt(map[i - 1])) {
				int first = Integer.MAX_VALUE;
				for (int v = start; v < i; v++) {
					first = Math.min(first, map[v]);
				}
				stretches.add(new Stretch(visual.substring(start, i), run, first));
				start = i;
			}
		}
		return stretches;
	}

	private static String shaped(String text) {
		try {
			return new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL).shape(text);
		}
		catch (ArabicShapingException ex) {
			return text;
		}
	}

}
