package eu.interreg.cooperationday.studio.kit.internal;

import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Consumer;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.brand.FontChain;
import eu.interreg.cooperationday.studio.system.ArchivalXmp;

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

	private final PDDocument document = new PDDocument();

	private final FontChain regular;

	private final FontChain bold;

	/** The PDF font of each face of the brand's chains, embedded (as a subset) once. */
	private final Map<Path, PDFont> fonts = new HashMap<>();

	private final String language;

	private final String footer;

	private final PDStructureTreeRoot root = new PDStructureTreeRoot();

	private final PDStructureElement top;

	private final Map<Integer, List<COSObjectable>> byPage = new HashMap<>();

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
		this.regular = regular;
		this.bold = bold;
		PDDocumentCatalog catalog = this.document.getDocumentCatalog();
		PDMarkInfo mark = new PDMarkInfo();
		mark.setMarked(true);
		catalog.setMarkInfo(mark);
		PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
		preferences.setDisplayDocTitle(true);
		catalog.setViewerPreferences(preferences);
		catalog.setStructureTreeRoot(this.root);
		catalog.setLanguage(language);
		this.top = new PDStructureElement(StandardStructureTypes.DOCUMENT, this.root);
		this.root.appendKid(this.top);
		this.pageLabel = pageLabel;
		newPage();
	}

	/** The cover band: the guide's title as its first heading, on the campaign's blue. */
	void cover(String title, String subtitle) throws IOException {
		float width = WIDTH - 2 * MARGIN;
		float bandHeight = 60 + lines(List.of(new Run(title, true)), 24, width).size() * 30
				+ lines(Run.plain(subtitle), 12, width).size() * 16;
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
		List<String> lines = lines(List.of(new Run(text, false)), 9.5f, WIDTH - 2 * MARGIN - 20).stream()
			.map(Line::text)
			.toList();
		float height = lines.size() * 13 + 12;
		needs(height + 8);
		float top = this.y + 4;
		artifact(() -> {
			this.out.setNonStrokingColor(new Color(0xFF, 0xF4, 0xDB));
			this.out.addRect(MARGIN, top - height, WIDTH - 2 * MARGIN, height);
			this.out.fill();
			this.out.setNonStrokingColor(ACCENT);
			this.out.addRect(MARGIN, top - height, 4, height);
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
			List<Line> lines = lines(item, 10.5f, WIDTH - 2 * MARGIN - indent);
			needs(lines.size() * 15 + 4);
			PDStructureElement li = element(StandardStructureTypes.LI, list, null);
			float first = this.y - 10.5f;
			if (marker == Marker.CHECKBOX) {
				artifact(() -> {
					this.out.setStrokingColor(BLUE);
					this.out.setLineWidth(1);
					this.out.addRect(MARGIN + 2, first - 1, 9, 9);
					this.out.stroke();
				});
			}
			else {
				String label = marker == Marker.NUMBER ? number + "." : "•";
				PDStructureElement lbl = element(StandardStructureTypes.LBL, li, null);
				marked(lbl, COSName.getPDFName(StandardStructureTypes.LBL), () -> show(
						List.of(new Line(List.of(new Run(label, marker == Marker.NUMBER)), 0)), 10.5f, 15,
						marker == Marker.NUMBER ? BLUE : ACCENT, MARGIN + 2, this.y));
			}
			PDStructureElement body = element(StandardStructureTypes.L_BODY, li, null);
			float at = this.y;
			marked(body, COSName.getPDFName(StandardStructureTypes.P), () -> show(lines, 10.5f, 15, INK, MARGIN + indent, at));
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
		float bottom = this.y - height;
		marked(figure, COSName.getPDFName(StandardStructureTypes.Figure), () -> {
			this.out.saveGraphicsState();
			this.out.transform(org.apache.pdfbox.util.Matrix.getTranslateInstance(MARGIN, bottom));
			this.out.drawForm(form);
			this.out.restoreGraphicsState();
		});
		this.y = bottom - 10;
	}

	/**
	 * One of the programme's files: its thumbnail and a QR code to its link as figures, its name and its
	 * link as a paragraph beside them; kept on one page.
	 */
	void file(BufferedImage thumbnail, String thumbnailAlt, String label, String link, String qrAlt) throws IOException {
		float box = 96;
		needs(box + 14);
		float top = this.y;
		float x = MARGIN;
		if (thumbnail != null) {
			PDImageXObject image = thumbnail.getColorModel().hasAlpha() ? LosslessFactory.createFromImage(this.document, thumbnail)
					: JPEGFactory.createFromImage(this.document, thumbnail, 0.85f);
			float scale = Math.min(box / image.getWidth(), box / image.getHeight());
			float w = image.getWidth() * scale;
			float h = image.getHeight() * scale;
			PDStructureElement picture = element(StandardStructureTypes.Figure, this.top, null);
			picture.setAlternateDescription(thumbnailAlt);
			float left = x + (box - w) / 2;
			marked(picture, COSName.getPDFName(StandardStructureTypes.Figure),
					() -> this.out.drawImage(image, left, top - h, w, h));
		}
		x += box + 12;
		PdfBoxGraphics2D g = new PdfBoxGraphics2D(this.document, box, box);
		try {
			eu.interreg.cooperationday.studio.brand.QrCode.paint(g, link, new java.awt.geom.Rectangle2D.Float(0, 0, box, box));
		}
		finally {
			g.dispose();
		}
		PDFormXObject qr = g.getXFormObject();
		PDStructureElement code = element(StandardStructureTypes.Figure, this.top, null);
		code.setAlternateDescription(qrAlt);
		float qrLeft = x;
		marked(code, COSName.getPDFName(StandardStructureTypes.Figure), () -> {
			this.out.saveGraphicsState();
			this.out.transform(org.apache.pdfbox.util.Matrix.getTranslateInstance(qrLeft, top - box));
			this.out.drawForm(qr);
			this.out.restoreGraphicsState();
		});
		x += box + 12;
		float textWidth = WIDTH - MARGIN - x;
		float was = this.y;
		this.y = top - 4;
		block(StandardStructureTypes.P, null, List.of(new Run(label, true)), 11, 15, INK, x, textWidth);
		block(StandardStructureTypes.P, null, List.of(new Run(link, false)), 8.5f, 11, BLUE, x, textWidth);
		this.y = Math.min(this.y, was - box) - 14;
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
		this.page.setStructParents(index);
		this.byPage.put(index, new ArrayList<>());
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
			show(List.of(new Line(List.of(new Run(this.footer, false)), 0)), 8, 10, INK, MARGIN, BOTTOM - 22);
			float width = width(number, this.regular, 8);
			show(List.of(new Line(List.of(new Run(number, false)), 0)), 8, 10, INK, WIDTH - MARGIN - width, BOTTOM - 22);
		});
		this.y = TOP;
	}

	/** Writes the document: its information, XMP (PDF/A-2b, PDF/UA-1), output intent and parent tree. */
	byte[] finish(String title, Instant created) throws IOException {
		this.out.close();
		Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
		when.setTimeInMillis(created.toEpochMilli());
		PDDocumentInformation info = this.document.getDocumentInformation();
		info.setTitle(title);
		info.setCreator("Cooperation Day Studio");
		info.setProducer("Cooperation Day Studio (Apache PDFBox)");
		info.setCreationDate(when);
		info.setModificationDate(when);
		PDDocumentCatalog catalog = this.document.getDocumentCatalog();
		PDMetadata metadata = new PDMetadata(this.document);
		metadata.importXMPMetadata(ArchivalXmp.packet(title, this.language, created, info.getCreator(), info.getProducer(), null)
			.getBytes(StandardCharsets.UTF_8));
		catalog.setMetadata(metadata);
		PDOutputIntent intent = new PDOutputIntent(this.document,
				new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
		intent.setInfo("sRGB IEC61966-2.1");
		intent.setOutputCondition("sRGB IEC61966-2.1");
		intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
		intent.setRegistryName("http://www.color.org");
		catalog.addOutputIntent(intent);
		Map<Integer, COSObjectable> parents = new HashMap<>();
		this.byPage.forEach((index, elements) -> {
			COSArray array = new COSArray();
			elements.forEach(array::add);
			parents.put(index, new PDParentTreeValue(array));
		});
		PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
		tree.setNumbers(parents);
		this.root.setParentTree(tree);
		this.root.setParentTreeNextKey(this.byPage.size());
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
		List<Line> lines = lines(runs, size, width);
		int at = 0;
		while (at < lines.size()) {
			int room = Math.max(1, (int) ((this.y - BOTTOM) / lead));
			if (this.y - lead < BOTTOM) {
				newPage();
				continue;
			}
			List<Line> here = lines.subList(at, Math.min(lines.size(), at + room));
			PDStructureElement element = element(type, this.top, language);
			float from = this.y;
			marked(element, COSName.getPDFName(type.startsWith("H") ? type : StandardStructureTypes.P),
					() -> show(here, size, lead, color, x, from));
			this.y -= here.size() * lead;
			at += here.size();
		}
	}

	private PDStructureElement element(String type, PDStructureElement parent, String language) {
		PDStructureElement element = new PDStructureElement(type, parent);
		element.setPage(this.page);
		if (language != null && !language.equals(this.language)) {
			element.setLanguage(language);
		}
		parent.appendKid(element);
		return element;
	}

	/** Content of an element on this page: its marked content, linked both ways. */
	private void marked(PDStructureElement element, COSName tag, Drawing drawing) throws IOException {
		List<COSObjectable> here = this.byPage.get(this.document.getNumberOfPages() - 1);
		int mcid = here.size();
		COSDictionary properties = new COSDictionary();
		properties.setInt(COSName.MCID, mcid);
		element.setPage(this.page);
		element.appendKid(new PDMarkedContent(tag, properties));
		here.add(element);
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

	/** A line of runs, and how far it is indented. */
	private record Line(List<Run> runs, float indent) {

		String text() {
			StringBuilder text = new StringBuilder();
			this.runs.forEach((run) -> text.append(run.text()));
			return text.toString();
		}

	}

	/** Breaks runs into lines of at most {@code width}: at spaces and line breaks, inside a word only when it is longer than a line (a long link). */
	private List<Line> lines(List<Run> runs, float size, float width) throws IOException {
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

	private FontChain faces(boolean bold) {
		return bold ? this.bold : this.regular;
	}

	/** Draws lines from {@code top} down: each run in the first face that has its characters. */
	private void show(List<Line> lines, float size, float lead, Color color, float x, float top) throws IOException {
		float baseline = top - size;
		for (Line line : lines) {
			float at = x + line.indent();
			for (Run run : line.runs()) {
				FontChain faces = faces(run.bold());
				for (Piece piece : pieces(visual(run.text()), faces)) {
					this.out.beginText();
					this.out.setFont(piece.font(), size);
					this.out.setNonStrokingColor(color);
					this.out.newLineAtOffset(at, baseline);
					this.out.showText(piece.text());
					this.out.endText();
					at += piece.font().getStringWidth(piece.text()) / 1000 * size;
				}
			}
			baseline -= lead;
		}
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
			font = PDType0Font.load(this.document, face.file().toFile());
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
