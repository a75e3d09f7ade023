package eu.interreg.cooperationday.studio.poster;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.brand.FontChain;
import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.brand.SvgArt;
import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.PdfText;
import eu.interreg.cooperationday.studio.support.VideoFixtures;
import eu.interreg.cooperationday.studio.template.Layer;
import eu.interreg.cooperationday.studio.template.TextBinding;
import eu.interreg.cooperationday.studio.template.VideoTemplate;
import eu.interreg.cooperationday.studio.video.VideoContent;
import eu.interreg.cooperationday.studio.video.VideoRenderer;

import static org.assertj.core.api.Assertions.assertThat;
import eu.interreg.cooperationday.studio.poster.internal.PlacedText;
import eu.interreg.cooperationday.studio.poster.internal.PosterTemplate;

/**
 * Cross-border pairs set in two languages: both slogans (as the brand kit words them) and both names
 * come back from the print PDF; every character is drawn by a face that has it; every line stays inside
 * its slot (mirrored when the first language reads from the right) and the two languages do not overlap;
 * the right-to-left pairs look as reviewed (golden images; a mismatch is written to
 * {@code target/test-output/bilingual}); the video shows the second language beneath the first and has
 * one captions file per language; a template that alternates shows one language, then the other. Leaves a
 * contact sheet of the pairs in {@code target/test-output/bilingual}.
 */
class BilingualTest {

	static final Path OUT = Path.of("target", "test-output", "bilingual");

	static final Path GOLDEN = Path.of("src/test/resources/golden");

	static BrandKit brand;

	static PosterRenderer renderer;

	static VideoRenderer videos;

	static VideoTemplate template;

	static final List<BufferedImage> tiles = new ArrayList<>();

	static final List<String> labels = new ArrayList<>();

	@BeforeAll
	static void load() throws IOException {
		brand = Fixtures.brand();
		renderer = new PosterRenderer(brand);
		videos = new VideoRenderer(brand);
		template = VideoFixtures.campaign();
		Files.createDirectories(OUT);
	}

	static Stream<Arguments> pairs() {
		return Stream.of(Arguments.of(Language.DE, Language.NL, "Interreg Deutschland-Nederland", "Interreg Duitsland-Nederland"),
				Arguments.of(Language.FR, Language.IT, "Interreg France-Italie ALCOTRA", "Interreg Francia-Italia ALCOTRA"),
				Arguments.of(Language.EL, Language.BG, "Interreg Ελλάδα – Βουλγαρία", "Интеррег Гърция – България"),
				Arguments.of(Language.AR, Language.FR, "برنامج التعاون NEXT MED", "Programme NEXT MED"),
				Arguments.of(Language.HE, Language.EN, "תוכנית שיתוף הפעולה", "Cooperation Programme"),
				Arguments.of(Language.KA, Language.HY, "საქართველო – სომხეთი", "Վրաստան – Հայաստան"));
	}

	static PosterContent content(Language first, Language second, String name, String secondName) throws IOException {
		SvgArt logo = SvgArt.load(Fixtures.svg());
		return new PosterContent(first.code(), brand.strings().get(first, "campaign.name"), brand.strings().get(first, "slogan"),
				brand.strings().get(first, "cofunded"), name, first.rightToLeft(), PosterContent.Logo.of(logo, null), null, null, null,
				new PosterContent.Second(second.code(), brand.strings().get(second, "campaign.name"), brand.strings().get(second, "slogan"),
						brand.strings().get(second, "cofunded"), secondName, second.rightToLeft()));
	}

