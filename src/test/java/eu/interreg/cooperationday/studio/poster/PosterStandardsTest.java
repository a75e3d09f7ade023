package eu.interreg.cooperationday.studio.poster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.brand.SvgArt;
import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.VeraPdf;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The print posters are PDF/X-4 (a CMYK output intent, FOGRA39; no DeviceRGB anywhere; the version,
 * trapping and XMP PDF/X asks for) and pass veraPDF, the validator archives and accessibility auditors
 * run: PDF/A-2b (the same printing condition as output intent, XMP metadata that agrees with the document
 * information) and PDF/UA-1 (tagged: the programme's logo a figure named by the programme, a paragraph per
 * line of text in reading order, the second language's lines in their language, the art and crop marks as
 * artifacts, the title shown), for A4 and A3, Arabic with French and German with Dutch.
 */
class PosterStandardsTest {

	private static BrandKit brand;

	private static PosterRenderer renderer;

	@BeforeAll
	static void setUp() {
		brand = Fixtures.brand();
		renderer = new PosterRenderer(brand);
	}

	static Stream<Arguments> printPostersInTwoLanguages() {
		List<Arguments> cases = new ArrayList<>();
		for (PosterFormat format : List.of(PosterFormat.A4_PRINT, PosterFormat.A3_PRINT)) {
			cases.add(Arguments.of(format, Language.AR, Language.FR, "برنامج التعاون NEXT MED", "Programme NEXT MED"));
			cases.add(Arguments.of(format, Language.DE, Language.NL, "Interreg Deutschland-Nederland",
					"Interreg Duitsland-Nederland"));
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} {1}+{2}")
	@MethodSource("printPostersInTwoLanguages")
	void printPostersArePdfX4AndVeraPdfFindsNoBrokenRuleOfPdfA2bOrPdfUa1(PosterFormat format, Language first, Language second, String name,
			String secondName) throws Exception {
		byte[] pdf = render(format, first, second, name, secondName);
		assertThat(VeraPdf.failures(pdf, "2b")).as("PDF/A-2b").isEmpty();
		assertThat(VeraPdf.failures(pdf, "ua1")).as("PDF/UA-1").isEmpty();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDDocumentCatalog catalog = document.getDocumentCatalog();
			assertThat(catalog.getLanguage()).isEqualTo(first.code());
			// PDF/X-4: one CMYK printing condition, the output intent of both standards (one profile, shared)
			List<PDOutputIntent> intents = catalog.getOutputIntents();
			assertThat(intents).extracting((intent) -> intent.getCOSObject().getNameAsString(COSName.S))
				.containsExactlyInAnyOrder("GTS_PDFX", "GTS_PDFA1");
			assertThat(intents).allSatisfy((intent) -> {
				assertThat(intent.getOutputConditionIdentifier()).isEqualTo("FOGRA39");
				COSStream profile = (COSStream) intent.getCOSObject().getDictionaryObject(COSName.DEST_OUTPUT_PROFILE);
				assertThat(profile.getInt(COSName.N)).as("CMYK").isEqualTo(4);
				try (var in = profile.createInputStream()) {
					assertThat(ICC_Profile.getInstance(in).getColorSpaceType()).isEqualTo(ColorSpace.TYPE_CMYK);
				}
			});
			assertThat(intents.get(0).getCOSObject().getDictionaryObject(COSName.DEST_OUTPUT_PROFILE))
				.isSameAs(intents.get(1).getCOSObject().getDictionaryObject(COSName.DEST_OUTPUT_PROFILE));
			assertThat(document.getDocumentInformation().getCOSObject().getString("GTS_PDFXVersion")).isEqualTo("PDF/X-4");
			assertThat(document.getDocumentInformation().getTrapped()).isEqualTo("False");
			List<String> deviceRgb = new ArrayList<>();
			DeviceColours.find(document.getPage(0), deviceRgb);
			assertThat(deviceRgb).as("DeviceRGB anywhere on the page").isEmpty();
			String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
			assertThat(xmp).contains("<pdfaid:part>2</pdfaid:part>").contains("<pdfuaid:part>1</pdfuaid:part>")
				.contains("<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>");
			List<PDStructureElement> paragraphs = new ArrayList<>();
			collect(catalog.getStructureTreeRoot().getKids(), paragraphs);
			assertThat(paragraphs).as("a paragraph per line").hasSizeGreaterThanOrEqualTo(8)
				.allSatisfy((p) -> assertThat(p.getStructureType()).isEqualTo("P"));
			assertThat(paragraphs).as("the second language's lines say so")
				.anySatisfy((p) -> assertThat(p.getLanguage()).isEqualTo(second.code()));
			PDStructureElement figure = (PDStructureElement) ((PDStructureElement) catalog.getStructureTreeRoot()
				.getKids()
				.get(0)).getKids().get(0);
			assertThat(figure.getStructureType()).as("the programme's logo first").isEqualTo("Figure");
			assertThat(figure.getAlternateDescription()).isEqualTo(name);
		}
	}

	private static void collect(List<Object> kids, List<PDStructureElement> paragraphs) {
		for (Object kid : kids) {
			if (kid instanceof PDStructureElement element) {
				if ("P".equals(element.getStructureType())) {
					paragraphs.add(element);
				}
				collect(element.getKids(), paragraphs);
			}
			else if (kid instanceof PDStructureNode node) {
				collect(node.getKids(), paragraphs);
			}
		}
	}

	private static byte[] render(PosterFormat format, Language first, Language second, String name, String secondName)
			throws IOException {
		PosterContent content = new PosterContent(first.code(), brand.strings().get(first, "campaign.name"),
				brand.strings().get(first, "slogan"), brand.strings().get(first, "cofunded"), name, first.rightToLeft(),
				PosterContent.Logo.of(SvgArt.load(Fixtures.svg()), null), "Open day", "21 September 2026",
				"https://example.org/cooperation-day",
				new PosterContent.Second(second.code(), brand.strings().get(second, "campaign.name"),
						brand.strings().get(second, "slogan"), brand.strings().get(second, "cofunded"), secondName,
						second.rightToLeft()));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		renderer.render(format, content, out);
		return out.toByteArray();
	}

}
