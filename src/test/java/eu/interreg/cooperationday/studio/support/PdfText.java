package eu.interreg.cooperationday.studio.support;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF's text as a reader would copy it: lines joined, a line ending in a dash joined without a space. */
public final class PdfText {

	private PdfText() {
	}

	public static String of(PDDocument document) throws IOException {
		return normalise(new PDFTextStripper().getText(document));
	}

	/** Line breaks and runs of spaces as one space; bidi embedding marks (which poppler adds) removed. */
	public static String normalise(String text) {
		return text.replaceAll("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "")
			.replaceAll("\\s+", " ")
			.strip();
	}

}
