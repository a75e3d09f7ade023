package eu.interreg.cooperationday.studio.events.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

import eu.interreg.cooperationday.studio.brand.PdfFonts;
import eu.interreg.cooperationday.studio.brand.TaggedDocument;

/**
 * The campaign's impact report as a PDF in its identity: A4, the campaign's blue and amber, its fonts
 * embedded (Noto Sans from the brand kit), the totals beside the previous campaign's, and the attendees
 * per country and per programme as JFreeChart bar charts drawn as vectors, their names and numbers in text.
 * It is tagged and archival as the guide is (PDF/UA-1, PDF/A-2b: {@link TaggedDocument}): the title a
 * heading, the totals a table with its headers, each chart a heading and a figure whose alternative text
 * reads its bars.
 */
final class ImpactPdf {

	private static final Color BLUE = new Color(0x00, 0x33, 0x99);

	private static final Color INK = new Color(0x0B, 0x1B, 0x4D);

	private static final float MARGIN = 50;

	private ImpactPdf() {
	}

	static byte[] write(ImpactFigures figures, ImpactProperties.Previous previous, String title, Path fonts,
			ImpactCharts charts) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDFont regular = PdfFonts.load(document, fonts.resolve("NotoSans-Regular.ttf"));
			PDFont bold = PdfFonts.load(document, fonts.resolve("NotoSans-Bold.ttf"));
			document.getDocumentInformation().setAuthor("Interreg Cooperation Day");
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			TaggedDocument tags = new TaggedDocument(document, "en");
			tags.page(0, page);
			Writer writer = new Writer(tags, page);
			float width = PDRectangle.A4.getWidth();
			float y = PDRectangle.A4.getHeight() - MARGIN;
			try (PDPageContentStream out = new PDPageContentStream(document, page)) {
				TaggedDocument.beginArtifact(out);
				out.setNonStrokingColor(BLUE);
				out.addRect(0, y - 10, width, 60);
				out.fill();
				out.endMarkedContent();
				writer.text(out, tags.top(), StandardStructureTypes.H1, bold, 20, Color.WHITE, MARGIN, y + 12, title);
				y = totals(out, writer, figures.totals(), previous, regular, bold, y - 50);
				y = chart(document, out, writer, bold, charts, "Attendees per country", figures.byCountry(), y - 14, width);
				chart(document, out, writer, bold, charts, "Attendees per programme", figures.byProgramme(), y - 10, width);
			}
			tags.finish(title, Instant.EPOCH);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			return bytes.toByteArray();
		}
	}

	/** The totals beside the previous campaign's, as a table with its column and row headers; where it ends. */
	private static float totals(PDPageContentStream out, Writer writer, ImpactFigures.Totals t,
			ImpactProperties.Previous previous, PDFont regular, PDFont bold, float y) throws IOException {
		NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.ENGLISH);
		boolean before = previous != null;
		String[][] rows = { { "Events", numbers.format(t.events()), before ? value(previous.events(), numbers) : "" },
				{ "Countries", numbers.format(t.countries()), before ? value(previous.countries(), numbers) : "" },
				{ "Cities", numbers.format(t.cities()), before ? value(previous.cities(), numbers) : "" },
				{ "Programmes", numbers.format(t.programmes()), before ? value(previous.programmes(), numbers) : "" },
				{ "Attendees", numbers.format(t.attendees()), before ? value(previous.attendees(), numbers) : "" },
				{ "Social reach", numbers.format(t.reach()), before ? value(previous.reach(), numbers) : "" },
				{ "Mean satisfaction (1-10)", t.satisfaction() == null ? "–" : String.valueOf(t.satisfaction()),
						before && previous.satisfaction() != null ? String.valueOf(previous.satisfaction()) : "" },
				{ "Events that reported", t.reported() + " of " + t.events(), "" } };
		String earlier = previous == null || previous.label() == null ? "" : previous.label();
		PDStructureElement table = writer.tags.element(StandardStructureTypes.TABLE, writer.tags.top(), writer.page, null);
		PDStructureElement head = writer.row(table);
		float[] columns = { MARGIN, MARGIN + 230, MARGIN + 360 };
		String[] headers = { "Figure", "This campaign", earlier };
		for (int column = 0; column < 3; column++) {
			writer.cell(out, head, StandardStructureTypes.TH, PDTableAttributeObject.SCOPE_COLUMN, bold, columns[column], y,
					headers[column]);
		}
		y -= 18;
		for (String[] row : rows) {
			PDStructureElement line = writer.row(table);
			writer.cell(out, line, StandardStructureTypes.TH, PDTableAttributeObject.SCOPE_ROW, regular, columns[0], y, row[0]);
			writer.cell(out, line, StandardStructureTypes.TD, null, regular, columns[1], y, row[1]);
			writer.cell(out, line, StandardStructureTypes.TD, null, regular, columns[2], y, row[2]);
			y -= 16;
		}
		return y;
	}

	private static String value(Number number, NumberFormat numbers) {
		return number == null ? "" : numbers.format(number);
	}

	/**
	 * A chart of the first 12 rows (the rest are in the CSV) under its title, as vectors: a figure whose
	 * alternative text names each bar and its number; where it ends.
	 */
	private static float chart(PDDocument document, PDPageContentStream out, Writer writer, PDFont bold, ImpactCharts charts,
			String title, List<ImpactFigures.Row> rows, float y, float width) throws IOException {
		writer.text(out, writer.tags.top(), StandardStructureTypes.H2, bold, 13, BLUE, MARGIN, y, title);
		y -= 8;
		PDFormXObject chart = charts.pdf(document, rows, 12, width - 2 * MARGIN);
		float height = chart.getBBox().getHeight();
		NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.ENGLISH);
		StringBuilder alternative = new StringBuilder("Bar chart, ").append(title.toLowerCase(Locale.ENGLISH)).append(": ");
		rows.stream().limit(12).forEach((row) -> alternative.append(row.name()).append(' ')
			.append(numbers.format(row.attendees())).append("; "));
		PDStructureElement figure = writer.tags.element(StandardStructureTypes.Figure, writer.tags.top(), writer.page, null);
		figure.setAlternateDescription(rows.isEmpty() ? alternative + "none yet"
				: alternative.substring(0, alternative.length() - 2) + (rows.size() > 12 ? "; and " + (rows.size() - 12) + " more" : ""));
		writer.tags.begin(out, figure, 0, writer.page);
		out.saveGraphicsState();
		out.transform(org.apache.pdfbox.util.Matrix.getTranslateInstance(MARGIN, y - height));
		out.drawForm(chart);
		out.restoreGraphicsState();
		out.endMarkedContent();
		return y - height - 6;
	}

	/** Writes the page's words, each piece of text the marked content of its structure element. */
	private record Writer(TaggedDocument tags, PDPage page) {

		PDStructureElement row(PDStructureElement table) {
			return this.tags.element(StandardStructureTypes.TR, table, this.page, null);
		}

		/** A table cell, a header with its scope ({@code SCOPE_COLUMN}, {@code SCOPE_ROW}) or data; empty cells hold no text. */
		void cell(PDPageContentStream out, PDStructureElement row, String type, String scope, PDFont font, float x, float y,
				String text) throws IOException {
			PDStructureElement cell = this.tags.element(type, row, this.page, null);
			if (scope != null) {
				PDTableAttributeObject attributes = new PDTableAttributeObject();
				attributes.setScope(scope);
				cell.addAttribute(attributes);
			}
			if (!text.isEmpty()) {
				this.tags.begin(out, cell, 0, this.page);
				ImpactPdf.text(out, font, 11, INK, x, y, text);
				out.endMarkedContent();
			}
		}

		void text(PDPageContentStream out, PDStructureElement parent, String type, PDFont font, float size, Color color,
				float x, float y, String text) throws IOException {
			PDStructureElement element = this.tags.element(type, parent, this.page, null);
			this.tags.begin(out, element, 0, this.page);
			ImpactPdf.text(out, font, size, color, x, y, text);
			out.endMarkedContent();
		}

	}

	/** Writes a line, leaving out what the font cannot draw (a name in a script Noto Sans lacks). */
	private static void text(PDPageContentStream out, PDFont font, float size, Color color, float x, float y,
			String text) throws IOException {
		StringBuilder drawable = new StringBuilder();
		text.codePoints().forEach((cp) -> {
			String one = new String(Character.toChars(cp));
			try {
				font.encode(one);
				drawable.append(one);
			}
			catch (IOException | IllegalArgumentException ex) {
				drawable.append('?');
			}
		});
		out.beginText();
		out.setFont(font, size);
		out.setNonStrokingColor(color);
		out.newLineAtOffset(x, y);
		out.showText(drawable.toString());
		out.endText();
	}

}
