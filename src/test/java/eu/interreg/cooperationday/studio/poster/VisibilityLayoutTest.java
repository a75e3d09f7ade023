package eu.interreg.cooperationday.studio.poster;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.brand.SvgArt;
import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.VisibilityLogos;
import eu.interreg.cooperationday.studio.support.VisibilityLogos.TestLogo;
import eu.interreg.cooperationday.studio.system.FileType;
import eu.interreg.cooperationday.studio.visibility.Placement;
import eu.interreg.cooperationday.studio.visibility.VisibilityChecker;
import eu.interreg.cooperationday.studio.visibility.VisibilityReport;
import eu.interreg.cooperationday.studio.visibility.VisibilityRule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every poster and social image, for logos of every kind (plain SVG on white, PNG on colour, very wide,
 * harmonised SVG with the statement, raster with the emblem at its right end) in four languages, one of
 * them right-to-left, is laid out by the EU rule, and the checker's report of the finished file agrees
 * with a measurement of its own pixels that does not use the studio's finder: the flag from its ring of
 * yellow stars, the programme's logo from its green frame, the campaign mark from what differs from the
 * background around it. Files go to {@code target/visibility} to be looked at.
 */
class VisibilityLayoutTest {

	private static final Path OUT = Path.of("target", "visibility");

	private static final List<Language> LANGUAGES = Stream.of("en", "de", "pl", "ar")
		.map((code) -> Language.fromCode(code).orElseThrow())
		.toList();

	/** How far the report and the independent measurement may disagree. */
	private static final double AGREE = 0.03;

	private static BrandKit brand;

	private static PosterRenderer renderer;

	private static VisibilityChecker checker;

	private static List<String> statements;

	@BeforeAll
	static void setUp() throws IOException {
		brand = Fixtures.brand();
		renderer = new PosterRenderer(brand);
		checker = new VisibilityChecker(VisibilityRule.EU_ANNEX_IX);
		statements = Arrays.stream(Language.values()).map((language) -> brand.strings().get(language, "cofunded")).toList();
		Files.createDirectories(OUT);
	}

	static Stream<Arguments> everyFormatLogoAndLanguage() {
		List<Arguments> cases = new ArrayList<>();
		List<TestLogo> logos = VisibilityLogos.all(statementsForCases());
		int turn = 0;
		for (PosterFormat format : PosterFormat.values()) {
			for (TestLogo logo : logos) {
				cases.add(Arguments.of(format, logo, LANGUAGES.get(turn++ % LANGUAGES.size())));
			}
		}
		return cases.stream();
	}

