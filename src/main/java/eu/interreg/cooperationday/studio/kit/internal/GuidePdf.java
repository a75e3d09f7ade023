package eu.interreg.cooperationday.studio.kit.internal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.brand.FontChain;
import eu.interreg.cooperationday.studio.brand.QrCode;
import eu.interreg.cooperationday.studio.brand.TaggedDocument;
import eu.interreg.cooperationday.studio.kit.internal.GuideText.Marker;
import eu.interreg.cooperationday.studio.kit.internal.GuideText.Run;

/**
 * The practical guide's pages: A4, text that flows from page to page in the campaign's identity, every
 * word a real, searchable word in an embedded font (Noto Sans from the brand kit, with its Arabic, Hebrew,
 * Armenian and Georgian faces for names in those scripts), pictures as figures with their alternative
 * text, and the structure PDF/UA-1 asks for: headings, paragraphs, lists with their items, figures, in
 * reading order, each in its language where it is not the document's; the bands, rules and page numbers
 * are artifacts. PDF/A-2b with an sRGB output intent (the guide is printed in the office, not by a print
 * shop). veraPDF checks it, as it checks the posters (GuideTest).
 */
final class GuidePdf implements Closeable {

	static final float WIDTH = PDRectangle.A4.getWidth();

	static final float HEIGHT = PDRectangle.A4.getHeight();

	static final float MARGIN = 56;

	private static final float TOP = HEIGHT - 70;

	private static final float BOTTOM = 60;

	private static final Color BLUE = BrandKit.PALETTE.blue();

	private static final Color ACCENT = BrandKit.PALETTE.accent();

	private static final Color INK = BrandKit.PALETTE.ink();


	private final PDDocument document = new PDDocument();

	private final GuideText text;

	private final String language;

	private final String footer;

	private final TaggedDocument structure;

	private final PDStructureElement top;

	private final java.util.function.IntFunction<String> pageLabel;

	private PDPage page;

	private PDPageContentStream out;

	private float y;

	/**
	 * @param language the document's language (BCP 47)
	 * @param footer the line at the foot of each page, before its number
	 * @param pageLabel the word for a page's number, by number ({@code Page 3})
	 */
	GuidePdf(FontChain regular, FontChain bold, String language, String footer,
			java.util.function.IntFunction<String> pageLabel) throws IOException {
		this.language = language;
		this.footer = footer;
		this.text = new GuideText(this.document, regular, bold,
				eu.interreg.cooperationday.studio.brand.Language.rightToLeft(language), WIDTH);
		this.structure = new TaggedDocument(this.document, language);
		this.top = this.structure.top();
		this.pageLabel = pageLabel;
		newPage();
	}

	/** The cover band: the guide's title as its first heading, on the campaign's blue. */
	void cover(String title, String subtitle) throws IOException {
		float width = WIDTH - 2 * MARGIN;
		float bandHeight = 60 + this.text.lines(List.of(new Run(title, true)), 24, width).size() * 30
				+ this.text.lines(Run.plain(subtitle), 12, width).size() * 16;
		artifact(() -> {
			this.out.setNonStrokingColor(BLUE);
			this.out.addRect(0, HEIGHT - bandHeight, WIDTH, bandHeight);
			this.out.fill();
			this.out.setNonStrokingColor(ACCENT);
			this.out.addRect(0, HEIGHT - bandHeight - 6, WIDTH, 6);
			this.out.fill();
		});
		this.y = HEIGHT - 40;
		block(StandardStructureTypes.H1, null, List.of(new Run(title, true)), 24, 30, Color.WHITE, MARGIN, width);
		this.y -= 6;
		block(StandardStructureTypes.P, null, Run.plain(subtitle), 12, 16, Color.WHITE, MARGIN, width);
		this.y = HEIGHT - bandHeight - 30;
	}

	/** A heading: level 1 is a chapter, 2 a section in it. */
	void heading(int level, String text, String language) throws IOException {
		float size = level <= 1 ? 18 : 13;
		float lead = size * 1.3f;
		needs(lead * 2 + 40);
		this.y -= level <= 1 ? 14 : 8;
		block(level <= 1 ? StandardStructureTypes.H2 : StandardStructureTypes.H3, language, List.of(new Run(text, true)),
				size, lead, level <= 1 ? BLUE : INK, MARGIN, WIDTH - 2 * MARGIN);
		this.y -= 4;
	}

	void paragraph(List<Run> runs, String language) throws IOException {
		block(StandardStructureTypes.P, language, runs, 10.5f, 15, INK, MARGIN, WIDTH - 2 * MARGIN);
		this.y -= 6;
	}

