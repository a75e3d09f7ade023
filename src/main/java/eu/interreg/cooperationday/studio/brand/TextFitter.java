package eu.interreg.cooperationday.studio.brand;

import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.LineMetrics;
import java.awt.font.TextLayout;
import java.text.AttributedCharacterIterator;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sets a string into a box: wraps at word boundaries into at most {@code maxLines} lines, balances
 * the lines so the last is not a lonely word, and shrinks step by step down to the style's floor. If
 * even the floor does not fit, the result says so ({@link FittedText#fits()} false) and ends in an
 * ellipsis; it never clips silently. Shaping and bidi come from Java2D's TextLayout.
 */
public final class TextFitter {

	/** Anti-aliased, fractional metrics: the layout scales linearly, so image and PDF agree. */
	static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

	private static final float SHRINK_STEP = 0.94f;

	private static final String ELLIPSIS = "…";

	public FittedText fit(String text, TextStyle style, double width, double height) {
		for (float size = style.maxSize();; size = Math.max(style.minSize(), size * SHRINK_STEP)) {
			List<FittedText.Line> lines = wrap(text, style, size, width, true);
			if (lines != null && lines.size() <= style.maxLines()) {
				FittedText fitted = fitted(balance(text, style, size, width, lines), style, size, true);
				if (fitted.height() <= height) {
					return fitted;
				}
			}
			if (size <= style.minSize()) {
				return truncated(text, style, width, height);
			}
		}
	}

	/**
	 * Lines at {@code width}. Lines break only at spaces, so a hyphenated name ("Cross-Border") is never
	 * split: a reader, and pdftotext, would take the hyphen for a hyphenation. When a word alone is wider
	 * than the box, the result is null if words must stay whole, else the word is broken.
	 */
	private List<FittedText.Line> wrap(String text, TextStyle style, float size, double width, boolean wholeWords) {
		List<FittedText.Line> lines = new ArrayList<>();
		if (text.isEmpty()) {
			return lines;
		}
		AttributedCharacterIterator chars = style.fonts().attributed(text, size).getIterator();
		LineBreakMeasurer measurer = new LineBreakMeasurer(chars, BreakIterator.getLineInstance(Locale.ROOT),
				CONTEXT);
		while (measurer.getPosition() < text.length()) {
			int start = measurer.getPosition();
			int end = measurer.nextOffset((float) width);
			if (end < text.length() && !Character.isWhitespace(text.charAt(end - 1))) {
				int space = lastSpace(text, start, end);
				if (space > start) {
					end = space;
				}
				else if (wholeWords) {
					return null;
				}
			}
			TextLayout layout = measurer.nextLayout((float) width, end, false);
			end = measurer.getPosition();
			lines.add(new FittedText.Line(text.substring(start, end).strip(), trimmed(layout, text, start, end,
					style, size)));
		}
		return lines;
	}

	/** The offset just after the last whitespace in [start, end), or -1. */
	private static int lastSpace(String text, int start, int end) {
		for (int i = end - 1; i > start; i--) {
			if (Character.isWhitespace(text.charAt(i - 1))) {
				return i;
			}
		}
		return -1;
	}

	/** A line's layout without its trailing spaces, so alignment is by ink, not by a space. */
	private TextLayout trimmed(TextLayout layout, String text, int start, int end, TextStyle style, float size) {
		String visible = text.substring(start, end).strip();
		if (visible.length() == end - start) {
			return layout;
		}
		return new TextLayout(style.fonts().attributed(visible, size).getIterator(), CONTEXT);
	}

	/** The narrowest width that still gives the same number of lines: even lines, not a long and a short. */
	private List<FittedText.Line> balance(String text, TextStyle style, float size, double width,
			List<FittedText.Line> lines) {
		if (lines.size() < 2) {
			return lines;
		}
		double low = width * 0.4;
		double high = width;
		List<FittedText.Line> best = lines;
		for (int i = 0; i < 8; i++) {
			double mid = (low + high) / 2;
			List<FittedText.Line> attempt = wrap(text, style, size, mid, true);
			if (attempt != null && attempt.size() == lines.size()) {
				best = attempt;
				high = mid;
			}
			else {
				low = mid;
			}
		}
		return best;
	}

	private FittedText truncated(String text, TextStyle style, double width, double height) {
		float size = style.minSize();
		FittedText probe = fitted(List.of(), style, size, false);
		int roomForLines = (int) Math.max(1,
				Math.floor((height - probe.ascent() - probe.descent()) / probe.lineAdvance()) + 1);
		int maxLines = Math.min(style.maxLines(), roomForLines);
		List<FittedText.Line> lines = wrap(text, style, size, width, false);
		if (lines.size() <= maxLines) {
			return fitted(lines, style, size, false);
		}
		List<FittedText.Line> kept = new ArrayList<>(lines.subList(0, maxLines - 1));
		String last = lines.get(maxLines - 1).text();
		while (true) {
			String candidate = last.isEmpty() ? ELLIPSIS : last.stripTrailing() + ELLIPSIS;
			TextLayout layout = new TextLayout(style.fonts().attributed(candidate, size).getIterator(), CONTEXT);
			if (layout.getAdvance() <= width || last.isEmpty()) {
				kept.add(new FittedText.Line(candidate, layout));
				break;
			}
			int cut = last.offsetByCodePoints(last.length(), -1);
			last = last.substring(0, cut);
		}
		return fitted(kept, style, size, false);
	}

	private FittedText fitted(List<FittedText.Line> lines, TextStyle style, float size, boolean fits) {
		LineMetrics metrics = style.fonts().primary().font().deriveFont(size).getLineMetrics("Hg", CONTEXT);
		return new FittedText(List.copyOf(lines), size, fits, size * style.lineSpacing(), metrics.getAscent(),
				metrics.getDescent());
	}

}
