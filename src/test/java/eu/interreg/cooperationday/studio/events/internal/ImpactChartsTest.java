package eu.interreg.cooperationday.studio.events.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The impact charts as JFreeChart draws them: an SVG image named by its title with a bar per row, and
 * vectors in a PDF whose names and numbers are text in the embedded Noto Sans.
 */
class ImpactChartsTest {

	static final ImpactCharts CHARTS = new ImpactCharts(Path.of("brand-assets", "fonts"));

	static List<ImpactFigures.Row> rows(int count) {
		List<ImpactFigures.Row> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(new ImpactFigures.Row(i == 0 ? "Deutschland & <Nederland>" : "Country " + i, 1, 1, 5000 - i * 100L, 0, null));
		}
		return rows;
	}

	@Test
	void theDashboardsChartIsAnSvgImageWithABarPerRowInTheCampaignsAmber() throws Exception {
		String svg = CHARTS.svg("chart-country", "Attendees per country", rows(20), 15, 640);
		assertThat(svg).startsWith("<svg");
		java.nio.file.Files.createDirectories(Path.of("target", "test-output"));
		java.nio.file.Files.writeString(Path.of("target", "test-output", "impact-chart.svg"), svg);
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		Element root = document.getDocumentElement();
		assertThat(root.getAttribute("role")).isEqualTo("img");
		assertThat(root.getAttribute("id")).isEqualTo("chart-country");
		assertThat(root.getAttribute("aria-labelledby")).isEqualTo("chart-country-title");
		assertThat(document.getElementById("chart-country-title") == null
				? root.getElementsByTagNameNS("*", "title").item(0).getTextContent()
				: document.getElementById("chart-country-title").getTextContent()).startsWith("Attendees per country");
		assertThat(svg).as("names are text, escaped").contains("Deutschland &amp; &lt;Nederland&gt;").contains("5,000")
			.doesNotContain("Country 15<");
		NodeList shapes = root.getElementsByTagNameNS("*", "*");
		int amber = 0;
		for (int i = 0; i < shapes.getLength(); i++) {
			Element shape = (Element) shapes.item(i);
			if (("rect".equals(shape.getLocalName()) || "path".equals(shape.getLocalName())) && amber(shape)) {
				amber++;
			}
		}
		assertThat(amber).as("one amber bar per shown row").isEqualTo(15);
		String other = CHARTS.svg("chart-programme", "Attendees per programme", rows(3), 15, 640);
		java.util.regex.Matcher ids = java.util.regex.Pattern.compile(" id=\"([^\"]+)\"").matcher(svg + other);
		List<String> all = new ArrayList<>();
		while (ids.find()) {
			all.add(ids.group(1));
		}
		assertThat(all).as("two charts on a page share no id").doesNotHaveDuplicates()
			.allMatch((one) -> one.startsWith("chart-country") || one.startsWith("chart-programme"));
		assertThat(svg).doesNotContain("xml:space").contains("url(#chart-country-clipPath1)");
	}

	private static boolean amber(Element shape) {
		for (org.w3c.dom.Node node = shape; node instanceof Element element; node = node.getParentNode()) {
			String style = element.getAttribute("style") + element.getAttribute("fill");
			if (style.contains("fill:")  || !element.getAttribute("fill").isEmpty()) {
				return style.replace(" ", "").contains("rgb(245,158,11)");
			}
		}
		return false;
	}

	@Test
	void theReportsChartIsVectorsWithItsNamesAndNumbersInEmbeddedNotoSans() throws Exception {
		byte[] pdf;
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			PDFormXObject chart = CHARTS.pdf(document, rows(20), 12, 495);
			try (PDPageContentStream out = new PDPageContentStream(document, page)) {
				out.transform(org.apache.pdfbox.util.Matrix.getTranslateInstance(50, 400));
				out.drawForm(chart);
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			pdf = bytes.toByteArray();
		}
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Deutschland & <Nederland>").contains("Country 11").contains("5,000").contains("3,900")
				.doesNotContain("Country 12");
			List<String> fonts = new ArrayList<>();
			for (PDFormXObject form : forms(document)) {
				for (org.apache.pdfbox.cos.COSName name : form.getResources().getFontNames()) {
					PDFont font = form.getResources().getFont(name);
					fonts.add(font.getName());
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				}
			}
			assertThat(fonts).isNotEmpty().allMatch((name) -> name.contains("NotoSans"));
			assertThat(document.getPage(0).getResources().getXObjectNames()).isNotEmpty();
		}
	}

	private static List<PDFormXObject> forms(PDDocument document) throws java.io.IOException {
		List<PDFormXObject> forms = new ArrayList<>();
		var resources = document.getPage(0).getResources();
		for (org.apache.pdfbox.cos.COSName name : resources.getXObjectNames()) {
			if (resources.getXObject(name) instanceof PDFormXObject form) {
				forms.add(form);
			}
		}
		return forms;
	}

}
