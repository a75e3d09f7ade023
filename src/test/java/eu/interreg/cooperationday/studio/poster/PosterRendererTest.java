package eu.interreg.cooperationday.studio.poster;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import eu.interreg.cooperationday.studio.brand.Art;
import eu.interreg.cooperationday.studio.support.PdfText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.brand.SvgArt;
import eu.interreg.cooperationday.studio.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import eu.interreg.cooperationday.studio.poster.internal.PlacedText;

class PosterRendererTest {

	static final Path OUT = Path.of("target", "test-output", "posters");

	static BrandKit brand;

	static PosterRenderer renderer;

	@BeforeAll
	static void load() throws IOException {
		brand = Fixtures.brand();
		renderer = new PosterRenderer(brand);
		Files.createDirectories(OUT);
	}

	static PosterContent content(String name, PosterContent.Logo logo, boolean event) {
		return new PosterContent("en", "Interreg Cooperation Day", "Cooperation overcoming borders",
				"Co-funded by the European Union", name, false, logo,
				event ? "Open day at the bridge" : null, event ? "21 September 2026 · Frankfurt (Oder)" : null,
				event ? "https://example.org/cooperation-day?x=1" : null);
	}

	static PosterContent.Logo svgLogo() throws IOException {
		return PosterContent.Logo.of(SvgArt.load(Fixtures.svg()), null);
	}

	@ParameterizedTest
	@EnumSource(value = PosterFormat.class, names = { "A4_PRINT", "A3_PRINT" })
	void printPosterHasBleedTrimEmbeddedSubsetFontsAndTheNameAsText(PosterFormat format) throws IOException {
		String name = "Interreg VI-A IPA Programme for Cross-Border Cooperation between the Republic of Bulgaria and the Republic of North Macedonia 2021–2027";
		byte[] pdf = render(format, content(name, svgLogo(), true));
		Files.write(OUT.resolve(format.format() + ".pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			PDPage page = document.getPage(0);
			float mm = 72f / 25.4f;
			assertThat(page.getTrimBox().getWidth()).isCloseTo((float) format.width() * mm, org.assertj.core.data.Offset.offset(0.01f));
			assertThat(page.getTrimBox().getHeight()).isCloseTo((float) format.height() * mm, org.assertj.core.data.Offset.offset(0.01f));
			assertThat(page.getBleedBox().getWidth() - page.getTrimBox().getWidth()).isCloseTo(6 * mm, org.assertj.core.data.Offset.offset(0.01f));
			assertThat(page.getBleedBox().getLowerLeftX()).isCloseTo(page.getTrimBox().getLowerLeftX() - 3 * mm, org.assertj.core.data.Offset.offset(0.01f));
			assertThat(page.getMediaBox().getWidth()).isGreaterThan(page.getBleedBox().getWidth() + 10 * mm);
			String text = PdfText.of(document);
			assertThat(text).contains(name).contains("Cooperation overcoming borders");
			for (var fontName : page.getResources().getFontNames()) {
				PDFont font = page.getResources().getFont(fontName);
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				assertThat(font.getName()).as("subset prefix").matches("[A-Z]{6}\\+NotoSans.*");
			}
			assertThat(page.getResources().getFontNames()).isNotEmpty();
		}
	}

	@ParameterizedTest
	@EnumSource(value = PosterFormat.class, names = { "SQUARE_1080", "STORY_1080X1920", "LINK_CARD_1200X630" })
	void socialPosterIsAPngOfTheExactSize(PosterFormat format) throws IOException {
		byte[] png = render(format, content("Interreg Euregio Meuse-Rhine", svgLogo(), true));
		Files.write(OUT.resolve(format.format() + ".png"), png);
		BufferedImage image = Fixtures.read(png);
		assertThat(image.getWidth()).isEqualTo((int) format.width());
		assertThat(image.getHeight()).isEqualTo((int) format.height());
	}

	@ParameterizedTest
	@EnumSource(PosterFormat.class)
	void thumbnailIs480PixelsWide(PosterFormat format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		renderer.renderThumbnail(format, content("Interreg Aurora", svgLogo(), false), out);
		BufferedImage image = Fixtures.read(out.toByteArray());
		Files.write(OUT.resolve("thumbnail-" + format.format() + ".png"), out.toByteArray());
		assertThat(image.getWidth()).isEqualTo(480);
		assertThat(image.getHeight()).isEqualTo(format.thumbnailHeight());
	}

	@ParameterizedTest
	@ValueSource(strings = { "Πρόγραμμα Interreg Ελλάδα – Κύπρος 2021-2027", "Програма Interreg България – Сърбия",
			"Program Interreg Polska – Słowacja: współpraca ponad granicą", "Effizienz und Offenheit: Grenzfluss fiord", "Interreg Magyarország–Szlovákia Együttműködési Program" })
	void greekCyrillicAndLatinNamesComeBackFromThePdf(String name) throws IOException {
		byte[] pdf = render(PosterFormat.A4_PRINT, content(name, svgLogo(), false));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(PdfText.of(document)).contains(name);
		}
	}

	@ParameterizedTest
	@EnumSource(value = PosterFormat.class, names = { "A4_PRINT", "SQUARE_1080", "STORY_1080X1920" })
	void theEventIsOnThePrintPosterTheStoryAndTheSquareImage(PosterFormat format) throws IOException {
		List<PlacedText> placed = renderer.layout(format, content("Interreg Euregio Meuse-Rhine", svgLogo(), true));
		assertThat(placed.stream().filter((text) -> text.slot().equals("event")).map((text) -> text.line().line().text()))
			.as("the event's lines on %s", format)
			.containsExactly("Open day at the bridge", "21 September 2026 · Frankfurt (Oder)");
		// and only when there is one
		assertThat(renderer.layout(format, content("Interreg Euregio Meuse-Rhine", svgLogo(), false)))
			.noneMatch((text) -> text.slot().equals("event"));
		// on the square image the event sits in the white card, under the name: its ink darker than the card
		if (format == PosterFormat.SQUARE_1080) {
			BufferedImage with = Fixtures.read(render(format, content("Interreg Euregio Meuse-Rhine", svgLogo(), true)));
			BufferedImage without = Fixtures.read(render(format, content("Interreg Euregio Meuse-Rhine", svgLogo(), false)));
			int ink = 0;
			for (int y = 796; y < 874; y += 2) {
				for (int x = 130; x < 950; x += 2) {
					if (with.getRGB(x, y) != without.getRGB(x, y) && (with.getRGB(x, y) & 0xFF) < 0x80) {
						ink++;
					}
				}
			}
			assertThat(ink).as("dark pixels of the event's words in the card").isGreaterThan(200);
		}
	}

	@Test
	void theNameChangesThePixels() throws IOException {
		BufferedImage a = Fixtures.read(render(PosterFormat.SQUARE_1080, content("Interreg Alpine Space", svgLogo(), false)));
		BufferedImage b = Fixtures.read(render(PosterFormat.SQUARE_1080, content("Interreg North Sea", svgLogo(), false)));
		int differing = 0;
		for (int y = 600; y < 900; y += 4) {
			for (int x = 100; x < 980; x += 4) {
				if (a.getRGB(x, y) != b.getRGB(x, y)) {
					differing++;
				}
			}
		}
		assertThat(differing).isGreaterThan(100);
	}

	private static byte[] render(PosterFormat format, PosterContent content) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		renderer.render(format, content, out);
		return out.toByteArray();
	}

}
