package eu.interreg.cooperationday.studio.kit.internal;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

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

	GuideText(PDDocument document, FontChain regular, FontChain bold) {
		this.document = document;
		this.regular = regular;
		this.bold = bold;
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
		float baseline = top - size;
		for (Line line : lines) {
			float at = x + line.indent();
			for (Run run : line.runs()) {
				FontChain faces = faces(run.bold());
				for (Piece piece : pieces(visual(run.text()), faces)) {
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

	float width(String text, boolean bold, float size) throws IOException {
		return width(text, faces(bold), size);
	}

	private float width(String text, FontChain faces, float size) throws IOException {
		float width = 0;
		for (Piece piece : pieces(visual(text), faces)) {
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

	/**
	 * Text in the order it is drawn: right-to-left runs (a name in Arabic or Hebrew) reordered, and Arabic
	 * letters in their joined forms, since a PDF content stream draws glyphs as given.
	 */
	static String visual(String text) {
		if (!Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
			return text;
		}
		String shaped = text;
		try {
			shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL).shape(text);
		}
		catch (ArabicShapingException ex) {
			// leave the letters unjoined
		}
		Bidi bidi = new Bidi(shaped, Bidi.LEVEL_DEFAULT_LTR);
		return bidi.writeReordered(Bidi.DO_MIRRORING);
	}

}
