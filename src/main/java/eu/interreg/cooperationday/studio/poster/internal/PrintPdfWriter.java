package eu.interreg.cooperationday.studio.poster.internal;

import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import eu.interreg.cooperationday.studio.brand.FontChain;
import eu.interreg.cooperationday.studio.brand.PdfFonts;
import eu.interreg.cooperationday.studio.poster.internal.PlacedText;
import eu.interreg.cooperationday.studio.poster.internal.PosterComposer;
import eu.interreg.cooperationday.studio.poster.internal.PosterTemplate;
import eu.interreg.cooperationday.studio.poster.PosterContent;
import eu.interreg.cooperationday.studio.visibility.Placement;
import eu.interreg.cooperationday.studio.poster.PosterFormat;

/**
 * Writes a print poster as one PDF page: the trim size plus 3 mm bleed (TrimBox and BleedBox set),
 * crop marks outside the bleed, art, logo and text as vectors through a PDFBox Graphics2D, and an
 * invisible text layer (render mode NEITHER, subset Type0 fonts) so the words can be searched and
 * extracted. One writer per document.
 */
public final class PrintPdfWriter {

	private static final float PT_PER_MM = 72f / 25.4f;

	/** Bleed around the trim, in millimetres, whatever the template's scale. */
	private static final float BLEED_MM = 3f;

	/** Room around the trim for crop marks. */
	private static final float SLUG_MM = 13f;

	private static final float MARK_GAP_MM = 2f;

	private static final float MARK_LENGTH_MM = 7f;

	private final PosterComposer composer;

	private final Map<Path, PDType0Font> fonts = new HashMap<>();

	private final byte[] printProfile;

	/** @param printProfile the CMYK profile of the printing condition (brand-assets/icc) */
	public PrintPdfWriter(PosterComposer composer, byte[] printProfile) {
		this.composer = composer;
		this.printProfile = printProfile;
	}