	@ParameterizedTest(name = "{0}+{1}")
	@MethodSource("pairs")
	void bothLanguagesAreSetWholeInTheirBoxesAndComeBackFromThePdf(Language first, Language second, String name,
			String secondName) throws Exception {
		PosterContent content = content(first, second, name, secondName);
		for (PosterFormat format : List.of(PosterFormat.A4_PRINT, PosterFormat.SQUARE_1080, PosterFormat.STORY_1080X1920,
				PosterFormat.LINK_CARD_1200X630)) {
			List<PlacedText> placed = renderer.layout(format, content);
			PosterTemplate poster = renderer.template(format);
			for (PlacedText text : placed) {
				String line = text.line().line().text();
				for (FontChain.Run run : text.fonts().itemise(line)) {
					String chars = line.substring(run.start(), run.end());
					assertThat(run.face().font().canDisplayUpTo(chars)).as("%s has every glyph of '%s' in %s",
							run.face().file().getFileName(), chars, text.slot()).isEqualTo(-1);
				}
				// a glyph's side bearing may reach a hair past the edge (a J by 7% of its size)
				Rectangle2D box = slot(poster, text.slot(), first.rightToLeft());
				double slack = Math.max(poster.width() * 0.002, text.size() * 0.08);
				box = new Rectangle2D.Double(box.getX() - slack, box.getY() - slack, box.getWidth() + 2 * slack,
						box.getHeight() + 2 * slack);
				assertThat(box.contains(ink(text)))
					.as("'%s' (%s) inside the %s slot %s of %s", line, ink(text), text.slot(),
							slot(poster, text.slot(), first.rightToLeft()), format)
					.isTrue();
			}
			for (String slot : List.of("campaign", "slogan", "name", "cofunded")) {
				List<PlacedText> lines = placed.stream().filter((t) -> t.slot().equals(slot)).toList();
				if (lines.isEmpty()) {
					continue; // a template without the slot
				}
				assertThat(lines.size()).as("%s of %s in two languages", slot, format).isGreaterThanOrEqualTo(2);
				for (int i = 1; i < lines.size(); i++) {
					assertThat(ink(lines.get(i)).getMinY()).as("%s lines of %s do not overlap", slot, format)
						.isGreaterThanOrEqualTo(ink(lines.get(i - 1)).getMaxY() - 0.5);
				}
				float leading = lines.get(0).size();
				float trailing = lines.get(lines.size() - 1).size();
				assertThat(trailing).as("the second language is smaller in %s", slot).isLessThan(leading);
				float floor = poster.slot(slot).text().minSize();
				assertThat(leading).as("the first language keeps the slot's floor").isGreaterThanOrEqualTo(floor - 0.01f);
				assertThat(trailing).as("and the second its own, three quarters of it")
					.isGreaterThanOrEqualTo(floor * 0.75f - 0.01f);
			}
		}

		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		renderer.render(PosterFormat.A4_PRINT, content, pdf);
		Files.write(OUT.resolve("a4-" + first.code() + "-" + second.code() + ".pdf"), pdf.toByteArray());
		try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
			String text = PdfText.of(document);
			for (String expected : List.of(brand.strings().get(first, "slogan"), brand.strings().get(second, "slogan"), name,
					secondName)) {
				TypographyTest.assertGivesBack(text, expected, "PDFBox");
			}
		}

		ByteArrayOutputStream png = new ByteArrayOutputStream();
		renderer.renderThumbnail(PosterFormat.SQUARE_1080, content, png);
		BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
		synchronized (tiles) {
			tiles.add(thumbnail);
			labels.add(first.code() + "+" + second.code());
		}
		if (first.rightToLeft()) {
			golden("bilingual-" + first.code() + "-" + second.code(), thumbnail);
		}

