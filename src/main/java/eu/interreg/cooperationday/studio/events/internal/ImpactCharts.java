package eu.interreg.cooperationday.studio.events.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The impact charts, drawn by JFreeChart in the campaign's colours and the brand's own Noto Sans (never a
 * system font): attendees per country or programme as horizontal bars, the largest first, each with its
 * number. The same chart becomes SVG for the dashboard (Batik) and vectors with real, embedded text in the
 * report PDF (PDFBox Graphics2D).
 */
final class ImpactCharts {

	static final Color BLUE = new Color(0x00, 0x33, 0x99);

	static final Color AMBER = new Color(0xF5, 0x9E, 0x0B);

	static final Color INK = new Color(0x0B, 0x1B, 0x4D);

	private static final String SVG_NS = "http://www.w3.org/2000/svg";

	private final Path regularFile;

	private final Path boldFile;

	private final Font regular;

	private final Font bold;

	ImpactCharts(Path fonts) {
		this.regularFile = fonts.resolve("NotoSans-Regular.ttf");
		this.boldFile = fonts.resolve("NotoSans-Bold.ttf");
		this.regular = load(this.regularFile);
		this.bold = load(this.boldFile);
	}

	private static Font load(Path file) {
		try {
			return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the font " + file, ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException("Not a TrueType font: " + file, ex);
		}
	}

	/** The height a chart of {@code rows} (at most {@code most} of them) needs, in points or pixels. */
	static int height(List<ImpactFigures.Row> rows, int most) {
		return 40 + Math.max(1, Math.min(most, rows.size())) * 22;
	}

	/** Horizontal bars of the first {@code most} rows; no title (the page's heading says what it is). */
	JFreeChart bars(List<ImpactFigures.Row> rows, int most, float scale) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		Map<String, Integer> seen = new HashMap<>();
		for (ImpactFigures.Row row : rows.subList(0, Math.min(most, rows.size()))) {
			String name = row.name().length() > 30 ? row.name().substring(0, 29) + "…" : row.name();
			int times = seen.merge(name, 1, Integer::sum);
			data.addValue(row.attendees(), "Attendees", times == 1 ? name : name + " (" + times + ")");
		}
		CategoryAxis categories = new CategoryAxis();
		categories.setTickLabelFont(this.regular.deriveFont(11f * scale));
		categories.setTickLabelPaint(INK);
		categories.setMaximumCategoryLabelWidthRatio(0.45f);
		categories.setCategoryMargin(0.25);
		categories.setAxisLineVisible(false);
		categories.setTickMarksVisible(false);
		NumberAxis values = new NumberAxis();
		values.setVisible(false);
		values.setUpperMargin(0.18);
		NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.ENGLISH);
		values.setNumberFormatOverride(numbers);
		BarRenderer bars = new BarRenderer();
		bars.setBarPainter(new StandardBarPainter());
		bars.setShadowVisible(false);
		bars.setSeriesPaint(0, AMBER);
		bars.setDrawBarOutline(false);
		// as thick as a line of text, however few rows there are
		bars.setMaximumBarWidth(18.0 / (height(rows, most) - 8));
		bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", numbers));
		bars.setDefaultItemLabelsVisible(true);
		bars.setDefaultItemLabelFont(this.regular.deriveFont(11f * scale));
		bars.setDefaultItemLabelPaint(INK);
		bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
		bars.setItemLabelAnchorOffset(4);
		CategoryPlot plot = new CategoryPlot(data, categories, values, bars);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlineVisible(false);
		plot.setRangeGridlinesVisible(false);
		plot.setInsets(new RectangleInsets(4, 4, 4, 4));
		JFreeChart chart = new JFreeChart(null, this.bold.deriveFont(13f * scale), plot, false);
		chart.setBackgroundPaint(Color.WHITE);
		chart.setAntiAlias(true);
		chart.setTextAntiAlias(true);
		return chart;
	}

	/**
	 * The chart as inline SVG for a page: an image ({@code role="img"}) named by its {@code <title>}, which
	 * points to the table with the numbers.
	 */
	String svg(String id, String title, List<ImpactFigures.Row> rows, int most, int width) {
		int height = height(rows, most);
		Document document = GenericDOMImplementation.getDOMImplementation().createDocument(SVG_NS, "svg", null);
		SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
		context.setComment(null);
		SVGGraphics2D g = new SVGGraphics2D(context, false);
		g.setSVGCanvasSize(new java.awt.Dimension(width, height));
		bars(rows, most, 1f).draw(g, new Rectangle2D.Double(0, 0, width, height));
		Element root = g.getRoot();
		root.setAttribute("id", id);
		root.setAttribute("role", "img");
		root.setAttribute("aria-labelledby", id + "-title");
		root.setAttribute("viewBox", "0 0 " + width + " " + height);
		Element name = document.createElementNS(SVG_NS, "title");
		name.setAttribute("id", id + "-title");
		name.setTextContent(title + " (the table below has the numbers)");
		root.insertBefore(name, root.getFirstChild());
		StringWriter out = new StringWriter();
		try {
			g.stream(root, out, true, false);
		}
		catch (org.apache.batik.svggen.SVGGraphics2DIOException ex) {
			throw new IllegalStateException("Could not write the chart " + id, ex);
		}
		String svg = out.toString();
		// an inline SVG in HTML: no XML declaration, no DOCTYPE, no XML-only attribute, and its own ids (two
		// charts on a page would share Batik's clipPath1)
		svg = svg.substring(svg.indexOf("<svg")).replace(" xml:space=\"preserve\"", "");
		java.util.regex.Matcher ids = java.util.regex.Pattern.compile(" id=\"((?:clipPath|defs|genericDefs)[0-9]*)\"").matcher(svg);
		java.util.Set<String> own = new java.util.LinkedHashSet<>();
		while (ids.find()) {
			own.add(ids.group(1));
		}
		for (String generated : own) {
			svg = svg.replace(" id=\"" + generated + "\"", " id=\"" + id + "-" + generated + "\"")
				.replace("url(#" + generated + ")", "url(#" + id + "-" + generated + ")");
		}
		return svg;
	}

	/** The chart as a form of vectors for a PDF page, its text written in the embedded Noto Sans. */
	PDFormXObject pdf(PDDocument document, List<ImpactFigures.Row> rows, int most, float width) throws IOException {
		float height = height(rows, most) * 0.8f;
		PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, width, height);
		PdfBoxGraphics2DFontTextDrawer text = new PdfBoxGraphics2DFontTextDrawer();
		text.registerFont(this.regular.getFontName(), this.regularFile.toFile());
		text.registerFont(this.bold.getFontName(), this.boldFile.toFile());
		g.setFontTextDrawer(text);
		try {
			bars(rows, most, 0.8f).draw(g, new Rectangle2D.Double(0, 0, width, height));
		}
		finally {
			g.dispose();
		}
		return g.getXFormObject();
	}

}
