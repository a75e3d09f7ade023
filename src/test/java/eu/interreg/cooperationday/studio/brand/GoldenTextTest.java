package eu.interreg.cooperationday.studio.brand;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.interreg.cooperationday.studio.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hard cases of text setting compared with golden images (in {@code src/test/resources/golden}) within
 * a tolerance: Arabic joined and right to left, Arabic mixed with Latin, Hebrew with digits, Georgian,
 * and the 140-character name. On a mismatch the rendering and a difference map are written to
 * {@code target/test-output/golden} for a person to look at; {@code -Dgolden.update=true} rewrites the
 * goldens after such a review.
 */
class GoldenTextTest {

	static final Path GOLDEN = Path.of("src/test/resources/golden");

	static final Path OUT = Path.of("target/test-output/golden");

	static BrandKit brand;

	@BeforeAll
	static void load() {
		brand = Fixtures.brand();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "arabic-joined|true|برنامج التعاون عبر الحدود بين البلدين",
			"arabic-latin-mixed|true|إنترريج Interreg NEXT MED برنامج حوض البحر المتوسط",
			"hebrew-digits|true|תוכנית Interreg לשיתוף פעולה 2021–2027",
			"georgian|false|Interreg NEXT შავი ზღვის აუზის პროგრამა",
			"long-140|false|Interreg VI-A IPA Programme for Cross-Border Cooperation between the Republic of Bulgaria and the Republic of North Macedonia 2021–2027" })
	void hardCasesLookAsReviewed(String name, boolean rightToLeft, String text) throws IOException {
		BufferedImage actual = render(text, rightToLeft);
		Path golden = GOLDEN.resolve(name + ".png");
		if (Boolean.getBoolean("golden.update")) {
			Files.createDirectories(GOLDEN);
			ImageIO.write(actual, "png", golden.toFile());
		}
		assertThat(golden).as("golden image; run with -Dgolden.update=true after reviewing").exists();
		BufferedImage expected = ImageIO.read(golden.toFile());
		assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
		assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
		BufferedImage diff = new BufferedImage(actual.getWidth(), actual.getHeight(), BufferedImage.TYPE_INT_RGB);
		long differing = 0;
		double total = 0;
		for (int y = 0; y < actual.getHeight(); y++) {
			for (int x = 0; x < actual.getWidth(); x++) {
				int a = actual.getRGB(x, y) & 0xFF;
				int e = expected.getRGB(x, y) & 0xFF;
				int d = Math.abs(a - e);
				total += d;
				if (d > 64) {
					differing++;
					diff.setRGB(x, y, 0xFF0000);
				}
				else {
					diff.setRGB(x, y, a == 255 ? 0xFFFFFF : 0xC0C0C0);
				}
			}
		}
		double pixels = actual.getWidth() * (double) actual.getHeight();
		double meanDifference = total / pixels;
		double differingShare = differing / pixels;
		if (meanDifference > 1.5 || differingShare > 0.005) {
			Files.createDirectories(OUT);
			ImageIO.write(actual, "png", OUT.resolve(name + "-actual.png").toFile());
			ImageIO.write(diff, "png", OUT.resolve(name + "-diff.png").toFile());
		}
		assertThat(meanDifference).as("mean difference of %s (see %s)", name, OUT).isLessThanOrEqualTo(1.5);
		assertThat(differingShare).as("share of clearly different pixels of %s (see %s)", name, OUT)
			.isLessThanOrEqualTo(0.005);
	}

	/** The text fitted into an 900 × 260 box (max 3 lines, 72 down to 24 px), black on white. */
	static BufferedImage render(String text, boolean rightToLeft) {
		BufferedImage image = new BufferedImage(960, 300, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, image.getWidth(), image.getHeight());
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			TextStyle style = new TextStyle(brand.bold(), 72, 24, 3, 1.2f, Color.BLACK, TextStyle.Align.START);
			Rectangle2D box = new Rectangle2D.Double(30, 20, 900, 260);
			FittedText fitted = new TextFitter().fit(text, style, box.getWidth(), box.getHeight());
			assertThat(fitted.fits()).isTrue();
			fitted.paint(g, box, style, rightToLeft);
		}
		finally {
			g.dispose();
		}
		return image;
	}

}
