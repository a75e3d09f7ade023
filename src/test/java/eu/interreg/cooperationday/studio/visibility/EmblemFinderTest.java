package eu.interreg.cooperationday.studio.visibility;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import eu.interreg.cooperationday.studio.brand.SvgArt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The emblem is found by its twelve stars on a circle on Reflex Blue, drawn from the brand kit's own
 * flag at many sizes (from 40 px high, where a star is about 4 px wide), on white and on colour, turned a little, at the end of a wide logo; and nothing is
 * found where there is no emblem. The flag's box it reports agrees with where the flag was drawn within 3 %.
 */
class EmblemFinderTest {

	private static final Path FLAG = Path.of("brand-assets", "marks", "eu-flag.svg");

	private static final Path MARK = Path.of("brand-assets", "marks", "cooperation-day-mark.svg");

	@ParameterizedTest
	@ValueSource(ints = { 40, 48, 90, 240, 600 })
	void theFlagIsFoundAtEverySizeAndItsBoxIsWhereItWasDrawn(int flagHeight) throws IOException {
		BufferedImage image = canvas(flagHeight * 3, flagHeight * 2, Color.WHITE);
		Rectangle2D drawn = new Rectangle2D.Double(flagHeight * 0.7, flagHeight * 0.4, flagHeight * 1.5, flagHeight);
		draw(image, FLAG, drawn, 0);
		List<Emblem> found = EmblemFinder.find(image);
		assertThat(found).hasSize(1);
		assertAgrees(found.get(0), drawn);
	}

	@Test
	void aFlagWithAWhiteBorderOnAColouredBackgroundIsFound() throws IOException {
		BufferedImage image = canvas(800, 500, new Color(0x0E7C66));
		Rectangle2D drawn = new Rectangle2D.Double(200, 120, 300, 200);
		double border = drawn.getHeight() / 25;
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fill(new Rectangle2D.Double(drawn.getX() - border, drawn.getY() - border, drawn.getWidth() + 2 * border,
				drawn.getHeight() + 2 * border));
		g.dispose();
		draw(image, FLAG, drawn, 0);
		List<Emblem> found = EmblemFinder.find(image);
		assertThat(found).hasSize(1);
		assertAgrees(found.get(0), drawn);
	}

	@Test
	void aFlagTurnedALittleIsStillFound() throws IOException {
		BufferedImage image = canvas(600, 500, Color.WHITE);
		Rectangle2D drawn = new Rectangle2D.Double(150, 150, 300, 200);
		draw(image, FLAG, drawn, 6);
		List<Emblem> found = EmblemFinder.find(image);
		assertThat(found).hasSize(1);
		// turning the flag about its centre leaves the circle of stars where it was
		assertThat(found.get(0).centreX()).isCloseTo(drawn.getCenterX(), within(drawn.getHeight() * 0.03));
		assertThat(found.get(0).height()).isCloseTo(drawn.getHeight(), within(drawn.getHeight() * 0.03));
	}

	@Test
	void theEmblemAtTheRightEndOfAWideProgrammeLogoIsFoundThere() throws IOException {
		// a harmonised programme logo: its name in blue, the flag at its right end, yellow accents
		BufferedImage image = canvas(1600, 220, Color.WHITE);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0x003399));
		for (int x = 20; x < 1100; x += 70) {
			g.fillRect(x, 60, 50, 90);
		}
		g.setColor(new Color(0xFFCC00));
		for (int x = 30; x < 1100; x += 140) {
			g.fillOval(x, 170, 14, 14);
		}
		g.dispose();
		Rectangle2D drawn = new Rectangle2D.Double(1330, 35, 225, 150);
		draw(image, FLAG, drawn, 0);
		List<Emblem> found = EmblemFinder.find(image);
		assertThat(found).hasSize(1);
		assertAgrees(found.get(0), drawn);
	}

	@Test
	void noEmblemIsFoundWhereThereIsNone() throws IOException {
		BufferedImage mark = canvas(600, 400, Color.WHITE);
		draw(mark, MARK, new Rectangle2D.Double(50, 50, 500, 300), 0);
		assertThat(EmblemFinder.find(mark)).as("the campaign mark").isEmpty();

		BufferedImage elevenStars = canvas(600, 400, Color.WHITE);
		Rectangle2D drawn = new Rectangle2D.Double(150, 100, 300, 200);
		draw(elevenStars, FLAG, drawn, 0);
		Graphics2D g = elevenStars.createGraphics();
		g.setColor(new Color(0x003399));
		// the star at the top of the circle: at 30 %, 11 % of a 60 x 40 flag
		g.fill(new Rectangle2D.Double(drawn.getX() + drawn.getWidth() * 0.45, drawn.getY() + drawn.getHeight() * 0.08,
				drawn.getWidth() * 0.1, drawn.getHeight() * 0.14));
		g.dispose();
		assertThat(EmblemFinder.find(elevenStars)).as("eleven stars").isEmpty();

		BufferedImage dots = canvas(900, 200, new Color(0x003399));
		Graphics2D d = dots.createGraphics();
		d.setColor(new Color(0xFFCC00));
		for (int i = 0; i < 12; i++) {
			d.fillOval(30 + i * 70, 90, 16, 16);
		}
		d.dispose();
		assertThat(EmblemFinder.find(dots)).as("twelve stars in a row").isEmpty();
	}

	private static void assertAgrees(Emblem emblem, Rectangle2D drawn) {
		double tolerance = drawn.getHeight() * 0.03;
		Rectangle2D box = emblem.box();
		assertThat(box.getHeight()).as("height").isCloseTo(drawn.getHeight(), within(tolerance));
		assertThat(box.getWidth()).as("width").isCloseTo(drawn.getWidth(), within(drawn.getWidth() * 0.03));
		assertThat(box.getX()).as("left").isCloseTo(drawn.getX(), within(tolerance));
		assertThat(box.getY()).as("top").isCloseTo(drawn.getY(), within(tolerance));
	}

	private static BufferedImage canvas(int width, int height, Color background) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setColor(background);
		g.fillRect(0, 0, width, height);
		g.dispose();
		return image;
	}

	private static void draw(BufferedImage image, Path svg, Rectangle2D box, double degrees) throws IOException {
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.rotate(Math.toRadians(degrees), box.getCenterX(), box.getCenterY());
		SvgArt.load(Files.readAllBytes(svg)).paintFit(g, box);
		g.dispose();
	}

}
