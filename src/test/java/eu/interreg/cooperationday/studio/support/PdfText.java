package eu.interreg.cooperationday.studio.support;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF's text as a reader would copy it: lines joined, a line ending in a dash joined without a space. */
public final class PdfText {

	private PdfText() {
	}

	public static String of(PDDocument document) throws IOException {
		String text = new PDFTextStripper().getText(document);
		return text.replaceAll("(\\w[-–])[ \\t]*\\R", "$1").replaceAll("\\s+", " ").strip();
	}

}
