package eu.interreg.cooperationday.studio.programme.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import eu.interreg.cooperationday.studio.brand.SvgArt;
import eu.interreg.cooperationday.studio.programme.Logo;
import eu.interreg.cooperationday.studio.visibility.LogoMarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The door knows what a logo carries of the EU's marks: a harmonised programme logo (its name, then the
 * flag and the funding statement at its right end), as SVG and as PNG, is found to carry the emblem
 * where it is; the statement is read from an SVG's text; a logo without them carries neither.
 */
class LogoMarksIntakeTest {

	private static final LogoIntake intake = new LogoIntake(10L << 20, 50_000_000L);

	/** The brand kit's flag (60 x 40) as an SVG group, placed at (x, y) and scaled. */
	private static String flag(double x, double y, double scale) throws IOException {
		String svg = Files.readString(Path.of("brand-assets", "marks", "eu-flag.svg"));
		Matcher group = Pattern.compile("(?s)<g id=\"eu-flag\">(.*?)</g>").matcher(svg);
		assertThat(group.find()).isTrue();
		return "<g transform='translate(" + x + "," + y + ") scale(" + scale + ")'>" + group.group(1) + "</g>";
	}

	@Test
	void aHarmonisedSvgLogoCarriesTheEmblemAtItsRightEndAndTheStatement() throws IOException {
		String svg = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 600 120' width='600' height='120'>"
				+ "<rect width='600' height='120' fill='#ffffff'/>"
				+ "<text x='10' y='70' font-size='40' fill='#003399'>Interreg Euro-MED</text>" + flag(420, 10, 2.5)
				+ "<text x='420' y='118' font-size='8' fill='#003399'>Co-funded by the European Union</text></svg>";
		Logo logo = intake.intake("logo.svg", "image/svg+xml", svg.getBytes(StandardCharsets.UTF_8));
		LogoMarks marks = logo.marks();
		assertThat(marks.carriesEmblem()).isTrue();
		assertThat(marks.statement()).isTrue();
		// the flag is 150 x 100 at (420, 10) of a 600 x 120 logo
		assertThat(marks.emblem().x()).isCloseTo(420 / 600.0, within(0.03));
		assertThat(marks.emblem().y()).isCloseTo(10 / 120.0, within(0.03));
		assertThat(marks.emblem().width()).isCloseTo(150 / 600.0, within(0.03 * 150 / 600));
		assertThat(marks.emblem().height()).isCloseTo(100 / 120.0, within(0.03 * 100 / 120));
	}

	@Test
	void aHarmonisedPngLogoCarriesTheEmblemWithoutTextToRead() throws IOException {
		BufferedImage image = new BufferedImage(900, 200, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(new Color(0x003399));
		g.fillRect(20, 60, 500, 80);
		SvgArt.load(Files.readAllBytes(Path.of("brand-assets", "marks", "eu-flag.svg")))
			.paintFit(g, new Rectangle2D.Double(660, 20, 225, 150));
		g.dispose();
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		LogoMarks marks = intake.intake("logo.png", "image/png", png.toByteArray()).marks();
		assertThat(marks.carriesEmblem()).isTrue();
		assertThat(marks.statement()).isFalse();
		assertThat(marks.emblem().x() * 900).isCloseTo(660, within(0.03 * 225));
		assertThat(marks.emblem().height() * 200).isCloseTo(150, within(0.03 * 150));
	}

	@Test
	void aLogoWithoutTheMarksCarriesNeither() {
		String svg = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 200 80'><rect width='200' height='80' "
				+ "fill='#ffcc00'/><circle cx='100' cy='40' r='30' fill='#003399'/><text x='5' y='75'>Programme</text></svg>";
		LogoMarks marks = intake.intake("logo.svg", "image/svg+xml", svg.getBytes(StandardCharsets.UTF_8)).marks();
		assertThat(marks.carriesEmblem()).isFalse();
		assertThat(marks.statement()).isFalse();
	}

}
