package eu.interreg.cooperationday.studio.competition.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;

import eu.interreg.cooperationday.studio.brand.BidiText;
import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.brand.FontChain;
import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.brand.PdfFonts;
import eu.interreg.cooperationday.studio.brand.TaggedDocument;

/**
 * A winner's certificate: A4 with 3 mm bleed on every side (its trim and bleed boxes set, as the posters'
 * print files), all vectors, every word real text in the brand's fonts (each character in the face of the
 * chain that has it, embedded as a subset), in the programme's language: the edition, the rank, the
 * programme, the event, the category and the campaign's signature. It is tagged and archival as the guide is
 * (PDF/UA-1 and PDF/A-2b, {@link TaggedDocument}): the title a heading, the rank a second one, every other
 * line a paragraph, the band, rules and frame artifacts.
 */
final class CertificatePdf {

	/** 3 mm in points. */
	static final float BLEED = 3 / 25.4f * 72;

	/** The baseline of the line to sign on. */
	private static final float SIGN = BLEED + 150;

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
			String title = this.words.text(speaking, "certificate.title") + ": " + award.programme();
			document.getDocumentInformation().setAuthor("Interreg Cooperation Day");
			TaggedDocument tags = new TaggedDocument(document, speaking);
			tags.page(0, page);
			Setter text = new Setter(document, this.brand.regular(), this.brand.bold(), tags, page,
					Language.rightToLeft(speaking));
			float width = media.getWidth();
			float centre = width / 2;
			float top = media.getHeight();
			BrandKit.Palette palette = this.brand.palette();
			try (PDPageContentStream out = new PDPageContentStream(document, page)) {
				art(out, media, palette);
				float y = top - BLEED - 60;
				y = text.centred(out, StandardStructureTypes.H1, this.words.text(speaking, "certificate.title"), true, 34,
						Color.WHITE, centre, y, width - 120);
				text.centred(out, StandardStructureTypes.P, this.words.format(speaking, "certificate.competition", args), false,
						12, Color.WHITE, centre, y - 6, width - 120);
				y = top - BLEED - 260;
				y = text.centred(out, StandardStructureTypes.H2, this.words.format(speaking, "rank", args), true, 40,
						palette.accent(), centre, y, width - 120);
				y = text.centred(out, StandardStructureTypes.P, this.words.text(speaking, "certificate.awarded"), false, 16, INK,
						centre, y - 30, width - 120);
				y = text.centred(out, StandardStructureTypes.P, award.programme(), true, 28, palette.blue(), centre, y - 14,
						width - 120);
				y = text.centred(out, StandardStructureTypes.P, this.words.format(speaking, "certificate.for", args), false, 16,
						INK, centre, y - 24, width - 140);
				text.centred(out, StandardStructureTypes.P, this.words.format(speaking, "certificate.category", args), false, 16,
						INK, centre, y - 8, width - 140);
				text.centred(out, StandardStructureTypes.P, this.words.text(speaking, "certificate.signed"), true, 13, INK, centre,
						SIGN - 20, width - 140);
				text.centred(out, StandardStructureTypes.P,
						this.words.format(speaking, "certificate.place", Map.of("date", award.published())), false, 11, INK, centre,
						SIGN - 42, width - 140);
			}
			tags.finish(title, award.published().atStartOfDay(ZoneOffset.UTC).toInstant());
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			return bytes.toByteArray();
		}
	}

	/** The band, its rule, the frame and the line to sign on: artifacts, drawn before the words. */
	private static void art(PDPageContentStream out, PDRectangle media, BrandKit.Palette palette) throws IOException {
		float width = media.getWidth();
		float top = media.getHeight();
		TaggedDocument.beginArtifact(out);
		// the blue band runs into the bleed; the amber rule under it
		out.setNonStrokingColor(palette.blue());
		out.addRect(0, top - BLEED - 170, width, 170 + BLEED);
		out.fill();
		out.setNonStrokingColor(palette.accent());
		out.addRect(0, top - BLEED - 178, width, 8);
		out.fill();
		// a frame inside the trim, clear of the cut; the line to sign on
		out.setStrokingColor(palette.blue());
		out.setLineWidth(1.5f);
		out.addRect(BLEED + 24, BLEED + 24, width - 2 * BLEED - 48, top - 2 * BLEED - 226);
		out.stroke();
		out.setStrokingColor(INK);
		out.setLineWidth(0.8f);
		out.moveTo(width / 2 - 120, SIGN);
		out.lineTo(width / 2 + 120, SIGN);
		out.stroke();
		out.endMarkedContent();
	}

	/** A piece of a line in one face: where it starts in reading order, and once placed, where it is drawn. */
	private static final class Piece {

		final PDFont font;

		final String text;

		final int logical;

		float left;

		Piece(PDFont font, String text, int logical) {
			this.font = font;
			this.text = text;
			this.logical = logical;
		}

	}

	/**
	 * Sets centred lines in the brand's chains, each character in the face that has it, right-to-left text
	 * reordered and Arabic letters joined.
	 */
	private static final class Setter {

		private final PDDocument document;

		private final FontChain regular;

		private final FontChain bold;

		private final Map<Path, PDFont> fonts = new HashMap<>();

		private final TaggedDocument tags;

		private final PDPage page;

		/** Whether lines are right-to-left paragraphs (Arabic, Hebrew); names inside any line are reordered. */
		private final boolean rightToLeft;

		Setter(PDDocument document, FontChain regular, FontChain bold, TaggedDocument tags, PDPage page,
				boolean rightToLeft) {
			this.document = document;
			this.rightToLeft = rightToLeft;
			this.regular = regular;
			this.bold = bold;
			this.tags = tags;
			this.page = page;
		}

		/**
		 * Sets {@code text} centred on {@code x}, broken into lines of at most {@code width}, as one structure
		 * element of {@code type} (a heading, a paragraph); the baseline under the last line.
		 */
		float centred(PDPageContentStream out, String type, String text, boolean bold, float size, Color color, float x,
				float y, float width) throws IOException {
			FontChain chain = bold ? this.bold : this.regular;
			String drawable = chain.drawable(text);
			PDStructureElement element = this.tags.element(type, this.tags.top(), this.page, null);
			this.tags.begin(out, element, 0, this.page);
			out.setNonStrokingColor(color);
			float baseline = y;
			for (String line : lines(drawable, chain, size, width)) {
				baseline -= size * 1.25f;
				List<Piece> pieces = pieces(line, chain);
				float left = x - width(pieces, size) / 2;
				for (Piece piece : pieces) {
					piece.left = left;
					left += piece.font.getStringWidth(piece.text) / 1000 * size;
				}
				// drawn where they stand, written in reading order
				pieces.sort(Comparator.comparingInt((Piece piece) -> piece.logical));
				for (Piece piece : pieces) {
					out.beginText();
					out.setFont(piece.font, size);
					out.newLineAtOffset(piece.left, baseline);
					out.showText(piece.text);
					out.endText();
				}
			}
			out.endMarkedContent();
			return baseline;
		}

		private List<String> lines(String text, FontChain chain, float size, float width) throws IOException {
			List<String> lines = new ArrayList<>();
			StringBuilder line = new StringBuilder();
			for (String word : text.split(" ")) {
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (!line.isEmpty() && width(pieces(candidate, chain), size) > width) {
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

		/** A line as drawn: its stretches in visual order (BidiText), each split by the face that has its letters. */
		private List<Piece> pieces(String line, FontChain chain) throws IOException {
			List<Piece> pieces = new ArrayList<>();
			for (BidiText.Stretch stretch : BidiText.line(List.of(line), this.rightToLeft)) {
				for (FontChain.Run run : chain.itemise(stretch.text())) {
					pieces.add(new Piece(font(run.face()), stretch.text().substring(run.start(), run.end()), stretch.logical()));
				}
			}
			return pieces;
		}

		private static float width(List<Piece> pieces, float size) throws IOException {
			float width = 0;
			for (Piece piece : pieces) {
				width += piece.font.getStringWidth(piece.text) / 1000 * size;
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
