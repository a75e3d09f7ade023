package eu.interreg.cooperationday.studio.brand;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The brand's fonts as PDF fonts: Type 0, embedded as a subset, with the font's glyph substitutions (GSUB)
 * off. PDFBox would otherwise draw ligatures (Latin "fi", Armenian "ու") as one glyph that its ToUnicode map
 * cannot name, and the PDF's text would lose the letters: a reader, a search and a screen reader need the
 * characters. Text that needs joining (Arabic) is shaped before it is drawn.
 */
public final class PdfFonts {

	private PdfFonts() {
	}

	/** Loads a bundled font file into {@code document}, which closes it when it is closed. */
	public static PDType0Font load(PDDocument document, Path file) throws IOException {
		TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
		font.setEnableGsub(false);
		document.registerTrueTypeFontForClosing(font);
		return PDType0Font.load(document, font, true);
	}

}