		checkVideo(first, second, name, secondName);
	}

	/** The slogan scene draws the second language inside the slogan's box; each language has its captions. */
	private static void checkVideo(Language first, Language second, String name, String secondName) throws IOException {
		VideoContent one = VideoFixtures.content(brand, first, name, false);
		Map<TextBinding, String> secondTexts = new EnumMap<>(TextBinding.class);
		secondTexts.put(TextBinding.CAMPAIGN_NAME, brand.strings().get(second, "campaign.name"));
		secondTexts.put(TextBinding.CAMPAIGN_SLOGAN, brand.strings().get(second, "slogan"));
		secondTexts.put(TextBinding.CAMPAIGN_COFUNDED, brand.strings().get(second, "cofunded"));
		secondTexts.put(TextBinding.PROGRAMME_NAME, secondName);
		VideoContent two = new VideoContent(one.texts(), one.art(), one.rightToLeft(), secondTexts, second.rightToLeft());

		Layer.Text slogan = sloganLayer();
		int n = sloganFrame(slogan);
		BufferedImage monolingual = videos.frame(template, "landscape", one, n);
		BufferedImage bilingual = videos.frame(template, "landscape", two, n);
		int changed = TypographyTest.changedInside(bilingual, monolingual, slogan.box("landscape"), "the pair");
		ImageIO.write(bilingual, "png", OUT.resolve("video-slogan-" + first.code() + "-" + second.code() + ".png").toFile());
		assertThat(changed).as("the second language is drawn (frame %d)", n).isGreaterThan(1000);

		String firstVtt = videos.captions(template, two);
		String secondVtt = videos.captions(template, two.inSecondLanguage());
		for (String vtt : List.of(firstVtt, secondVtt)) {
			assertThat(vtt).startsWith("WEBVTT\n");
			assertThat(Pattern.compile("^\\d{2}:\\d{2}:\\d{2}\\.\\d{3} --> \\d{2}:\\d{2}:\\d{2}\\.\\d{3}$", Pattern.MULTILINE)
				.matcher(vtt)
				.results()
				.count()).isGreaterThanOrEqualTo(3);
		}
		assertThat(firstVtt).contains(brand.strings().get(first, "slogan")).contains(name)
			.doesNotContain(brand.strings().get(second, "slogan"));
		assertThat(secondVtt).contains(brand.strings().get(second, "slogan")).contains(secondName)
			.doesNotContain(brand.strings().get(first, "slogan"));
	}

	@org.junit.jupiter.api.Test
	void aTemplateThatAlternatesShowsTheFirstLanguageThenTheSecond() throws IOException {
		VideoTemplate alternating = new VideoTemplate(template.name(), template.directory(), template.fps(),
				template.shapes(), template.scenes(), template.audio(), template.dropUndrawable(), template.digest(),
				VideoTemplate.Bilingual.ALTERNATING);
		// with an event every scene is shown, so each runs as long as the template says
		VideoContent german = VideoFixtures.content(brand, Language.DE, "Interreg Deutschland-Nederland", true);
		VideoContent dutch = VideoFixtures.content(brand, Language.NL, "Interreg Deutschland-Nederland", true);
		Map<TextBinding, String> secondTexts = new EnumMap<>(TextBinding.class);
		for (TextBinding binding : List.of(TextBinding.CAMPAIGN_NAME, TextBinding.CAMPAIGN_SLOGAN, TextBinding.CAMPAIGN_COFUNDED)) {
			secondTexts.put(binding, dutch.texts().get(binding));
		}
		VideoContent both = new VideoContent(german.texts(), german.art(), false, secondTexts, false);
		Layer.Text slogan = sloganLayer();
		int start = sceneStart(slogan);
		int frames = sceneFrames(slogan);
		int early = start + frames / 4;
		int late = start + frames * 3 / 4;
		assertThat(differing(videos.frame(alternating, "landscape", both, early), videos.frame(template, "landscape", german, early)))
			.as("the first half shows German alone").isLessThan(200);
		assertThat(differing(videos.frame(alternating, "landscape", both, late), videos.frame(template, "landscape", dutch, late)))
			.as("the second half shows Dutch alone").isLessThan(200);
		assertThat(differing(videos.frame(alternating, "landscape", both, early), videos.frame(alternating, "landscape", both, late)))
			.as("and the two halves differ").isGreaterThan(2000);
	}

	/** Pixels that differ by more than a rounding step in any channel. */
	private static int differing(BufferedImage a, BufferedImage b) {
		int n = 0;
		for (int y = 0; y < a.getHeight(); y++) {
			for (int x = 0; x < a.getWidth(); x++) {
				int p = a.getRGB(x, y);
				int q = b.getRGB(x, y);
				if (Math.abs(((p >> 16) & 0xFF) - ((q >> 16) & 0xFF)) > 6 || Math.abs(((p >> 8) & 0xFF) - ((q >> 8) & 0xFF)) > 6
						|| Math.abs((p & 0xFF) - (q & 0xFF)) > 6) {
					n++;
				}
			}
		}
		return n;
	}

	private static Layer.Text sloganLayer() {
		return template.scenes()
			.stream()
			.flatMap((scene) -> scene.layers().stream())
			.filter((layer) -> layer instanceof Layer.Text text && text.binding() == TextBinding.CAMPAIGN_SLOGAN)
			.map(Layer.Text.class::cast)
			.findFirst()
			.orElseThrow();
	}

	/** A frame in the middle of the scene that shows the slogan. */
	private static int sloganFrame(Layer.Text slogan) {
		return sceneStart(slogan) + sceneFrames(slogan) / 2;
	}

	private static int sceneStart(Layer.Text layer) {
		int start = 0;
		for (var scene : template.scenes()) {
			if (scene.layers().contains(layer)) {
				return start;
			}
			start += (int) Math.round(scene.duration() * template.fps());
		}
		throw new AssertionError("no scene with " + layer.binding());
	}

	private static int sceneFrames(Layer.Text layer) {
		return template.scenes()
			.stream()
			.filter((scene) -> scene.layers().contains(layer))
			.mapToInt((scene) -> (int) Math.round(scene.duration() * template.fps()))
			.findFirst()
			.orElseThrow();
	}

	private static Rectangle2D slot(PosterTemplate poster, String name, boolean rtl) {
		Rectangle2D box = poster.slot(name).box();
		return rtl ? new Rectangle2D.Double(poster.width() - box.getMaxX(), box.getY(), box.getWidth(), box.getHeight())
				: box;
	}

	private static Rectangle2D ink(PlacedText text) {
		Rectangle2D ink = text.line().line().layout().getBounds();
		return new Rectangle2D.Double(text.line().x() + ink.getX(), text.line().baseline() + ink.getY(), ink.getWidth(),
				ink.getHeight());
	}

	/** Compares with the reviewed image (run with -Dgolden.update=true to write it after a review). */
	private static void golden(String name, BufferedImage actual) throws IOException {
		Path golden = GOLDEN.resolve(name + ".png");
		if (Boolean.getBoolean("golden.update")) {
			ImageIO.write(actual, "png", golden.toFile());
		}
		assertThat(golden).as("golden image; run with -Dgolden.update=true after reviewing").exists();
		BufferedImage expected = ImageIO.read(golden.toFile());
		assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
		assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
		double total = 0;
		long differing = 0;
		for (int y = 0; y < actual.getHeight(); y++) {
			for (int x = 0; x < actual.getWidth(); x++) {
				int a = actual.getRGB(x, y);
				int e = expected.getRGB(x, y);
				int d = Math.max(Math.abs(((a >> 16) & 0xFF) - ((e >> 16) & 0xFF)),
						Math.max(Math.abs(((a >> 8) & 0xFF) - ((e >> 8) & 0xFF)), Math.abs((a & 0xFF) - (e & 0xFF))));
				total += d;
				if (d > 64) {
					differing++;
				}
			}
		}
		double pixels = actual.getWidth() * (double) actual.getHeight();
		if (total / pixels > 1.5 || differing / pixels > 0.005) {
			ImageIO.write(actual, "png", OUT.resolve(name + "-actual.png").toFile());
		}
		assertThat(total / pixels).as("mean difference of %s (actual in %s)", name, OUT).isLessThanOrEqualTo(1.5);
		assertThat(differing / pixels).as("share of clearly different pixels of %s", name).isLessThanOrEqualTo(0.005);
	}

	@AfterAll
	static void contactSheet() throws IOException {
		TypographyTest.contactSheet(tiles, labels, 240, 240, OUT.resolve("contact-sheet.png"));
	}

}
