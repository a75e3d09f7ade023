package eu.interreg.cooperationday.studio.competition.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.brand.FontChain;
import eu.interreg.cooperationday.studio.brand.PdfFonts;

/**
 * A winner's certificate: A4 with 3 mm bleed on every side (its trim and bleed boxes set, as the posters'
 * print files), all vectors, every word real text in the brand's fonts (each character in the face of the
 * chain that has it, embedded as a subset), in the programme's language: the edition, the rank, the
 * programme, the event, the category and the campaign's signature.
 */
final class CertificatePdf {

	/** 3 mm in points. */
	static final float BLEED = 3 / 25.4f * 72;

	private static final Color INK = new Color(0x0B, 0x1B, 0x4D);

	private final BrandKit brand;

	private final CompetitionWords words;

	CertificatePdf(BrandKit brand, CompetitionWords words) {
		this.brand = brand;
		this.words = words;
	}

	/** What a certificate says, before it is put in words. */
	record Award(String edition, String editionTitle, int rank, String programme, String event, LocalDate eventDate,
			String category, LocalDate published) {
	}

	byte[] write(Award award, String language) throws IOException {
		String speaking = this.words.speaking(language);
		Map<String, Object> args = Map.of("edition", award.edition(), "rank", String.valueOf(award.rank()), "event",
				award.event(), "date", award.eventDate(), "category", award.category());
		try (PDDocument document = new PDDocument()) {
			PDRectangle a4 = PDRectangle.A4;
			PDRectangle media = new PDRectangle(a4.getWidth() + 2 * BLEED, a4.getHeight() + 2 * BLEED);
			PDPage page = new PDPage(media);
			page.setTrimBox(new PDRectangle(BLEED, BLEED, a4.getWidth(), a4.getHeight()));
			page.setBleedBox(media);
			document.addPage(page);
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(this.words.text(speaking, "certificate.title") + ": " + award.programme());
			info.setAuthor("Interreg Cooperation Day");
			info.setCreator("Cooperation Day Studio");
			document.getDocumentCatalog().setLanguage(speaking);
			Setter text = new Setter(document, this.brand.regular(), this.brand.bold());
			float width = media.getWidth();
			float centre = width / 2;
			float top = media.getHeight();
			BrandKit.Palette palette = this.brand.palette();
			try (PDPageContentStream out = new PDPageContentStream(document, page)) {
				// the blue band runs into the bleed; the amber rule under it
				out.setNonStrokingColor(palette.blue());
				out.addRect(0, top - BLEED - 170, width, 170 + BLEED);
				out.fill();
				out.setNonStrokingColor(palette.accent());
				out.addRect(0, top - BLEED - 178, width, 8);
				out.fill();
				// a frame inside the trim, clear of the cut
				out.setStrokingColor(palette.blue());
				out.setLineWidth(1.5f);
				out.addRect(BLEED + 24, BLEED + 24, a4.getWidth() - 48, a4.getHeight() - 226);
				out.stroke();
				float y = top - BLEED - 60;
				y = text.centred(out, this.words.text(speaking, "certificate.title"), true, 34, Color.WHITE, centre, y, width - 120);
				text.centred(out, this.words.format(speaking, "certificate.competition", args), false, 12, Color.WHITE, centre,
						y - 6, width - 120);
				y = top - BLEED - 260;
				y = text.centred(out, this.words.format(speaking, "rank", args), true, 40, palette.accent(), centre, y, width - 120);
				y = text.centred(out, this.words.text(speaking, "certificate.awarded"), false, 16, INK, centre, y - 30, width - 120);
				y = text.centred(out, award.programme(), true, 28, palette.blue(), centre, y - 14, width - 120);
				y = text.centred(out, this.words.format(speaking, "certificate.for", args), false, 16, INK, centre, y - 24, width - 140);
				text.centred(out, this.words.format(speaking, "certificate.category", args), false, 16, INK, centre, y - 8, width - 140);
				float sign = BLEED + 150;
				out.setStrokingColor(INK);
				out.setLineWidth(0.8f);
				out.moveTo(centre - 120, sign);
				out.lineTo(centre + 120, sign);
				out.stroke();
				text.centred(out, this.words.text(speaking, "certificate.signed"), true, 13, INK, centre, sign - 20, width - 140);
				text.centred(out, this.words.format(speaking, "certificate.place", Map.of("date", award.published())), false, 11,
						INK, centre, sign - 42, width - 140);
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			return bytes.toByteArray();
		}
	}

	/** Sets centred lines in the brand's chains, each character in the face that has it. */
	private static final class Setter {

		private final PDDocument document;

		private final FontChain regular;

		private final FontChain bold;

		private final Map<Path, PDFont> fonts = new HashMap<>();

		Setter(PDDocument document, FontChain regular, FontChain bold) {
			this.document = document;
			this.regular = regular;
			this.bold = bold;
		}

		/** Sets {@code text} centred on {@code x}, broken into lines of at most {@code width}; the baseline under the last. */
		float centred(PDPageContentStream out, String text, boolean bold, float size, Color color, float x, float y,
				float width) throws IOException {
			FontChain chain = bold ? this.bold : this.regular;
			String drawable = chain.drawable(text);
			float baseline = y;
			for (String line : lines(drawable, chain, size, width)) {
				baseline -= size * 1.25f;
				float left = x - width(line, chain, size) / 2;
				out.setNonStrokingColor(color);
				for (FontChain.Run run : chain.itemise(line)) {
					PDFont font = font(run.face());
					out.beginText();
					out.setFont(font, size);
					out.newLineAtOffset(left, baseline);
					String piece = line.substring(run.start(), run.end());
					out.showText(piece);
					out.endText();
					left += font.getStringWidth(piece) / 1000 * size;
				}
			}
			return baseline;
		}

		private List<String> lines(String text, FontChain chain, float size, float width) throws IOException {
			List<String> lines = new ArrayList<>();
			StringBuilder line = new StringBuilder();
			for (String word : text.split(" ")) {
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (!line.isEmpty() && width(candidate, chain, size) > width) {
					lines.add(line.toString());
					line = new StringBuilder(word);
				}
				else {
					line = new StringBuilder(candidate);
				}
			}
			lines.add(line.toString());
			return lines;
		}

		private float width(String text, FontChain chain, float size) throws IOException {
			float width = 0;
			for (FontChain.Run run : chain.itemise(text)) {
				width += font(run.face()).getStringWidth(text.substring(run.start(), run.end())) / 1000 * size;
			}
			return width;
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

}