	/** A note that stands out: a machine translation, a chapter in English. */
	void note(String text, String language) throws IOException {
		List<String> lines = this.text.lines(List.of(new Run(text, false)), 9.5f, WIDTH - 2 * MARGIN - 20).stream()
			.map(GuideText.Line::text)
			.toList();
		float height = lines.size() * 13 + 12;
		needs(height + 8);
		float top = this.y + 4;
		artifact(() -> {
			this.out.setNonStrokingColor(new Color(0xFF, 0xF4, 0xDB));
			this.out.addRect(MARGIN, top - height, WIDTH - 2 * MARGIN, height);
			this.out.fill();
			this.out.setNonStrokingColor(ACCENT);
			this.out.addRect(this.text.placed(MARGIN, 4), top - height, 4, height);
			this.out.fill();
		});
		this.y -= 6;
		block(StandardStructureTypes.P, language, List.of(new Run(text, false)), 9.5f, 13, INK, MARGIN + 14,
				WIDTH - 2 * MARGIN - 20);
		this.y -= 14;
	}

	/** A list: each item kept on one page, its label (a bullet, a number or a box to tick) beside its body. */
	void list(List<List<Run>> items, Marker marker, String language) throws IOException {
		PDStructureElement list = element(StandardStructureTypes.L, this.top, language);
		int number = 1;
		for (List<Run> item : items) {
			float indent = 22;
			List<GuideText.Line> lines = this.text.lines(item, 10.5f, WIDTH - 2 * MARGIN - indent);
			needs(lines.size() * 15 + 4);
			PDStructureElement li = element(StandardStructureTypes.LI, list, null);
			float first = this.y - 10.5f;
			if (marker == Marker.CHECKBOX) {
				artifact(() -> {
					this.out.setStrokingColor(BLUE);
					this.out.setLineWidth(1);
					this.out.addRect(this.text.placed(MARGIN + 2, 9), first - 1, 9, 9);
					this.out.stroke();
				});
			}
			else {
				String label = marker == Marker.NUMBER ? number + "." : "•";
				PDStructureElement lbl = element(StandardStructureTypes.LBL, li, null);
				marked(lbl, COSName.getPDFName(StandardStructureTypes.LBL), () -> this.text.show(this.out, 
						List.of(new GuideText.Line(List.of(new Run(label, marker == Marker.NUMBER)), 0)), 10.5f, 15,
						marker == Marker.NUMBER ? BLUE : ACCENT, MARGIN + 2, this.y));
			}
			PDStructureElement body = element(StandardStructureTypes.L_BODY, li, null);
			float at = this.y;
			marked(body, COSName.getPDFName(StandardStructureTypes.P), () -> this.text.show(this.out, lines, 10.5f, 15, INK, MARGIN + indent, at));
			this.y -= lines.size() * 15 + 3;
			number++;
		}
		this.y -= 6;
	}

	/**
	 * A picture as a figure: drawn by {@code paint} into a box of that size (points, y downwards from the
	 * box's top left), with its alternative text.
	 */
	void figure(float width, float height, String alternative, Consumer<PdfBoxGraphics2D> paint) throws IOException {
		needs(height + 8);
		drawn(this.text.placed(MARGIN, width), this.y - height, width, height, alternative, paint);
		this.y -= height + 10;
	}

	/** A figure drawn as vectors into a box whose bottom left corner is at ({@code x}, {@code bottom}). */
	private void drawn(float x, float bottom, float width, float height, String alternative,
			Consumer<PdfBoxGraphics2D> paint) throws IOException {
		PdfBoxGraphics2D g = new PdfBoxGraphics2D(this.document, width, height);
		// PDF/A: images are never to be interpolated by the viewer
		g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
		try {
			paint.accept(g);
		}
		finally {
			g.dispose();
		}
		PDFormXObject form = g.getXFormObject();
		PDStructureElement figure = element(StandardStructureTypes.Figure, this.top, null);
		figure.setAlternateDescription(alternative);
		marked(figure, COSName.getPDFName(StandardStructureTypes.Figure), () -> {
			this.out.saveGraphicsState();
			this.out.transform(org.apache.pdfbox.util.Matrix.getTranslateInstance(x, bottom));
			this.out.drawForm(form);
			this.out.restoreGraphicsState();
		});
	}

