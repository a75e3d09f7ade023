package eu.interreg.cooperationday.studio.events.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

import eu.interreg.cooperationday.studio.brand.PdfFonts;

/**
 * The campaign's impact report as a PDF in its identity: A4, the campaign's blue and amber, its fonts
 * embedded (Noto Sans from the brand kit), the totals beside the previous campaign's, and the attendees
 * per country and per programme as JFreeChart bar charts drawn as vectors, their names and numbers in text.
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
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(title);
			info.setAuthor("Interreg Cooperation Day");
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			float width = PDRectangle.A4.getWidth();
			float y = PDRectangle.A4.getHeight() - MARGIN;
			NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.ENGLISH);
			try (PDPageContentStream out = new PDPageContentStream(document, page)) {
				out.setNonStrokingColor(BLUE);
				out.addRect(0, y - 10, width, 60);
				out.fill();
				text(out, bold, 20, Color.WHITE, MARGIN, y + 12, title);
				y -= 50;
				ImpactFigures.Totals t = figures.totals();
				String[][] totals = { { "Events", numbers.format(t.events()), previous == null || previous.events() == null ? "" : numbers.format(previous.events()) },
						{ "Countries", numbers.format(t.countries()), value(previous == null ? null : previous.countries(), numbers) },
						{ "Cities", numbers.format(t.cities()), value(previous == null ? null : previous.cities(), numbers) },
						{ "Programmes", numbers.format(t.programmes()), value(previous == null ? null : previous.programmes(), numbers) },
						{ "Attendees", numbers.format(t.attendees()), value(previous == null ? null : previous.attendees(), numbers) },
						{ "Social reach", numbers.format(t.reach()), value(previous == null ? null : previous.reach(), numbers) },
						{ "Mean satisfaction (1-10)", t.satisfaction() == null ? "–" : String.valueOf(t.satisfaction()),
								previous == null || previous.satisfaction() == null ? "" : String.valueOf(previous.satisfaction()) },
						{ "Events that reported", t.reported() + " of " + t.events(), "" } };
				String earlier = previous == null || previous.label() == null ? "" : previous.label();
				text(out, bold, 11, INK, MARGIN, y, "Figure");
				text(out, bold, 11, INK, MARGIN + 230, y, "This campaign");
				text(out, bold, 11, INK, MARGIN + 360, y, earlier);
				y -= 18;
				for (String[] row : totals) {
					text(out, regular, 11, INK, MARGIN, y, row[0]);
					text(out, regular, 11, INK, MARGIN + 230, y, row[1]);
					text(out, regular, 11, INK, MARGIN + 360, y, row[2]);
					y -= 16;
				}
				y -= 14;
				y = chart(document, out, bold, charts, "Attendees per country", figures.byCountry(), y, width);
				y -= 10;
				chart(document, out, bold, charts, "Attendees per programme", figures.byProgramme(), y, width);
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			return bytes.toByteArray();
		}
	}

	private static String value(Number number, NumberFormat numbers) {
		return number == null ? "" : numbers.format(number);
	}

	/** A chart of the first 12 rows (the rest are in the CSV) under its title, as vectors; where it ends. */
	private static float chart(PDDocument document, PDPageContentStream out, PDFont bold, ImpactCharts charts,
			String title, List<ImpactFigures.Row> rows, float y, float width) throws IOException {
		text(out, bold, 13, BLUE, MARGIN, y, title);
		y -= 8;
		PDFormXObject chart = charts.pdf(document, rows, 12, width - 2 * MARGIN);
		float height = chart.getBBox().getHeight();
		out.saveGraphicsState();
		out.transform(org.apache.pdfbox.util.Matrix.getTranslateInstance(MARGIN, y - height));
		out.drawForm(chart);
		out.restoreGraphicsState();
		return y - height - 6;
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
