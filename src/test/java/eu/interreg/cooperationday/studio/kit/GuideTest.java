package eu.interreg.cooperationday.studio.kit;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.kit.internal.GuideChapters;
import eu.interreg.cooperationday.studio.kit.internal.GuideWriter;
import eu.interreg.cooperationday.studio.kit.internal.GuideWriter.FileEntry;
import eu.interreg.cooperationday.studio.kit.internal.GuideWriter.GuideInput;
import eu.interreg.cooperationday.studio.kit.internal.GuideWriter.LogoArt;
import eu.interreg.cooperationday.studio.kit.internal.KitWords;
import eu.interreg.cooperationday.studio.support.VeraPdf;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The practical guide of a bilingual (de+nl) programme, read back: its name, its event dates and the
 * checklist in each language (PDFBox), every font embedded, and the PDF/UA-1 and PDF/A-2b rules the
 * posters keep (veraPDF); a language the kit does not speak gets the guide in English, said so, and a
 * chapter missing in a language is the English one, said so. The German guide and its first pages are
 * written to {@code target/test-output/kit/}.
 */
class GuideTest {

	static final BrandKit BRAND = BrandKit.load(Path.of("brand-assets"));

	static final GuideWriter WRITER = new GuideWriter(KitPostsTest.WORDS, new GuideChapters(Path.of("brand-assets", "guide")),
			BRAND);

	static byte[] german;

	static byte[] dutch;

	@BeforeAll
	static void write() throws Exception {
		german = WRITER.write(input(Language.DE), Instant.EPOCH);
		dutch = WRITER.write(input(Language.NL), Instant.EPOCH);
		Path out = Files.createDirectories(Path.of("target", "test-output", "kit"));
		Files.write(out.resolve("guide-de.pdf"), german);
		try (PDDocument pdf = Loader.loadPDF(german)) {
			PDFRenderer renderer = new PDFRenderer(pdf);
			for (int page = 0; page < Math.min(2, pdf.getNumberOfPages()); page++) {
				ImageIO.write(renderer.renderImageWithDPI(page, 72), "png", out.resolve("guide-de-page-" + (page + 1) + ".png").toFile());
			}
		}
	}

	static GuideInput input(Language language) {
		KitPosts.ProgrammeInfo programme = KitPostsTest.programme("Interreg Deutschland-Nederland", Language.DE, Language.NL);
		return new GuideInput(programme.name(), language, programme.events(), new KitPosts(KitPostsTest.WORDS).posts(programme),
				List.of(new FileEntry("poster", "a3-print", "https://studio.example/d/poster", thumbnail(210, 297, Color.BLUE)),
						new FileEntry("social", "1080x1080", "https://studio.example/d/square", thumbnail(200, 200, Color.ORANGE)),
						new FileEntry("video", "16x9", "https://studio.example/d/video", null)),
				LogoArt.of(thumbnail(300, 100, new Color(0x2E, 0x7D, 0x32))));
	}

