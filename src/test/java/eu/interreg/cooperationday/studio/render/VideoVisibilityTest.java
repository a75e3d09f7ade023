package eu.interreg.cooperationday.studio.render;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.brand.SvgArt;
import eu.interreg.cooperationday.studio.poster.PosterRenderer;
import eu.interreg.cooperationday.studio.programme.Programme;
import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.VisibilityLogos;
import eu.interreg.cooperationday.studio.support.VisibilityLogos.TestLogo;
import eu.interreg.cooperationday.studio.system.FileType;
import eu.interreg.cooperationday.studio.template.VideoTemplate;
import eu.interreg.cooperationday.studio.template.VideoTemplates;
import eu.interreg.cooperationday.studio.video.VideoContent;
import eu.interreg.cooperationday.studio.video.VideoRenderer;
import eu.interreg.cooperationday.studio.visibility.Placement;
import eu.interreg.cooperationday.studio.visibility.VisibilityChecker;
import eu.interreg.cooperationday.studio.visibility.VisibilityReport;
import eu.interreg.cooperationday.studio.visibility.VisibilityRule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The video's frames that show logos (a settled frame of the intro, the programme's scene and the end
 * card) keep the EU rule in every shape, for logos of every kind and in four languages, one of them
 * right-to-left: one emblem per frame (the logo's own where it carries one), at least as large as every
 * other logo in the frame, the statement written unless the logo carries it; and the checker's report
 * agrees with an independent measurement of the frame within 3 %. One video is encoded whole, and its
 * frames read back from the MP4 are checked the same way.
 */
class VideoVisibilityTest {

	private static final Path OUT = Path.of("target", "visibility", "video");

	private static final List<Language> LANGUAGES = Stream.of("en", "de", "pl", "ar")
		.map((code) -> Language.fromCode(code).orElseThrow())
		.toList();

	private static BrandKit brand;

	private static VideoRenderer videos;

	private static AssetRenderer renderer;

	private static VideoTemplate template;

	private static VisibilityChecker checker;

	@BeforeAll
	static void setUp() throws IOException {
		brand = Fixtures.brand();
		videos = new VideoRenderer(brand);
		VideoTemplates templates = new VideoTemplates(Path.of("video-templates"), false);
		template = templates.chosen();
		renderer = new AssetRenderer(brand, new PosterRenderer(brand), videos, templates, VisibilityRule.EU_ANNEX_IX,
				new eu.interreg.cooperationday.studio.video.AudioDescription(
						eu.interreg.cooperationday.studio.video.SpeechEngine.none("not needed here")));
		checker = new VisibilityChecker(VisibilityRule.EU_ANNEX_IX);
		Files.createDirectories(OUT);
	}

	static List<String> statements() {
		BrandKit kit = Fixtures.brand();
		return Arrays.stream(Language.values()).map((language) -> kit.strings().get(language, "cofunded")).toList();
	}

	static Stream<Arguments> everyShapeLogoAndLanguage() {
		List<Arguments> cases = new ArrayList<>();
		int turn = 0;
		for (AssetSpec.VideoShape shape : AssetSpec.VideoShape.values()) {
			for (TestLogo logo : VisibilityLogos.all(statements())) {
				cases.add(Arguments.of(shape, logo, LANGUAGES.get(turn++ % LANGUAGES.size())));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@MethodSource("everyShapeLogoAndLanguage")
	void everyFrameWithALogoKeepsTheRule(AssetSpec.VideoShape shape, TestLogo logo, Language language)
			throws IOException {
		VideoContent content = content(logo, language);
		List<Placement> frames = videos.logoFrames(template, shape.shape(), content, facts(logo, language));
		assertThat(frames).as("the intro, the programme's scene and the end card").hasSize(3);
		for (Placement placement : frames) {
			int n = (int) Math.round(placement.seconds() * template.fps());
			BufferedImage frame = videos.frame(template, shape.shape(), content, n);
			String name = shape.shape() + "-" + logo.name() + "-" + language.code() + "-" + n;
			ImageIO.write(frame, "png", OUT.resolve(name + ".png").toFile());
			assertKept(name, logo, language, frame, placement);
		}
	}

	@Test
	void theFramesOfTheEncodedVideoKeepTheRuleAsItsReportSays() throws IOException {
		TestLogo logo = VisibilityLogos.plainSvg(statements());
		Language language = Language.fromCode("ar").orElseThrow();
		VideoContent content = content(logo, language);
		Path mp4 = OUT.resolve("landscape-plain-ar.mp4");
		videos.render(template, "landscape", content, mp4);
		for (Placement placement : videos.logoFrames(template, "landscape", content, facts(logo, language))) {
			BufferedImage frame = VideoRenderer.readFrame(mp4, placement.seconds());
			assertKept("mp4 at " + placement.seconds() + " s", logo, language, frame, placement);
		}
	}

	private static void assertKept(String name, TestLogo logo, Language language, BufferedImage frame,
			Placement placement) {
		VisibilityReport report = checker.check(frame, placement);
		assertThat(report.compliant()).as(name + ": " + report.reasons()).isTrue();
		assertThat(report.emblems()).as(name + ": one emblem").hasSize(1);
		Rectangle2D reported = report.emblems().get(0).rectangle();
		Rectangle2D emblem = VisibilityLogos.flagByField(frame, reported.getCenterX(), reported.getCenterY(),
				VisibilityLogos.grown(reported, 0.3));
		assertAgrees(name + " emblem", reported, emblem);
		boolean showsProgramme = placement.logos().stream().anyMatch((l) -> l.name().equals(Placement.PROGRAMME));
		if (showsProgramme) {
			Rectangle2D programme = VisibilityLogos.green(frame);
			assertAgrees(name + " programme logo", box(report, Placement.PROGRAMME), programme);
			boolean own = programme.contains(emblem.getCenterX(), emblem.getCenterY());
			assertThat(own).as(name + ": the logo's own emblem exactly when it carries one")
				.isEqualTo(logo.marks().carriesEmblem());
			if (!own) {
				assertThat(emblem.getHeight() >= programme.getHeight() || emblem.getWidth() >= programme.getWidth())
					.as("%s: emblem %s against the logo %s", name, emblem, programme).isTrue();
				assertThat(report.statement()).startsWith(brand.strings().get(language, "cofunded"));
			}
		}
		else {
			Rectangle2D reportedMark = box(report, Placement.CAMPAIGN);
			Rectangle2D mark = VisibilityLogos.markByDiscs(frame, VisibilityLogos.grown(reportedMark, 0.15));
			assertAgrees(name + " campaign mark", reportedMark, mark);
			assertThat(emblem.getHeight() >= mark.getHeight() || emblem.getWidth() >= mark.getWidth())
				.as("%s: emblem %s against the mark %s", name, emblem, mark).isTrue();
			assertThat(report.statement()).isEqualTo(brand.strings().get(language, "cofunded"));
		}
		assertThat(report.language()).isEqualTo(language.code());
	}

	private static VideoContent content(TestLogo logo, Language language) throws IOException {
		Programme programme = new Programme("Interreg Danube Region", language, null, null, null);
		return renderer.videoContent(programme, logo.svg() ? FileType.SVG : FileType.PNG, logo.bytes(), logo.marks());
	}

	private static VideoRenderer.LogoFacts facts(TestLogo logo, Language language) throws IOException {
		double aspect;
		if (logo.svg()) {
			SvgArt art = SvgArt.load(logo.bytes());
			aspect = art.width() / art.height();
		}
		else {
			BufferedImage image = Fixtures.read(logo.bytes());
			aspect = image.getWidth() / (double) image.getHeight();
		}
		return new VideoRenderer.LogoFacts(aspect, logo.marks().carriesEmblem(), logo.marks().carriesStatement(logo.svg()),
				language.code());
	}

	private static Rectangle2D box(VisibilityReport report, String name) {
		return report.logos().stream().filter((l) -> l.name().equals(name)).findFirst().orElseThrow().rectangle();
	}

	private static void assertAgrees(String what, Rectangle2D reported, Rectangle2D measured) {
		assertThat(measured).as(what + ": found in the frame").isNotNull();
		assertThat(Math.abs(measured.getWidth() - reported.getWidth()) / reported.getWidth())
			.as("%s width: reported %s, measured %s", what, reported, measured).isLessThanOrEqualTo(0.03);
		assertThat(Math.abs(measured.getHeight() - reported.getHeight()) / reported.getHeight())
			.as("%s height: reported %s, measured %s", what, reported, measured).isLessThanOrEqualTo(0.03);
	}


}
