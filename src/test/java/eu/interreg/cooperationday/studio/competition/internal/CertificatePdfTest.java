package eu.interreg.cooperationday.studio.competition.internal;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.support.VeraPdf;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A winner's certificate read back: its words in the programme's language (PDFBox), its structure (a heading,
 * then the rank, then paragraphs) and veraPDF's verdict on PDF/UA-1 and PDF/A-2b, the rules the posters and
 * the guide keep.
 */
class CertificatePdfTest {

	static final CertificatePdf CERTIFICATES = new CertificatePdf(BrandKit.load(Path.of("brand-assets")),
			new CompetitionWords(CompetitionWordsTest.FOLDER));

	static final CertificatePdf.Award AWARD = new CertificatePdf.Award("2026", "Interreg Cooperation Day 2026", 1,
			"Interreg Ελλάδα-Κύπρος & <Aurora>", "Γιορτή των συνόρων", LocalDate.of(2026, 9, 19), "Best local event",
			LocalDate.of(2026, 10, 20));

	@ParameterizedTest
	@CsvSource({ "de, Urkunde", "el, Γιορτή των συνόρων", "se, Duođaštus", "ka, სიგელი" })
	void aCertificateIsTaggedArchivalAndInItsLanguage(String language, String expected) throws Exception {
		byte[] pdf = CERTIFICATES.write(AWARD, language);
		java.nio.file.Files.write(java.nio.file.Files.createDirectories(Path.of("target", "test-output"))
			.resolve("certificate-" + language + ".pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(expected).contains("Interreg Ελλάδα-Κύπρος & <Aurora>");
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			PDStructureElement top = (PDStructureElement) document.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
			assertThat(top.getKids()).first().extracting((kid) -> ((PDStructureElement) kid).getStructureType()).isEqualTo("H1");
		}
		assertThat(VeraPdf.failures(pdf, "ua1")).as(language).isEmpty();
		assertThat(VeraPdf.failures(pdf, "2b")).as(language).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "ar, شهادة تقدير, الفائز", "he, תעודה, זוכה" })
	void aCertificateInArabicOrHebrewIsSetRightToLeftWithItsLettersJoined(String language, String title, String rank)
			throws Exception {
		CertificatePdf.Award award = new CertificatePdf.Award("2026", "Interreg Cooperation Day 2026", 1, "Interreg NEXT MED",
				"مهرجان الحدود", LocalDate.of(2026, 9, 19), "Best local event", LocalDate.of(2026, 10, 20));
		byte[] pdf = CERTIFICATES.write(award, language);
		java.nio.file.Files.write(java.nio.file.Files.createDirectories(Path.of("target", "test-output"))
			.resolve("certificate-" + language + ".pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			// (PDFBox reads a line that mixes directions in an order of its own: its parts are checked)
			assertThat(text).contains(title).contains(rank).contains("Interreg NEXT MED").contains("مهرجان الحدود");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language);
			// the title, the top line, is set right to left: its first letter is the rightmost one drawn
			List<TextPosition> top = new ArrayList<>();
			new PDFTextStripper() {
				@Override
				protected void writeString(String string, List<TextPosition> letters) {
					top.addAll(letters);
				}
			}.getText(document);
			float highest = (float) top.stream().mapToDouble(TextPosition::getYDirAdj).min().orElseThrow();
			top.removeIf((letter) -> Math.abs(letter.getYDirAdj() - highest) > 1 || letter.getUnicode().isBlank());
			TextPosition rightmost = top.stream().max(java.util.Comparator.comparingDouble(TextPosition::getXDirAdj)).orElseThrow();
			assertThat(Normalizer.normalize(rightmost.getUnicode(), Normalizer.Form.NFKC)).isEqualTo(title.substring(0, 1));
			if (language.equals("ar")) {
				assertThat(top).as("Arabic letters drawn in their joined forms")
					.anyMatch((letter) -> letter.getUnicode().codePointAt(0) >= 0xFE70 && letter.getUnicode().codePointAt(0) <= 0xFEFF);
			}
		}
		assertThat(VeraPdf.failures(pdf, "ua1")).as(language).isEmpty();
		assertThat(VeraPdf.failures(pdf, "2b")).as(language).isEmpty();
	}

}
