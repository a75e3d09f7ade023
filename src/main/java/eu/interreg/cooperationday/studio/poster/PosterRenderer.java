package eu.interreg.cooperationday.studio.poster;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.brand.Drawing;
import eu.interreg.cooperationday.studio.system.FileType;
import eu.interreg.cooperationday.studio.poster.internal.PlacedText;
import eu.interreg.cooperationday.studio.poster.internal.PosterComposer;
import eu.interreg.cooperationday.studio.poster.internal.PosterTemplate;
import eu.interreg.cooperationday.studio.poster.internal.PrintPdfWriter;
import eu.interreg.cooperationday.studio.visibility.Placement;
import eu.interreg.cooperationday.studio.visibility.VisibilityRule;

/**
 * Renders posters: print PDFs (through {@link PrintPdfWriter}) and exact-size PNGs, plus thumbnails.
 * Plain Java, no Spring: give it the brand kit and a resolved {@link PosterContent}. Thread-safe; each
 * call builds its own Batik art.
 */
public final class PosterRenderer {

	private final PosterComposer composer;

	private final Map<PosterFormat, PosterTemplate> templates;

	/** The CMYK profile of the printing condition print PDFs are made for. */
	private final byte[] printProfile;

	/** A renderer laying out logos by the EU's own rule. */
	public PosterRenderer(BrandKit brand) {
		this(brand, VisibilityRule.EU_ANNEX_IX);
	}

	/** A renderer laying out logos by {@code rule}, the option staff chose. */
	public PosterRenderer(BrandKit brand, VisibilityRule rule) {
		this.composer = new PosterComposer(brand, rule);
		this.printProfile = printProfile(brand);
		Map<String, PosterTemplate> byFile = new HashMap<>();
		this.templates = new EnumMap<>(PosterFormat.class);
		for (PosterFormat format : PosterFormat.values()) {
			this.templates.put(format, byFile.computeIfAbsent(format.template(),
					(file) -> PosterTemplate.load(brand.posters().resolve(file))));
		}
	}

	/** Whether the format shows the programme's event (its template has a slot for its words or its link). */
	public boolean showsEvent(PosterFormat format) {
		PosterTemplate template = this.templates.get(format);
		return template.slot("event") != null || template.slot("qr") != null;
	}

	/**
	 * Writes the poster itself: a PDF for print formats, a PNG of the exact size for social ones.
	 *
	 * @return where its logos went and what statement it carries: points from the page's top left for a
	 * PDF, pixels for a PNG
	 */
	public Placement render(PosterFormat format, PosterContent content, OutputStream out) throws IOException {
		PosterTemplate template = this.templates.get(format);
		if (format.output() == FileType.PDF) {
			return new PrintPdfWriter(this.composer, this.printProfile).write(template, format, content, out);
		}
		return png(template, content, (int) format.width(), (int) format.height(), out);
	}

	/** The print posters' printing condition: the kit's {@code icc/FOGRA39L-argyll.icc}. */
	static byte[] printProfile(BrandKit brand) {
		java.nio.file.Path file = brand.directory().resolve("icc").resolve("FOGRA39L-argyll.icc");
		try {
			return java.nio.file.Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The brand kit has no print profile " + file + ": " + ex.getMessage(), ex);
		}
	}

	/** Writes a PNG {@value PosterFormat#THUMBNAIL_WIDTH} px wide of the poster's trim area. */
	public Placement renderThumbnail(PosterFormat format, PosterContent content, OutputStream out) throws IOException {
		return png(this.templates.get(format), content, PosterFormat.THUMBNAIL_WIDTH, format.thumbnailHeight(), out);
	}

	/** Writes a PNG {@code width} px wide of the poster's trim area (a live preview). */
	public void renderAt(PosterFormat format, PosterContent content, int width, OutputStream out) throws IOException {
		PosterTemplate template = this.templates.get(format);
		int height = (int) Math.round(width * template.trim().getHeight() / template.trim().getWidth());
		png(template, content, width, height, out);
	}

	/** A poster drawn as pixels, with where its logos went in them. */
	public record Drawn(BufferedImage image, Placement placement) {
	}

	/**
	 * The thumbnail's drawing at {@code scale} times its size: what the visibility check measures, since
	 * an emblem in a {@value PosterFormat#THUMBNAIL_WIDTH} px preview can be too small to tell by its stars.
	 */
	public Drawn thumbnailDrawing(PosterFormat format, PosterContent content, int scale) {
		Placement[] placement = new Placement[1];
		BufferedImage image = raster(this.templates.get(format), content, PosterFormat.THUMBNAIL_WIDTH * scale,
				format.thumbnailHeight() * scale, placement);
		return new Drawn(image, placement[0]);
	}

	private Placement png(PosterTemplate template, PosterContent content, int width, int height, OutputStream out)
			throws IOException {
		Placement[] placement = new Placement[1];
		ImageIO.write(raster(template, content, width, height, placement), "png", out);
		return placement[0];
	}

	BufferedImage raster(PosterTemplate template, PosterContent content, int width, int height) {
		return raster(template, content, width, height, new Placement[1]);
	}

	/** The poster as pixels; {@code placement[0]} is set to where its logos went, in those pixels. */
	private BufferedImage raster(PosterTemplate template, PosterContent content, int width, int height,
			Placement[] placement) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = Drawing.smooth(image);
		try {
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			Rectangle2D trim = template.trim();
			g.scale(width / trim.getWidth(), height / trim.getHeight());
			g.translate(-trim.getX(), -trim.getY());
			Placement drawn = this.composer.paint(g, template, content).placement();
			placement[0] = drawn.transformed("px", -trim.getX(), -trim.getY(), width / trim.getWidth());
		}
		finally {
			g.dispose();
		}
		return image;
	}

	PosterTemplate template(PosterFormat format) {
		return this.templates.get(format);
	}

	/** The lines of text the poster would carry, for checks. */
	List<PlacedText> layout(PosterFormat format, PosterContent content) {
		BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = scratch.createGraphics();
		try {
			return this.composer.paint(g, this.templates.get(format), content).texts();
		}
		finally {
			g.dispose();
		}
	}

}
