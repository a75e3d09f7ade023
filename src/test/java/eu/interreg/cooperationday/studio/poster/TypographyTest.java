package eu.interreg.cooperationday.studio.poster;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
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
import eu.interreg.cooperationday.studio.template.Box;
import eu.interreg.cooperationday.studio.template.Layer;
import eu.interreg.cooperationday.studio.template.TextBinding;
import eu.interreg.cooperationday.studio.template.VideoTemplate;
import eu.interreg.cooperationday.studio.video.VideoContent;
import eu.interreg.cooperationday.studio.video.VideoRenderer;

import static org.assertj.core.api.Assertions.assertThat;
import eu.interreg.cooperationday.studio.poster.internal.PlacedText;
import eu.interreg.cooperationday.studio.poster.internal.PosterTemplate;

/**
 * Every supported language, with a real-style programme name in it, on the print poster and the square
 * social image: every character drawn by a face that has it, the name inside its box, the PDF carrying
 * only the faces used, and the name extractable as typed; and the video's name scene with the name's
 * pixels inside its box. Leaves contact sheets (one tile per language) in
 * {@code target/test-output/typography/contact-sheet.png} and {@code video-contact-sheet.png}.
 */
class TypographyTest {

	static final Path OUT = Path.of("target", "test-output", "typography");

	static BrandKit brand;

	static PosterRenderer renderer;

	static final List<BufferedImage> tiles = new ArrayList<>();

	static final List<String> tileLabels = new ArrayList<>();

	static final List<BufferedImage> videoTiles = new ArrayList<>();

	static VideoRenderer videos;

	static VideoTemplate template;

	@BeforeAll
	static void load() throws IOException {
		brand = Fixtures.brand();
		renderer = new PosterRenderer(brand);
		videos = new VideoRenderer(brand);
		template = VideoFixtures.campaign();
		Files.createDirectories(OUT);
	}