	static BufferedImage thumbnail(int width, int height, Color color) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(color);
		g.fillRect(0, 0, width, height);
		g.dispose();
		return image;
	}

	static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	@Test
	void theGermanGuideHoldsTheProgrammeItsDatesAndTheChecklistInGerman() throws Exception {
		String text = text(german);
		assertThat(text).contains("Praktischer Leitfaden für Interreg Deutschland-Nederland")
			.contains("19. September 2026: Ihre Veranstaltung: Grenzfest am Rhein, Kleve")
			.contains("26. September 2026: Ihre Veranstaltung: Fietstocht over de grens, Nijmegen")
			.as("registration six weeks before, press two weeks before")
			.contains("8. August 2026: Ihre Veranstaltung auf der Karte")
			.contains("5. September 2026: Ihre Pressemitteilung")
			.contains("Checkliste")
			.contains("Die Plakate sind gedruckt und hängen dort, wo Ihr Publikum vorbeikommt")
			.contains("Dieses Kapitel wurde maschinell übersetzt")
			.contains("Ihr Logo neben dem EU-Emblem")
			.contains("https://studio.example/d/poster")
			.contains("Noch 7 Tage: Grenzfest am Rhein")
			.doesNotContain("Ook op het programma");
	}

	@Test
	void theDutchGuideIsInDutch() throws Exception {
		assertThat(text(dutch)).contains("Praktische gids voor Interreg Deutschland-Nederland")
			.contains("19 september 2026: Uw evenement: Grenzfest am Rhein, Kleve")
			.contains("De affiches zijn gedrukt en hangen waar uw publiek langskomt")
			.contains("Ook op het programma van Interreg Deutschland-Nederland");
	}

	@Test
	void everyFontIsEmbeddedAndThePagesAreA4() throws Exception {
		try (PDDocument document = Loader.loadPDF(german)) {
			assertThat(document.getNumberOfPages()).isBetween(4, 20);
			for (PDPage page : document.getPages()) {
				assertThat(page.getMediaBox().getWidth()).isEqualTo(595.27563f, org.assertj.core.data.Offset.offset(0.01f));
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				}
			}
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("de");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Praktischer Leitfaden für Interreg Deutschland-Nederland");
		}
	}

	@Test
	void theGuidePassesThePosterStandardsPdfUa1AndPdfA2b() throws Exception {
		assertThat(VeraPdf.failures(german, "ua1")).isEmpty();
		assertThat(VeraPdf.failures(german, "2b")).isEmpty();
		assertThat(VeraPdf.failures(dutch, "ua1")).isEmpty();
	}

	@Test
	void lithuanianAndSpanishGuidesHaveTheirOwnChaptersMarkedMachineTranslated() throws Exception {
		GuideInput lithuanian = new GuideInput("Interreg Latvija-Lietuva", Language.LT, input(Language.LT).events(),
				new KitPosts(KitPostsTest.WORDS).posts(KitPostsTest.programme("Interreg Latvija-Lietuva", Language.LT)),
				List.of(), null);
		String text = text(WRITER.write(lithuanian, Instant.EPOCH));
		assertThat(text).contains("Praktinis vadovas: Interreg Latvija-Lietuva")
			.contains("Plakatai atspausdinti ir iškabinti ten, kur praeina jūsų auditorija")
			.contains("rugsėjo 19")
			.doesNotContain("The posters are printed")
			.doesNotContain("The guide is not translated");
		GuideInput spanish = new GuideInput("Interreg España-Portugal", Language.ES, input(Language.ES).events(),
				new KitPosts(KitPostsTest.WORDS).posts(KitPostsTest.programme("Interreg España-Portugal", Language.ES)),
				List.of(), null);
		assertThat(text(WRITER.write(spanish, Instant.EPOCH))).as("Spanish has its chapters")
			.contains("Guía práctica para Interreg España-Portugal").contains("Lista de comprobación")
			.contains("Los carteles están impresos y colocados donde pasa su público")
			.contains("Este capítulo se ha traducido automáticamente y aún no se ha revisado.")
			.doesNotContain("The posters are printed");
	}

	@Test
	void aGeorgianGuideIsWrittenInTheBrandsGeorgianFaceEmbedded() throws Exception {
		GuideInput georgian = new GuideInput("Interreg Georgia-Armenia", Language.KA, input(Language.KA).events(),
				new KitPosts(KitPostsTest.WORDS).posts(KitPostsTest.programme("Interreg Georgia-Armenia", Language.KA)),
				List.of(), null);
		byte[] pdf = WRITER.write(georgian, Instant.EPOCH);
		assertThat(text(pdf)).contains("პრაქტიკული სახელმძღვანელო: Interreg Georgia-Armenia").contains("თქვენი განრიგი").contains("19 სექტემბერი, 2026: თქვენი ღონისძიება: Grenzfest am Rhein, Kleve")
			.contains("Interreg Georgia-Armenia მზადაა, თქვენ?").doesNotContain("\uFFFD");
		java.util.Set<String> faces = new java.util.TreeSet<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
					faces.add(font.getName().substring(font.getName().indexOf('+') + 1));
				}
			}
		}
		assertThat(faces).anyMatch((face) -> face.startsWith("NotoSansGeorgian"));
		assertThat(VeraPdf.failures(pdf, "ua1")).isEmpty();
		assertThat(VeraPdf.failures(pdf, "2b")).isEmpty();
	}

	@Test
	void anArabicGuideIsSetFromTheRightInItsOwnWordsAndPassesPdfUa() throws Exception {
		GuideInput arabic = new GuideInput("Interreg NEXT MED", Language.AR, input(Language.AR).events(),
				new KitPosts(KitPostsTest.WORDS).posts(KitPostsTest.programme("Interreg NEXT MED", Language.AR)), List.of(), null);
		byte[] pdf = WRITER.write(arabic, Instant.EPOCH);
		// (a line that mixes directions is read back by PDFBox in an order of its own: its parts are checked)
		assertThat(text(pdf)).contains("دليل عملي لـ").contains("Interreg NEXT MED").contains("قائمة التحقق")
			.contains("الملصقات مطبوعة ومعلقة حيث يمر جمهوركم").doesNotContain("The posters are printed");
		// its lines end at the right margin and start wherever they do: the Arabic letters sit right of the middle
		float[] extent = { Float.MAX_VALUE, 0 };
		PDFTextStripper positions = new PDFTextStripper() {
			@Override
			protected void writeString(String string, List<org.apache.pdfbox.text.TextPosition> letters) {
				for (org.apache.pdfbox.text.TextPosition letter : letters) {
					if (Character.UnicodeScript.of(letter.getUnicode().codePointAt(0)) == Character.UnicodeScript.ARABIC) {
						extent[0] = Math.min(extent[0], letter.getXDirAdj());
						extent[1] = Math.max(extent[1], letter.getXDirAdj() + letter.getWidthDirAdj());
					}
				}
			}
		};
		try (PDDocument document = Loader.loadPDF(pdf)) {
			positions.setStartPage(2);
			positions.setEndPage(2);
			positions.getText(document);
			java.nio.file.Files.createDirectories(Path.of("target/test-output"));
			javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(1, 60), "png",
					Path.of("target/test-output/guide-ar-page-2.png").toFile());
		}
		assertThat(extent[1]).as("the right edge of the Arabic text").isGreaterThan(595 - 56 - 3).isLessThan(595 - 56 + 3);
		assertThat(VeraPdf.failures(pdf, "ua1")).isEmpty();
		assertThat(VeraPdf.failures(pdf, "2b")).isEmpty();
	}

	@Test
	void aLanguageTheKitDoesNotSpeakGetsTheGuideInEnglishSaidSo(@TempDir Path folder) throws Exception {
		KitWords english = KitPostsTest.englishOnly(folder);
		GuideWriter writer = new GuideWriter(english, new GuideChapters(Path.of("brand-assets", "guide")), BRAND);
		GuideInput sami = new GuideInput("Interreg Aurora", Language.SE, input(Language.SE).events(),
				new KitPosts(english).posts(KitPostsTest.programme("Interreg Aurora", Language.SE)), List.of(), null);
		String text = text(writer.write(sami, Instant.EPOCH));
		assertThat(text).contains("Practical guide for Interreg Aurora")
			.contains("The guide is not translated into davvisámegiella yet: it is in English.")
			.contains("The posters are printed and put up where your audience passes")
			.contains("September 19, 2026");
	}

	@Test
	void aNorthernSamiGuideIsInNorthernSami() throws Exception {
		GuideInput sami = new GuideInput("Interreg Aurora", Language.SE, input(Language.SE).events(),
				new KitPosts(KitPostsTest.WORDS).posts(KitPostsTest.programme("Interreg Aurora", Language.SE)), List.of(), null);
		byte[] pdf = WRITER.write(sami, Instant.EPOCH);
		Files.write(Files.createDirectories(Path.of("target", "test-output", "kit")).resolve("guide-se.pdf"), pdf);
		assertThat(text(pdf)).contains("Geavatlaš bagadus: Interreg Aurora")
			.contains("Plakáhtat leat prentejuvvon ja bidjon doppe gos du gulahallit vázzet")
			.contains("Dán kapihttala lea mášiidna jorgalan")
			.doesNotContain("not translated");
		assertThat(VeraPdf.failures(pdf, "ua1")).isEmpty();
	}

	@Test
	void aChapterMissingInALanguageIsTheEnglishOneSaidSo(@TempDir Path folder) throws Exception {
		Path guide = Path.of("brand-assets", "guide");
		Files.createDirectories(folder.resolve("en"));
		Files.createDirectories(folder.resolve("de"));
		for (String chapter : List.of("01-step-by-step.md", "03-checklist.md")) {
			Files.copy(guide.resolve("en").resolve(chapter), folder.resolve("en").resolve(chapter));
		}
		Files.copy(guide.resolve("de").resolve("01-step-by-step.md"), folder.resolve("de").resolve("01-step-by-step.md"));
		GuideWriter writer = new GuideWriter(KitPostsTest.WORDS, new GuideChapters(folder), BRAND);
		byte[] pdf = writer.write(input(Language.DE), Instant.EPOCH);
		assertThat(text(pdf)).contains("Ihre lokale Veranstaltung, Schritt für Schritt")
			.contains("Dieses Kapitel gibt es noch nicht auf Deutsch: Es steht auf Englisch.")
			.contains("The posters are printed and put up where your audience passes");
		assertThat(VeraPdf.failures(pdf, "ua1")).as("the English chapter is marked as English").isEmpty();
	}

	@Test
	void aNameInArabicOrHebrewIsDrawnInItsOwnFace() throws Exception {
		GuideInput input = new GuideInput("برنامج التعاون Interreg שיתוף", Language.EN, input(Language.EN).events(), List.of(),
				List.of(), null);
		byte[] pdf = WRITER.write(input, Instant.EPOCH);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<String> faces = new java.util.ArrayList<>();
			for (var name : document.getPage(0).getResources().getFontNames()) {
				faces.add(document.getPage(0).getResources().getFont(name).getName());
			}
			assertThat(faces).anyMatch((f) -> f.contains("NotoSansArabic")).anyMatch((f) -> f.contains("NotoSansHebrew"));
		}
		assertThat(text(pdf)).doesNotContain("?");
	}

}
