package eu.interreg.cooperationday.studio.kit.internal;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

import eu.interreg.cooperationday.studio.brand.BidiText;
import eu.interreg.cooperationday.studio.brand.FontChain;
import eu.interreg.cooperationday.studio.brand.PdfFonts;

/**
 * The guide's text setting: runs broken into lines that fit a width, and drawn as real text, each piece
 * in the face of the brand's chains that has its characters (as the posters choose them), embedded once
 * as a subset; right-to-left names reordered and Arabic letters joined, since a content stream draws
 * glyphs as given.
 */
final class GuideText {

	/** A piece of text in one weight. */
	record Run(String text, boolean bold) {

		static List<Run> plain(String text) {
			return List.of(new Run(text, false));
		}

	}

	/** How a list marks its items. */
	enum Marker {
		BULLET, NUMBER, CHECKBOX
	}

	private final PDDocument document;

	private final FontChain regular;

	private final FontChain bold;

	/** The PDF font of each face of the brand's chains. */
	private final Map<Path, PDFont> fonts = new HashMap<>();

	/** Whether the guide's language writes right to left: its lines are then set from the right. */
	private final boolean rightToLeft;

	/** The page's width, about which a right-to-left line is mirrored. */
	private final float pageWidth;

	GuideText(PDDocument document, FontChain regular, FontChain bold) {
		this(document, regular, bold, false, 0);
	}

	/**
	 * @param rightToLeft whether lines are right-to-left paragraphs (Arabic, Hebrew): each is reordered as a
	 * whole and set against the right edge of the box it would have on the left (mirrored about the page's
	 * middle)
	 */
	GuideText(PDDocument document, FontChain regular, FontChain bold, boolean rightToLeft, float pageWidth) {
		this.document = document;
		this.regular = regular;
		this.bold = bold;
		this.rightToLeft = rightToLeft;
		this.pageWidth = pageWidth;
	}

	/** Where a box of {@code width} at {@code x} goes: mirrored about the page's middle in a right-to-left guide. */
	float placed(float x, float width) {
		return this.rightToLeft ? this.pageWidth - x - width : x;
	}

	private FontChain faces(boolean bold) {
		return bold ? this.bold : this.regular;
	}

	/** A line of runs, and how far it is indented. */
	record Line(List<Run> runs, float indent) {

		String text() {
			StringBuilder text = new StringBuilder();
			this.runs.forEach((run) -> text.append(run.text()));
			return text.toString();
		}

	}

	/** Breaks runs into lines of at most {@code width}: at spaces and line breaks, inside a word only when it is longer than a line (a long link). */
	List<Line> lines(List<Run> runs, float size, float width) throws IOException {
		List<Line> lines = new ArrayList<>();
		List<Run> line = new ArrayList<>();
		float used = 0;
		for (Run run : runs) {
			FontChain faces = faces(run.bold());
			String[] paragraphs = run.text().split("\n", -1);
			for (int p = 0; p < paragraphs.length; p++) {
				if (p > 0) {
					lines.add(new Line(trim(line), 0));
					line = new ArrayList<>();
					used = 0;
				}
				for (String piece : paragraphs[p].split("(?<= )")) {
					String word = piece;
					if (!line.isEmpty() && used + width(word.stripTrailing(), faces, size) > width) {
						lines.add(new Line(trim(line), 0));
						line = new ArrayList<>();
						used = 0;
						word = word.stripLeading();
					}
					while (word.length() > 1 && width(word.stripTrailing(), faces, size) > width) {
						int cut = word.length() - 1;
						while (cut > 1 && width(word.substring(0, cut), faces, size) > width) {
							cut--;
						}
						lines.add(new Line(List.of(new Run(word.substring(0, cut), run.bold())), 0));
						word = word.substring(cut);
					}
					if (!word.isEmpty()) {
						line.add(new Run(word, run.bold()));
						used += width(word, faces, size);
					}
				}
			}
		}
		if (!line.isEmpty()) {
			lines.add(new Line(trim(line), 0));
		}
		return lines;
	}

	private static List<Run> trim(List<Run> line) {
		if (!line.isEmpty()) {
			Run last = line.get(line.size() - 1);
			line.set(line.size() - 1, new Run(last.text().stripTrailing(), last.bold()));
		}
		return List.copyOf(line);
	}

