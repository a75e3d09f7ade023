package eu.interreg.cooperationday.studio.visibility;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Measures a finished file against the EU visibility rules: it finds the emblems in the file's pixels
 * (it does not trust the layout to have drawn one), takes the other logos' boxes from where the renderer
 * placed them, and reports. Images are measured as they are; a PDF page is looked over at 100 dpi and
 * every emblem it shows (and every place one was meant to be) is measured again at 300 dpi, so an A3
 * page never has to be held at 300 dpi whole. Plain Java.
 */
public final class VisibilityChecker {

	/** How finely PDF emblems are measured. */
	static final float MEASURE_DPI = 300;

	/** How finely a PDF page is looked over for emblems. */
	static final float SURVEY_DPI = 100;

	private static final float PT_PER_INCH = 72;

	private final VisibilityRule rule;

	public VisibilityChecker(VisibilityRule rule) {
		this.rule = rule;
	}

	public VisibilityRule rule() {
		return this.rule;
	}

	/** Checks an image (a PNG, a video frame) whose placement is given in its pixels. */
	public VisibilityReport check(BufferedImage image, Placement placement) {
		List<Rectangle2D> emblems = EmblemFinder.find(image).stream().map(Emblem::box).toList();
		return report(emblems, placement);
	}

	/** Checks the first page of a PDF whose placement is given in points from the page's top left. */
	public VisibilityReport checkPdf(Path pdf, Placement placement) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFRenderer renderer = new PDFRenderer(document);
			BufferedImage survey = renderer.renderImageWithDPI(0, SURVEY_DPI, ImageType.RGB);
			double surveyScale = SURVEY_DPI / PT_PER_INCH;
			List<Rectangle2D> places = new ArrayList<>();
			for (Emblem seen : EmblemFinder.find(survey)) {
				places.add(scaled(seen.box(), 1 / surveyScale));
			}
			placement.logos().stream().filter(Placement.Logo::carriesEmblem).map(Placement.Logo::box).forEach(places::add);
			List<Rectangle2D> emblems = new ArrayList<>();
			for (Rectangle2D place : places) {
				for (Rectangle2D found : measure(renderer, grown(place, 0.3))) {
					if (emblems.stream().noneMatch((known) -> same(known, found))) {
						emblems.add(found);
					}
				}
			}
			emblems.sort((a, b) -> Double.compare(b.getHeight(), a.getHeight()));
			return report(emblems, placement);
		}
	}

	/** The emblems in one region of the page, rendered at {@link #MEASURE_DPI}, in points. */
	private static List<Rectangle2D> measure(PDFRenderer renderer, Rectangle2D region) throws IOException {
		double scale = MEASURE_DPI / PT_PER_INCH;
		int width = Math.max(1, (int) Math.ceil(region.getWidth() * scale));
		int height = Math.max(1, (int) Math.ceil(region.getHeight() * scale));
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.scale(scale, scale);
			g.translate(-region.getX(), -region.getY());
			renderer.renderPageToGraphics(0, g, 1f);
		}
		finally {
			g.dispose();
		}
		return EmblemFinder.find(image).stream()
			.map((emblem) -> {
				Rectangle2D box = scaled(emblem.box(), 1 / scale);
				return (Rectangle2D) new Rectangle2D.Double(box.getX() + region.getX(), box.getY() + region.getY(),
						box.getWidth(), box.getHeight());
			})
			.toList();
	}

	private VisibilityReport report(List<Rectangle2D> emblems, Placement placement) {
		List<String> reasons = new ArrayList<>();
		List<VisibilityReport.NamedBox> logos = placement.logos().stream()
			.map((logo) -> VisibilityReport.NamedBox.of(logo.name(), logo.box()))
			.toList();
		Double ratio = null;
		if (emblems.isEmpty()) {
			reasons.add("No EU emblem was found in the file.");
		}
		else {
			if (emblems.size() > 1) {
				reasons.add(emblems.size() + " EU emblems were found; a file shows the emblem once.");
			}
			Rectangle2D emblem = emblems.get(0);
			for (Placement.Logo logo : placement.logos()) {
				if (logo.box().contains(emblem.getCenterX(), emblem.getCenterY())) {
					continue; // the programme's harmonised logo: the emblem is part of it
				}
				double margin = this.rule.ratio(emblem, logo.box());
				ratio = ratio == null ? margin : Math.min(ratio, margin);
				if (!this.rule.holds(emblem, logo.box())) {
					reasons.add(String.format(java.util.Locale.ROOT,
							"The emblem (%.1f × %.1f %s) is smaller than the %s logo (%.1f × %.1f %s) %s.",
							emblem.getWidth(), emblem.getHeight(), placement.unit(), logo.name(), logo.box().getWidth(),
							logo.box().getHeight(), placement.unit(),
							this.rule == VisibilityRule.STRICT_BOTH_DIMENSIONS ? "in height or in width"
									: "in height and in width"));
				}
			}
		}
		boolean written = placement.statement() != null && !placement.statement().isBlank();
		if (!written && !placement.statementInLogo()) {
			reasons.add("The funding statement is not written on the file.");
		}
		if (placement.seconds() != null && !reasons.isEmpty()) {
			String at = String.format(java.util.Locale.ROOT, "At %.1f s: ", placement.seconds());
			reasons = reasons.stream().map((reason) -> at + reason).toList();
		}
		return new VisibilityReport(reasons.isEmpty(), this.rule.id(), placement.unit(),
				emblems.stream().map(VisibilityReport.Box::of).toList(), logos,
				ratio == null ? null : Math.round(ratio * 100) / 100.0,
				written ? placement.statement() : "(carried by the programme's logo)", placement.language(),
				placement.seconds(), reasons);
	}

	private static boolean same(Rectangle2D a, Rectangle2D b) {
		double reach = Math.max(a.getHeight(), b.getHeight()) / 3;
		return Math.hypot(a.getCenterX() - b.getCenterX(), a.getCenterY() - b.getCenterY()) < reach;
	}

	private static Rectangle2D scaled(Rectangle2D box, double scale) {
		return new Rectangle2D.Double(box.getX() * scale, box.getY() * scale, box.getWidth() * scale,
				box.getHeight() * scale);
	}

	private static Rectangle2D grown(Rectangle2D box, double by) {
		double dx = box.getWidth() * by;
		double dy = box.getHeight() * by;
		return new Rectangle2D.Double(box.getX() - dx, box.getY() - dy, box.getWidth() + 2 * dx,
				box.getHeight() + 2 * dy);
	}

}
