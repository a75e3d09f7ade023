package eu.interreg.cooperationday.studio.brand;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text drawn in the brand's fonts reads back as it was written: no ligature glyph takes the place of its
 * letters (PDFBox's GSUB would draw Armenian "ու" and Latin "fi" as one glyph its ToUnicode map cannot name).
 */
class PdfFontsTest {

	@ParameterizedTest
	@CsvSource({ "NotoSansArmenian-Regular.ttf, Միջոցառումը ստուդիայում է, ուղարկեք",
			"NotoSans-Regular.ttf, The official file of the fifth office, affluent",
			"NotoSansGeorgian-Regular.ttf, თქვენი განრიგი, სახელმძღვანელო" })
	void whatIsDrawnIsWhatIsRead(String file, String first, String second) throws Exception {
		String line = first + " " + second;
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			PDFont font = PdfFonts.load(document, Path.of("brand-assets", "fonts", file));
			try (PDPageContentStream out = new PDPageContentStream(document, page)) {
				out.beginText();
				out.setFont(font, 12);
				out.newLineAtOffset(40, 700);
				out.showText(line);
				out.endText();
			}
			document.save(pdf);
		}
		try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
			assertThat(new PDFTextStripper().getText(document).strip()).isEqualTo(line);
			assertThat(document.getPage(0).getResources().getFont(
					document.getPage(0).getResources().getFontNames().iterator().next()).isEmbedded()).isTrue();
		}
	}

}