	/** Draws lines from {@code top} down: each run in the first face that has its characters. */
	void show(PDPageContentStream out, List<Line> lines, float size, float lead, Color color, float x, float top) throws IOException {
		if (this.rightToLeft) {
			showRightToLeft(out, lines, size, lead, color, x, top);
			return;
		}
		float baseline = top - size;
		for (Line line : lines) {
			float at = x + line.indent();
			for (Run run : line.runs()) {
				FontChain faces = faces(run.bold());
				for (Piece piece : pieces(BidiText.visual(run.text()), faces)) {
					out.beginText();
					out.setFont(piece.font(), size);
					out.setNonStrokingColor(color);
					out.newLineAtOffset(at, baseline);
					out.showText(piece.text());
					out.endText();
					at += piece.font().getStringWidth(piece.text()) / 1000 * size;
				}
			}
			baseline -= lead;
		}
	}

	/**
	 * Right-to-left lines: each line reordered as one paragraph (runs of either weight in their visual order)
	 * and set from the right; its pieces are written in their logical order, which is the order a reader and
	 * a screen reader take them in.
	 */
	private void showRightToLeft(PDPageContentStream out, List<Line> lines, float size, float lead, Color color, float x,
			float top) throws IOException {
		float baseline = top - size;
		for (Line line : lines) {
			List<Placed> pieces = visualPieces(line);
			float width = 0;
			for (Placed placed : pieces) {
				width += placed.piece().font().getStringWidth(placed.piece().text()) / 1000 * size;
			}
			float at = placed(x + line.indent(), width);
			List<float[]> starts = new ArrayList<>();
			for (Placed placed : pieces) {
				starts.add(new float[] { at, placed.logical() });
				at += placed.piece().font().getStringWidth(placed.piece().text()) / 1000 * size;
			}
			List<Integer> order = new ArrayList<>();
			for (int i = 0; i < pieces.size(); i++) {
				order.add(i);
			}
			order.sort(java.util.Comparator.comparingDouble((i) -> starts.get(i)[1]));
			for (int i : order) {
				Piece piece = pieces.get(i).piece();
				out.beginText();
				out.setFont(piece.font(), size);
				out.setNonStrokingColor(color);
				out.newLineAtOffset(starts.get(i)[0], baseline);
				out.showText(piece.text());
				out.endText();
			}
			baseline -= lead;
		}
	}

	/** A piece in a line's visual order, with where its text starts in the line's logical order. */
	private record Placed(Piece piece, int logical) {
	}

	/** A line's text in its visual order as a right-to-left paragraph, in pieces of one weight and one face. */
	private List<Placed> visualPieces(Line line) throws IOException {
		// neighbouring runs of one weight (a line's words) reorder as one stretch
		List<String> runs = new ArrayList<>();
		List<Boolean> weights = new ArrayList<>();
		for (Run run : line.runs()) {
			int last = weights.size() - 1;
			if (last >= 0 && weights.get(last) == run.bold()) {
				runs.set(last, runs.get(last) + run.text());
			}
			else {
				runs.add(run.text());
				weights.add(run.bold());
			}
		}
		List<Placed> pieces = new ArrayList<>();
		for (BidiText.Stretch stretch : BidiText.line(runs, true)) {
			for (Piece piece : pieces(stretch.text(), faces(weights.get(stretch.run())))) {
				pieces.add(new Placed(piece, stretch.logical()));
			}
		}
		return pieces;
	}

	float width(String text, boolean bold, float size) throws IOException {
		return width(text, faces(bold), size);
	}

	private float width(String text, FontChain faces, float size) throws IOException {
		float width = 0;
		for (Piece piece : pieces(BidiText.visual(text), faces)) {
			width += piece.font().getStringWidth(piece.text()) / 1000 * size;
		}
		return width;
	}

	private record Piece(PDFont font, String text) {
	}

	/**
	 * Splits text into pieces each drawn by one face of the chain (FontChain's choice, as the posters
	 * make it); a character no face has is drawn as a question mark.
	 */
	private List<Piece> pieces(String text, FontChain chain) throws IOException {
		List<Piece> pieces = new ArrayList<>();
		for (FontChain.Run run : chain.itemise(text)) {
			StringBuilder drawn = new StringBuilder();
			text.substring(run.start(), run.end())
				.codePoints()
				.forEach((cp) -> drawn.append(run.face().font().canDisplay(cp) ? new String(Character.toChars(cp)) : "?"));
			pieces.add(new Piece(font(run.face()), drawn.toString()));
		}
		return pieces;
	}

	private PDFont font(FontChain.Face face) throws IOException {
		PDFont font = this.fonts.get(face.file());
		if (font == null) {
			font = PdfFonts.load(this.document, face.file());
			this.fonts.put(face.file(), font);
		}
		return font;
	}

}
