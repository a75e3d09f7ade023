package eu.interreg.cooperationday.studio.visibility;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * What a programme's logo carries of the EU's visibility marks: the emblem and where it is, as fractions
 * of the logo's width and height (null when it carries none), and whether it also carries the funding
 * statement as text (only an SVG can say; for a raster logo the emblem alone makes it a harmonised one).
 */
public record LogoMarks(Area emblem, boolean statement) {

	/** A part of the logo, in fractions of its width and height from its top left corner. */
	public record Area(double x, double y, double width, double height) {
	}

	/**
	 * Whether the logo carries the funding statement: an SVG says so by its text; a raster logo that
	 * carries the emblem is a harmonised logo, which carries the statement with it.
	 */
	public boolean carriesStatement(boolean vector) {
		return this.statement || (!vector && carriesEmblem());
	}

	/** Whether the logo is a harmonised Interreg logo, which carries the emblem itself. */
	public boolean carriesEmblem() {
		return this.emblem != null;
	}

	/**
	 * Looks at a logo drawn as pixels (a raster logo as decoded; a vector logo rasterised) and, for a
	 * vector logo, at its text.
	 *
	 * @param image the logo; transparent pixels count as no colour
	 * @param text the SVG's text content, or null for a raster logo
	 * @param statements the funding statement as it is written in each language, any of which counts
	 */
	public static LogoMarks of(BufferedImage logo, String text, List<String> statements) {
		BufferedImage image = atMost(logo, LOOK_EDGE);
		List<Emblem> emblems = EmblemFinder.find(image);
		Area emblem = null;
		if (!emblems.isEmpty()) {
			Rectangle2D box = emblems.get(0).box();
			emblem = new Area(box.getX() / image.getWidth(), box.getY() / image.getHeight(),
					box.getWidth() / image.getWidth(), box.getHeight() / image.getHeight());
		}
		return new LogoMarks(emblem, text != null && says(text, statements));
	}

	/**
	 * How large a logo is looked at: at most as many pixels as a square of this side (so looking costs a
	 * few megabytes whatever the logo's size), in the logo's own proportions, so that the emblem at the
	 * end of a very wide logo keeps several pixels a star.
	 */
	public static final int LOOK_EDGE = 800;

	/** The scale at which a logo of this size is looked at: its area at most {@code edge}², its longest side at most 8 edges. */
	static double lookScale(double width, double height, int edge) {
		double byArea = edge / Math.sqrt(width * height);
		return Math.min(byArea, 8.0 * edge / Math.max(width, height));
	}

	private static BufferedImage atMost(BufferedImage image, int edge) {
		double scale = lookScale(image.getWidth(), image.getHeight(), edge);
		if (scale >= 1) {
			return image;
		}
		BufferedImage smaller = new BufferedImage(Math.max(1, (int) Math.round(image.getWidth() * scale)),
				Math.max(1, (int) Math.round(image.getHeight() * scale)), BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = smaller.createGraphics();
		g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.drawImage(image, 0, 0, smaller.getWidth(), smaller.getHeight(), null);
		g.dispose();
		return smaller;
	}

	/** A vector logo drawn for looking at, on white: as many pixels as a square {@code edge} wide, at most. */
	public static BufferedImage canvas(double width, double height, int edge,
			java.util.function.BiConsumer<Graphics2D, Rectangle2D> paint) {
		double scale = lookScale(width, height, edge);
		int w = Math.max(1, (int) Math.round(width * scale));
		int h = Math.max(1, (int) Math.round(height * scale));
		BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, w, h);
		g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
		paint.accept(g, new Rectangle2D.Double(0, 0, w, h));
		g.dispose();
		return image;
	}

	/** The words an SVG shows: the content of its text elements, tags inside them dropped. */
	public static String textOf(byte[] svg) {
		String source = new String(svg, java.nio.charset.StandardCharsets.UTF_8);
		StringBuilder text = new StringBuilder();
		java.util.regex.Matcher element = TEXT.matcher(source);
		while (element.find()) {
			text.append(element.group(1).replaceAll("<[^>]*>", " ")).append(' ');
		}
		return text.toString()
			.replace("&amp;", "&")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replaceAll("\\s+", " ")
			.strip();
	}

	private static final java.util.regex.Pattern TEXT = java.util.regex.Pattern.compile("(?s)<(?:\\w+:)?text\\b[^>]*>(.*?)</(?:\\w+:)?text>");

	private static boolean says(String text, List<String> statements) {
		String said = plain(text);
		return statements.stream().map(LogoMarks::plain).filter((s) -> !s.isBlank()).anyMatch(said::contains);
	}

	/** Case, accents' composition, hyphens and spacing do not matter: "Co-funded by the" = "co funded by the". */
	private static String plain(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[\\p{Pd}\\s\u00A0]+", " ")
			.strip();
	}

}