	/**
	 * One of the programme's files: its thumbnail and a QR code to its link as figures, its name and its
	 * link as a paragraph beside them; kept on one page.
	 */
	void file(BufferedImage thumbnail, String thumbnailAlt, String label, String link, String qrAlt) throws IOException {
		float box = 96;
		needs(box + 14);
		float top = this.y;
		if (thumbnail != null) {
			PDImageXObject image = thumbnail.getColorModel().hasAlpha() ? LosslessFactory.createFromImage(this.document, thumbnail)
					: JPEGFactory.createFromImage(this.document, thumbnail, 0.85f);
			float scale = Math.min(box / image.getWidth(), box / image.getHeight());
			float w = image.getWidth() * scale;
			float h = image.getHeight() * scale;
			PDStructureElement picture = element(StandardStructureTypes.Figure, this.top, null);
			picture.setAlternateDescription(thumbnailAlt);
			marked(picture, COSName.getPDFName(StandardStructureTypes.Figure),
					() -> this.out.drawImage(image, this.text.placed(MARGIN + (box - w) / 2, w), top - h, w, h));
		}
		drawn(this.text.placed(MARGIN + box + 12, box), top - box, box, box, qrAlt,
				(g) -> QrCode.paint(g, link, new java.awt.geom.Rectangle2D.Float(0, 0, box, box)));
		float x = MARGIN + 2 * (box + 12);
		this.y = top - 4;
		block(StandardStructureTypes.P, null, List.of(new Run(label, true)), 11, 15, INK, x, WIDTH - MARGIN - x);
		block(StandardStructureTypes.P, null, List.of(new Run(link, false)), 8.5f, 11, BLUE, x, WIDTH - MARGIN - x);
		this.y = Math.min(this.y, top - box) - 14;
	}

	/** Starts the next page when fewer than {@code height} points are left on this one. */
	void needs(float height) throws IOException {
		if (this.y - height < BOTTOM) {
			newPage();
		}
	}

	void newPage() throws IOException {
		if (this.out != null) {
			this.out.close();
		}
		this.page = new PDPage(PDRectangle.A4);
		this.document.addPage(this.page);
		int index = this.document.getNumberOfPages() - 1;
		this.structure.page(index, this.page);
		this.out = new PDPageContentStream(this.document, this.page);
		String number = this.pageLabel.apply(index + 1);
		artifact(() -> {
			this.out.setNonStrokingColor(BLUE);
			this.out.addRect(0, HEIGHT - 12, WIDTH, 12);
			this.out.fill();
			this.out.setStrokingColor(ACCENT);
			this.out.setLineWidth(0.75f);
			this.out.moveTo(MARGIN, BOTTOM - 18);
			this.out.lineTo(WIDTH - MARGIN, BOTTOM - 18);
			this.out.stroke();
			this.text.show(this.out, List.of(new GuideText.Line(List.of(new Run(this.footer, false)), 0)), 8, 10, INK, MARGIN, BOTTOM - 22);
			float width = this.text.width(number, false, 8);
			this.text.show(this.out, List.of(new GuideText.Line(List.of(new Run(number, false)), 0)), 8, 10, INK, WIDTH - MARGIN - width, BOTTOM - 22);
		});
		this.y = TOP;
	}

	/** Writes the document: its information, XMP (PDF/A-2b, PDF/UA-1), output intent and parent tree. */
	byte[] finish(String title, Instant created) throws IOException {
		this.out.close();
		this.structure.finish(title, created);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		this.document.save(bytes);
		return bytes.toByteArray();
	}

	@Override
	public void close() throws IOException {
		this.document.close();
	}

	/** A paragraph-like element: its lines, flowing onto the next page where they do not fit. */
	private void block(String type, String language, List<Run> runs, float size, float lead, Color color, float x,
			float width) throws IOException {
		List<GuideText.Line> lines = this.text.lines(runs, size, width);
		int at = 0;
		while (at < lines.size()) {
			int room = Math.max(1, (int) ((this.y - BOTTOM) / lead));
			if (this.y - lead < BOTTOM) {
				newPage();
				continue;
			}
			List<GuideText.Line> here = lines.subList(at, Math.min(lines.size(), at + room));
			PDStructureElement element = element(type, this.top, language);
			float from = this.y;
			marked(element, COSName.getPDFName(type.startsWith("H") ? type : StandardStructureTypes.P),
					() -> this.text.show(this.out, here, size, lead, color, x, from));
			this.y -= here.size() * lead;
			at += here.size();
		}
	}

	private PDStructureElement element(String type, PDStructureElement parent, String language) {
		return this.structure.element(type, parent, this.page, language);
	}

	/** Content of an element on this page: its marked content, linked both ways. */
	private void marked(PDStructureElement element, COSName tag, Drawing drawing) throws IOException {
		COSDictionary properties = this.structure.mark(element, tag, this.document.getNumberOfPages() - 1, this.page);
		this.out.beginMarkedContent(tag, PDPropertyList.create(properties));
		drawing.draw();
		this.out.endMarkedContent();
	}

	private void artifact(Drawing drawing) throws IOException {
		this.out.beginMarkedContent(COSName.ARTIFACT);
		drawing.draw();
		this.out.endMarkedContent();
	}

	@FunctionalInterface
	private interface Drawing {

		void draw() throws IOException;

	}

}