	private static List<String> statementsForCases() {
		BrandKit kit = Fixtures.brand();
		return Arrays.stream(Language.values()).map((language) -> kit.strings().get(language, "cofunded")).toList();
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@MethodSource("everyFormatLogoAndLanguage")
	void theEmblemIsAtLeastAsLargeAsEveryOtherLogoAndTheReportAgreesWithTheFile(PosterFormat format, TestLogo logo,
			Language language) throws IOException {
		PosterContent content = content(logo, language);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Placement placement = renderer.render(format, content, out);
		String name = format.format() + "-" + logo.name() + "-" + language.code();
		Measured file = measured(format, out.toByteArray(), name);
		VisibilityReport report = format.output() == FileType.PDF ? checker.checkPdf(file.path, placement)
				: checker.check(file.image, placement);

		assertThat(report.compliant()).as(name + ": " + report.reasons()).isTrue();
		assertThat(report.emblems()).as("one emblem only").hasSize(1);
		assertThat(report.statement()).as("statement")
			.isEqualTo(logo.marks().carriesEmblem() && (logo.marks().statement() || !logo.svg())
					? "(carried by the programme's logo)" : brand.strings().get(language, "cofunded"));
		assertThat(report.language()).isEqualTo(language.code());

		Rectangle2D reported = scaled(report.emblems().get(0).rectangle(), file.pixelsPerUnit);
		Rectangle2D emblem = VisibilityLogos.flagByField(file.image, reported.getCenterX(), reported.getCenterY(),
				VisibilityLogos.grown(reported, 0.3));
		assertAgrees(name + " emblem", reported, emblem);
		Rectangle2D programme = VisibilityLogos.green(file.image);
		assertAgrees(name + " programme logo", scaled(logoBox(report, "programme"), file.pixelsPerUnit), programme);
		Rectangle2D reportedMark = scaled(logoBox(report, "campaign"), file.pixelsPerUnit);
		Rectangle2D mark = VisibilityLogos.markByDiscs(file.image, VisibilityLogos.grown(reportedMark, 0.15));
		assertAgrees(name + " campaign mark", reportedMark, mark);

		boolean inLogo = programme.contains(emblem.getCenterX(), emblem.getCenterY());
		assertThat(inLogo).as(name + ": the emblem is the logo's own exactly when it carries one")
			.isEqualTo(logo.marks().carriesEmblem());
		assertThat(atLeastAsLarge(emblem, mark)).as(name + ": emblem %s against mark %s", emblem, mark).isTrue();
		if (!inLogo) {
			assertThat(atLeastAsLarge(emblem, programme)).as(name + ": emblem %s against logo %s", emblem, programme)
				.isTrue();
		}
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@MethodSource("everyFormatLogoAndLanguage")
	void theThumbnailsKeepTheRuleAsTheirReportsSay(PosterFormat format, TestLogo logo, Language language)
			throws IOException {
		// measured, as the render job measures it, on the thumbnail's drawing at twice its size
		PosterRenderer.Drawn drawn = renderer.thumbnailDrawing(format, content(logo, language), 2);
		String name = "thumbnail-" + format.format() + "-" + logo.name() + "-" + language.code();
		assertThat(drawn.image().getWidth()).isEqualTo(2 * PosterFormat.THUMBNAIL_WIDTH);
		VisibilityReport report = checker.check(drawn.image(), drawn.placement()).scaled(1 / 2.0);
		assertThat(report.compliant()).as(name + ": " + report.reasons()).isTrue();
		assertThat(report.emblems()).as("one emblem only").hasSize(1);
		Rectangle2D emblem = report.emblems().get(0).rectangle();
		Rectangle2D programme = logoBox(report, "programme");
		assertThat(programme.contains(emblem.getCenterX(), emblem.getCenterY())).as(name)
			.isEqualTo(logo.marks().carriesEmblem());
	}

	@Test
	void aHarmonisedLogoTooWideForTheRuleIsStillDrawnAndReportedNonCompliantWithTheReason() throws IOException {
		TestLogo logo = VisibilityLogos.tooWideHarmonisedPng(statements);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Placement placement = renderer.render(PosterFormat.A4_PRINT, content(logo, LANGUAGES.get(0)), out);
		Measured file = measured(PosterFormat.A4_PRINT, out.toByteArray(), "a4-print-too-wide-harmonised-en");
		VisibilityReport report = checker.checkPdf(file.path, placement);
		assertThat(report.compliant()).isFalse();
		assertThat(report.emblems()).hasSize(1);
		assertThat(report.reasons()).singleElement().asString().contains("smaller than the campaign logo");
		assertThat(report.ratio()).isLessThan(1);
	}

	@Test
	void theStrictOptionAsksForBothDimensionsAndTheReportNamesIt() throws IOException {
		TestLogo logo = VisibilityLogos.plainSvg(statements);
		PosterRenderer strict = new PosterRenderer(brand, VisibilityRule.STRICT_BOTH_DIMENSIONS);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Placement placement = strict.render(PosterFormat.SQUARE_1080, content(logo, LANGUAGES.get(1)), out);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
		VisibilityReport report = new VisibilityChecker(VisibilityRule.STRICT_BOTH_DIMENSIONS).check(image, placement);
		assertThat(report.compliant()).as(report.reasons().toString()).isTrue();
		assertThat(report.rule()).isEqualTo("strict-both-dimensions");
		Rectangle2D emblem = report.emblems().get(0).rectangle();
		Rectangle2D programme = logoBox(report, "programme");
		assertThat(emblem.getWidth()).isGreaterThanOrEqualTo(programme.getWidth());
		assertThat(emblem.getHeight()).isGreaterThanOrEqualTo(programme.getHeight());
	}

	private static PosterContent content(TestLogo logo, Language language) throws IOException {
		PosterContent.Logo art = logo.svg() ? PosterContent.Logo.of(SvgArt.load(logo.bytes()), logo.marks())
				: PosterContent.Logo.of(ImageIO.read(new ByteArrayInputStream(logo.bytes())), logo.marks());
		return new PosterContent(language.code(), brand.strings().get(language, "campaign.name"),
				brand.strings().get(language, "slogan"), brand.strings().get(language, "cofunded"),
				"Interreg Danube Region", language.rightToLeft(), art, "Open day at the bridge", "21 September 2026",
				null);
	}

	/** The finished file as pixels: a PNG as it is, a PDF page at 150 dpi (points to pixels). */
	private record Measured(Path path, BufferedImage image, double pixelsPerUnit) {
	}

	private static Measured measured(PosterFormat format, byte[] bytes, String name) throws IOException {
		Path path = OUT.resolve(name + "." + format.output().extension());
		Files.write(path, bytes);
		if (format.output() == FileType.PDF) {
			try (PDDocument document = Loader.loadPDF(bytes)) {
				float dpi = 150;
				BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB);
				ImageIO.write(page, "png", OUT.resolve(name + ".png").toFile());
				return new Measured(path, page, dpi / 72);
			}
		}
		return new Measured(path, ImageIO.read(new ByteArrayInputStream(bytes)), 1);
	}

	private static Rectangle2D logoBox(VisibilityReport report, String name) {
		return report.logos().stream().filter((logo) -> logo.name().equals(name)).findFirst().orElseThrow().rectangle();
	}

	/** The EU rule: at least as large in height or in width. */
	private static boolean atLeastAsLarge(Rectangle2D emblem, Rectangle2D other) {
		return emblem.getHeight() >= other.getHeight() || emblem.getWidth() >= other.getWidth();
	}

	private static void assertAgrees(String what, Rectangle2D reported, Rectangle2D measured) {
		assertThat(measured).as(what + ": found in the file").isNotNull();
		assertThat(Math.abs(measured.getWidth() - reported.getWidth()) / reported.getWidth())
			.as("%s width: reported %s, measured %s", what, reported, measured).isLessThanOrEqualTo(AGREE);
		assertThat(Math.abs(measured.getHeight() - reported.getHeight()) / reported.getHeight())
			.as("%s height: reported %s, measured %s", what, reported, measured).isLessThanOrEqualTo(AGREE);
	}

	private static Rectangle2D scaled(Rectangle2D box, double scale) {
		return new Rectangle2D.Double(box.getX() * scale, box.getY() * scale, box.getWidth() * scale,
				box.getHeight() * scale);
	}


}
