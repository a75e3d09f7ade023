package eu.interreg.cooperationday.studio.events.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.junit.jupiter.api.Test;

import eu.interreg.cooperationday.studio.support.PdfText;
import eu.interreg.cooperationday.studio.support.VeraPdf;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The impact report read back: its figures as text, its structure (a heading, the totals as a table with
 * headers, each chart a heading and a figure that reads its bars) and veraPDF's verdict on PDF/UA-1 and
 * PDF/A-2b.
 */
class ImpactPdfTest {

	@Test
	void theReportIsATaggedArchivalPdfWhoseChartsReadTheirBars() throws Exception {
		List<ImpactFigures.Row> countries = ImpactChartsTest.rows(14);
		List<ImpactFigures.Row> programmes = new ArrayList<>(List.of(
				new ImpactFigures.Row("Interreg Deutschland-Nederland", 3, 2, 3900, 120_000, 8.5)));
		ImpactFigures figures = new ImpactFigures(new ImpactFigures.Totals(30, 28, 14, 22, 1, 5000, 120_000, 8.5), countries,
				programmes);
		ImpactProperties.Previous previous = new ImpactProperties.Previous("2025", 85, 29, 68, 39, 50815L, 10_200_000L, 9.0);
		byte[] pdf = ImpactPdf.write(figures, previous, "Interreg Cooperation Day: impact", Path.of("brand-assets", "fonts"),
				ImpactChartsTest.CHARTS);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(PdfText.of(document)).contains("Interreg Cooperation Day: impact").contains("50,815")
				.contains("Deutschland & <Nederland>");
			List<String> types = new ArrayList<>();
			List<String> alternatives = new ArrayList<>();
			PDStructureElement top = (PDStructureElement) document.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
			for (Object kid : top.getKids()) {
				PDStructureElement element = (PDStructureElement) kid;
				types.add(element.getStructureType());
				if (element.getAlternateDescription() != null) {
					alternatives.add(element.getAlternateDescription());
				}
			}
			assertThat(types).containsExactly("H1", "Table", "H2", "Figure", "H2", "Figure");
			assertThat(alternatives.get(0)).startsWith("Bar chart, attendees per country: Deutschland & <Nederland> 5,000; Country 1 4,900")
				.endsWith("; and 2 more");
			assertThat(alternatives.get(1)).isEqualTo("Bar chart, attendees per programme: Interreg Deutschland-Nederland 3,900");
		}
		assertThat(VeraPdf.failures(pdf, "ua1")).isEmpty();
		assertThat(VeraPdf.failures(pdf, "2b")).isEmpty();
	}

}