	/** @return where the logos went, in points from the page's top left */
	public Placement write(PosterTemplate template, PosterFormat format, PosterContent content, OutputStream out)
			throws IOException {
		try (PDDocument document = new PDDocument()) {
			float trimW = (float) format.width() * PT_PER_MM;
			float trimH = (float) format.height() * PT_PER_MM;
			float slug = SLUG_MM * PT_PER_MM;
			float bleed = BLEED_MM * PT_PER_MM;
			PDRectangle media = new PDRectangle(trimW + 2 * slug, trimH + 2 * slug);
			PDPage page = new PDPage(media);
			page.setCropBox(media);
			page.setTrimBox(new PDRectangle(slug, slug, trimW, trimH));
			page.setBleedBox(new PDRectangle(slug - bleed, slug - bleed, trimW + 2 * bleed, trimH + 2 * bleed));
			document.addPage(page);
			information(document, content);
			TaggedPdf tags = new TaggedPdf(document, page);

			// template user units -> points, with the trim's top-left corner at (slug, slug) from the top
			Rectangle2D trim = template.trim();
			double scale = trimW / trim.getWidth();
			PrintColour colour = new PrintColour(document);
			Sheet sheet = new Sheet(media, slug, bleed, trimW, trimH, scale, trim);
			// the art without the programme's logo, then the logo on its own: a figure for assistive technology
			PdfBoxGraphics2D g = sheet.canvas(document, colour);
			PosterComposer.Painted painted;
			try {
				painted = this.composer.paint(g, template, content, false);
			}
			finally {
				g.dispose();
			}
			PDFormXObject art = g.getXFormObject();
			PdfBoxGraphics2D l = sheet.canvas(document, colour);
			try {
				content.logo().art().paintFit(l, programmeLogo(painted));
			}
			finally {
				l.dispose();
			}
			PDFormXObject logo = l.getXFormObject();
			try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
				// what is drawn is art (the words are read from the text layer): artifacts, as are the crop marks
				TaggedPdf.beginArtifact(stream);
				stream.drawForm(art);
				cropMarks(stream, slug, trimW, trimH);
				stream.endMarkedContent();
				tags.beginFigure(stream, content.programmeName());
				stream.drawForm(logo);
				stream.endMarkedContent();
				textLayer(document, stream, painted.texts(), new TextPage(media.getHeight(), slug, scale, trim), tags,
						content.second() == null ? null : content.second().language());
			}
			tags.finish();
			document.save(out);
			return painted.placement().transformed("pt", slug / scale - trim.getX(), slug / scale - trim.getY(), scale);
		}
	}

	/**
	 * The document's title, language, dates and PDF/A-2b marks. A fixed date (the epoch) keeps the bytes
	 * of a render a function of its inputs.
	 */
	private void information(PDDocument document, PosterContent content) throws IOException {
		ArchivalPdf.mark(document, content.campaignName() + " — " + content.programmeName(), content.language(),
				java.time.Instant.EPOCH, this.printProfile);
	}

	/** Hairlines in black (DeviceGray, which PDF/A allows beside an RGB output intent) at each corner, aligned with the trim and starting past the bleed. */
	private static void cropMarks(PDPageContentStream stream, float slug, float trimW, float trimH)
			throws IOException {
		float gap = (BLEED_MM + MARK_GAP_MM) * PT_PER_MM;
		float length = MARK_LENGTH_MM * PT_PER_MM;
		float left = slug;
		float right = slug + trimW;
		float bottom = slug;
		float top = slug + trimH;
		stream.saveGraphicsState();
		stream.setStrokingColor(0f);
		stream.setLineWidth(0.25f);
		for (float x : new float[] { left, right }) {
			for (float y : new float[] { bottom, top }) {
				float outX = (x == left) ? -1 : 1;
				float outY = (y == bottom) ? -1 : 1;
				stream.moveTo(x + outX * gap, y);
				stream.lineTo(x + outX * (gap + length), y);
				stream.moveTo(x, y + outY * gap);
				stream.lineTo(x, y + outY * (gap + length));
			}
		}
		stream.stroke();
		stream.restoreGraphicsState();
	}

	/**
	 * The words again as real text, invisible, over the drawn outlines: each run of one face and one
	 * direction, stretched to the width it was drawn at. Extractors order text by position, so a
	 * right-to-left run is written in visual order (reversed) where it was drawn: reading it back
	 * right to left gives the characters as typed.
	 */
	/** The page: its media box, the slug and bleed around the trim, and template units to points. */
	private record Sheet(PDRectangle media, float slug, float bleed, float trimW, float trimH, double scale,
			Rectangle2D trim) {

		/** A Graphics2D drawing in template units onto the page, clipped to the bleed, in print colour. */
		PdfBoxGraphics2D canvas(PDDocument document, PrintColour colour) throws IOException {
			PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, this.media.getWidth(), this.media.getHeight());
			g.setColorMapper(colour.colours());
			g.setImageEncoder(colour.images());
			g.clip(new Rectangle2D.Float(this.slug - this.bleed, this.slug - this.bleed, this.trimW + 2 * this.bleed,
					this.trimH + 2 * this.bleed));
			g.translate(this.slug, this.slug);
			g.scale(this.scale, this.scale);
			g.translate(-this.trim.getX(), -this.trim.getY());
			return g;
		}

	}

	/** Where the programme's logo was laid out, in template units. */
	private static Rectangle2D programmeLogo(PosterComposer.Painted painted) {
		return painted.placement().logos().stream()
			.filter((logo) -> logo.name().equals(Placement.PROGRAMME))
			.findFirst()
			.orElseThrow()
			.box();
	}

	/** Where the text layer goes: the page's height, the slug around the trim, template units to points. */
	private record TextPage(float pageHeight, float slug, double scale, Rectangle2D trim) {
	}

	private void textLayer(PDDocument document, PDPageContentStream stream, List<PlacedText> placed, TextPage at,
			TaggedPdf tags, String secondLanguage) throws IOException {
		float pageHeight = at.pageHeight();
		float slug = at.slug();
		double scale = at.scale();
		Rectangle2D trim = at.trim();
		for (PlacedText text : placed) {
			tags.beginParagraph(stream, text.second() ? secondLanguage : null);
			String line = text.line().line().text();
			TextLayout layout = text.line().line().layout();
			for (TextRun run : runs(text.fonts(), line)) {
				String chars = line.substring(run.start(), run.end());
				String visual = run.rightToLeft() ? new StringBuilder(chars).reverse().toString() : chars;
				PDType0Font font = font(document, run.face().file());
				Rectangle2D runBounds = layout.getLogicalHighlightShape(run.start(), run.end()).getBounds2D();
				float size = (float) (text.size() * scale);
				float x = (float) (slug + (text.line().x() + runBounds.getX() - trim.getX()) * scale);
				float y = (float) (pageHeight - slug - (text.line().baseline() - trim.getY()) * scale);
				float natural = font.getStringWidth(visual) / 1000f * size;
				float drawn = (float) (runBounds.getWidth() * scale);
				stream.beginText();
				stream.setRenderingMode(RenderingMode.NEITHER);
				stream.setFont(font, size);
				if (natural > 0) {
					stream.setHorizontalScaling(100f * drawn / natural);
				}
				stream.newLineAtOffset(x, y);
				stream.showText(visual);
				stream.endText();
			}
			stream.endMarkedContent();
		}
	}

	/** A span of a line in one face and one direction. */
	private record TextRun(int start, int end, FontChain.Face face, boolean rightToLeft) {
	}

	/** Face runs split again where the bidi level changes (digits inside Hebrew, Latin inside Arabic). */
	private static List<TextRun> runs(FontChain fonts, String line) {
		List<TextRun> runs = new ArrayList<>();
		Bidi bidi = new Bidi(line, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
		for (FontChain.Run faceRun : fonts.itemise(line)) {
			for (int i = 0; i < bidi.getRunCount(); i++) {
				int start = Math.max(faceRun.start(), bidi.getRunStart(i));
				int end = Math.min(faceRun.end(), bidi.getRunLimit(i));
				if (start < end && !line.substring(start, end).isBlank()) {
					runs.add(new TextRun(start, end, faceRun.face(), (bidi.getRunLevel(i) & 1) == 1));
				}
			}
		}
		return runs;
	}

	private PDType0Font font(PDDocument document, Path file) throws IOException {
		PDType0Font font = this.fonts.get(file);
		if (font == null) {
			font = PdfFonts.load(document, file);
			this.fonts.put(file, font);
		}
		return font;
	}

}