	static Stream<Arguments> languages() throws IOException {
		Properties names = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/test/resources/programme-names.properties"),
				StandardCharsets.UTF_8)) {
			names.load(reader);
		}
		return Stream.of(Language.values()).map((language) -> Arguments.of(language, names.getProperty(language.code())));
	}

	static PosterContent content(Language language, String name) throws IOException {
		SvgArt logo = SvgArt.load(Fixtures.svg());
		return new PosterContent(language.code(), brand.strings().get(language, "campaign.name"), brand.strings().get(language, "slogan"),
				brand.strings().get(language, "cofunded"), name, language.rightToLeft(), PosterContent.Logo.of(logo, null), null, null,
				null);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("languages")
	void everyLanguageIsSetWholeInsideItsBoxAndComesBackFromThePdf(Language language, String name) throws Exception {
		assertThat(name).as("a fixture name for " + language).isNotBlank();
		PosterContent content = content(language, name);
		for (PosterFormat format : List.of(PosterFormat.A4_PRINT, PosterFormat.SQUARE_1080)) {
			List<PlacedText> placed = renderer.layout(format, content);
			for (PlacedText text : placed) {
				String line = text.line().line().text();
				for (FontChain.Run run : text.fonts().itemise(line)) {
					String chars = line.substring(run.start(), run.end());
					assertThat(run.face().font().canDisplayUpTo(chars)).as("%s has every glyph of '%s' in %s",
							run.face().file().getFileName(), chars, text.slot()).isEqualTo(-1);
				}
			}
			checkNameInsideItsBox(renderer.template(format), placed, language.rightToLeft());
		}

		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		renderer.render(PosterFormat.A4_PRINT, content, pdf);
		Path file = OUT.resolve("a4-" + language.code() + ".pdf");
		Files.write(file, pdf.toByteArray());
		try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
			assertThat(embeddedFaces(document.getPage(0))).isEqualTo(facesUsed(renderer.layout(PosterFormat.A4_PRINT, content)));
			assertGivesBack(PdfText.of(document), name, "PDFBox");
		}
		String poppler = pdftotext(file);
		if (poppler != null) {
			assertThat(poppler).as("no ligature characters in the text layer").doesNotContainPattern("[\\uFB00-\\uFB06]");
			assertGivesBack(PdfText.normalise(poppler), name, "pdftotext");
		}

		checkVideoFrame(language, name);

		ByteArrayOutputStream png = new ByteArrayOutputStream();
		renderer.renderThumbnail(PosterFormat.SQUARE_1080, content, png);
		synchronized (tiles) {
			tiles.add(ImageIO.read(new java.io.ByteArrayInputStream(png.toByteArray())));
			tileLabels.add(language.code());
		}
	}

	/**
	 * The name as typed. A line that mixes directions (Latin inside Arabic) has no single reading order an
	 * extractor can recover from positions (PDFBox even runs the words at a direction change together),
	 * so there each word must come back whole.
	 */
	static void assertGivesBack(String extracted, String name, String extractor) {
		if (new Bidi(name, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).isMixed()) {
			for (String word : name.split(" ")) {
				assertThat(extracted).as(extractor).contains(word);
			}
		}
		else {
			assertThat(extracted).as(extractor).contains(name);
		}
	}

	/**
	 * The video's name scene in this language: every pixel the name changes lies inside the name's box,
	 * so nothing is cut at the edge or spills over; the frame goes to the video contact sheet.
	 */
	private static void checkVideoFrame(Language language, String name) throws IOException {
		VideoContent withName = VideoFixtures.content(brand, language, name, false);
		VideoContent withDot = VideoFixtures.content(brand, language, "·", false);
		int n = videos.posterFrameNumber(template, withName);
		BufferedImage frame = videos.frame(template, "landscape", withName, n);
		BufferedImage other = videos.frame(template, "landscape", withDot, n);
		Box box = template.scenes()
			.stream()
			.flatMap((scene) -> scene.layers().stream())
			.filter((layer) -> layer instanceof Layer.Text text && text.binding() == TextBinding.PROGRAMME_NAME)
			.findFirst()
			.orElseThrow()
			.box("landscape");
		assertThat(changedInside(frame, other, box, "the name")).as("the name is drawn").isGreaterThan(2000);
		synchronized (videoTiles) {
			videoTiles.add(frame);
		}
	}

	/**
	 * How many pixels differ between two frames; each must lie in the layer's box (2 px of slack), so
	 * nothing {@code what} draws is cut at the edge or spills over.
	 */
	static int changedInside(BufferedImage frame, BufferedImage other, Box box, String what) {
		Rectangle2D inside = new Rectangle2D.Double((box.x() - box.w() / 2) * frame.getWidth() - 2,
				(box.y() - box.h() / 2) * frame.getHeight() - 2, box.w() * frame.getWidth() + 4,
				box.h() * frame.getHeight() + 4);
		int changed = 0;
		for (int y = 0; y < frame.getHeight(); y++) {
			for (int x = 0; x < frame.getWidth(); x++) {
				if (frame.getRGB(x, y) != other.getRGB(x, y)) {
					changed++;
					assertThat(inside.contains(x, y)).as("pixel %d,%d changed by %s lies in its box", x, y, what).isTrue();
				}
			}
		}
		return changed;
	}

	private static void checkNameInsideItsBox(PosterTemplate template, List<PlacedText> placed, boolean rtl) {
		Rectangle2D box = template.slot("name").box();
		if (rtl) {
			box = new Rectangle2D.Double(template.width() - box.getMaxX(), box.getY(), box.getWidth(), box.getHeight());
		}
		List<PlacedText> name = placed.stream().filter((t) -> t.slot().equals("name")).toList();
		assertThat(name).isNotEmpty();
		for (PlacedText line : name) {
			Rectangle2D ink = line.line().line().layout().getBounds();
			Rectangle2D onPage = new Rectangle2D.Double(line.line().x() + ink.getX(), line.line().baseline() + ink.getY(),
					ink.getWidth(), ink.getHeight());
			assertThat(box.contains(onPage)).as("%s inside %s in %s", onPage, box, template.name()).isTrue();
		}
	}

	private static Set<String> embeddedFaces(PDPage page) throws IOException {
		Set<String> faces = new TreeSet<>();
		for (var fontName : page.getResources().getFontNames()) {
			var font = page.getResources().getFont(fontName);
			assertThat(font.isEmbedded()).isTrue();
			assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
			faces.add(font.getName().substring(7));
		}
		return faces;
	}

	private static Set<String> facesUsed(List<PlacedText> placed) {
		Set<String> faces = new TreeSet<>();
		for (PlacedText text : placed) {
			for (FontChain.Run run : text.fonts().itemise(text.line().line().text())) {
				if (!text.line().line().text().substring(run.start(), run.end()).isBlank()) {
					faces.add(run.face().font().getPSName());
				}
			}
		}
		return faces;
	}

	/** Poppler's reading of the PDF, when pdftotext is installed (CI installs it); null otherwise. */
	static String pdftotext(Path pdf) throws Exception {
		if (Stream.of(System.getenv("PATH").split(":")).noneMatch((dir) -> Files.isExecutable(Path.of(dir, "pdftotext")))) {
			return null;
		}
		Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true)
			.start();
		byte[] out = process.getInputStream().readAllBytes();
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return new String(out, StandardCharsets.UTF_8);
	}

	@AfterAll
	static void contactSheets() throws IOException {
		contactSheet(tiles, tileLabels, 240, 240, OUT.resolve("contact-sheet.png"));
		contactSheet(videoTiles, tileLabels, 320, 180, OUT.resolve("video-contact-sheet.png"));
	}

	static void contactSheet(List<BufferedImage> tiles, List<String> labels, int tileWidth, int tileHeight, Path file)
			throws IOException {
		if (tiles.isEmpty()) {
			return;
		}
		int columns = 8;
		int tile = tileWidth;
		int rows = (tiles.size() + columns - 1) / columns;
		BufferedImage sheet = new BufferedImage(columns * tile, rows * (tileHeight + 24), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = sheet.createGraphics();
		try {
			g.setColor(java.awt.Color.WHITE);
			g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
			g.setFont((brand != null ? brand : Fixtures.brand()).regular().primary().font().deriveFont(16f));
			for (int i = 0; i < tiles.size(); i++) {
				int x = (i % columns) * tile;
				int y = (i / columns) * (tileHeight + 24);
				g.drawImage(tiles.get(i), x, y, tile, tileHeight, null);
				g.setColor(java.awt.Color.BLACK);
				g.drawString(labels.get(i), x + 8, y + tileHeight + 18);
			}
		}
		finally {
			g.dispose();
		}
		ImageIO.write(sheet, "png", file.toFile());
	}

}
