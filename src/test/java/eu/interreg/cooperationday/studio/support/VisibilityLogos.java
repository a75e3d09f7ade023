package eu.interreg.cooperationday.studio.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.interreg.cooperationday.studio.brand.SvgArt;
import eu.interreg.cooperationday.studio.visibility.LogoMarks;

/**
 * Programme logos of every kind the visibility rules meet, each framed in one green (#00A651) that
 * nothing else of a poster uses, so a test can find the logo in a finished file by that green alone;
 * and measurements of a finished file that do not use the studio's own finder: the flag from the
 * extent of its yellow ring of stars, a logo from its green, the mark from what differs from the
 * background around it.
 */
public final class VisibilityLogos {

	/** The green every test logo is framed in. */
	public static final Color GREEN = new Color(0x00, 0xA6, 0x51);

	/** A logo as the studio takes it: its bytes, whether vector, and what the intake found on it. */
	public record TestLogo(String name, byte[] bytes, boolean svg, LogoMarks marks) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	private VisibilityLogos() {
	}

	/** Every kind: plain SVG on white, PNG on colour, a very wide SVG, harmonised SVG, emblem at the right end. */
	public static List<TestLogo> all(List<String> statements) {
		return List.of(plainSvg(statements), colouredPng(statements), wideSvg(statements), harmonisedSvg(statements),
				emblemAtRightEndPng(statements));
	}

	public static TestLogo plainSvg(List<String> statements) {
		return svg("plain-svg-on-white", """
				<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 160" width="480" height="160">
				  <rect width="480" height="160" fill="#FFFFFF"/>
				  <rect x="4" y="4" width="472" height="152" fill="none" stroke="#00A651" stroke-width="8"/>
				  <circle cx="80" cy="80" r="50" fill="#1E88E5"/><rect x="160" y="55" width="280" height="50" fill="#E53935"/>
				</svg>""", statements);
	}

	public static TestLogo wideSvg(List<String> statements) {
		return svg("very-wide-svg", """
				<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 100" width="1200" height="100">
				  <rect width="1200" height="100" fill="#FFFFFF"/>
				  <rect x="3" y="3" width="1194" height="94" fill="none" stroke="#00A651" stroke-width="6"/>
				  <rect x="30" y="30" width="1140" height="40" fill="#1E88E5"/>
				</svg>""", statements);
	}

	public static TestLogo harmonisedSvg(List<String> statements) {
		return svg("harmonised-svg", "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 600 200' width='600' height='200'>"
				+ "<rect width='600' height='200' fill='#FFFFFF'/>"
				+ "<rect x='3' y='3' width='594' height='194' fill='none' stroke='#00A651' stroke-width='6'/>"
				+ flag(24, 20, 130) + "<rect x='250' y='50' width='320' height='60' fill='#003399'/>"
				+ "<text x='24' y='180' font-size='16' fill='#003399'>Co-funded by the European Union</text></svg>",
				statements);
	}

	/** A raster harmonised logo: its name as bars, the flag at its right end, on colour. */
	public static TestLogo emblemAtRightEndPng(List<String> statements) {
		return png("emblem-at-right-end-png", 1400, 200, (g) -> {
			g.setColor(new Color(0xF3, 0xF6, 0xFB));
			g.fillRect(8, 8, 1384, 184);
			g.setColor(new Color(0x003399));
			for (int x = 40; x < 1000; x += 80) {
				g.fillRect(x, 60, 56, 80);
			}
			paintFlag(g, new Rectangle2D.Double(1140, 20, 240, 160));
		}, statements);
	}

	public static TestLogo colouredPng(List<String> statements) {
		return png("png-on-colour", 600, 300, (g) -> {
			g.setColor(Color.WHITE);
			g.fillOval(60, 60, 180, 180);
			g.fillRect(300, 120, 240, 60);
		}, statements);
	}

	/**
	 * A harmonised logo so wide (30 to 1) that its emblem, at the logo's full height, is smaller than the
	 * campaign mark can shrink to: the rule cannot hold.
	 */
	public static TestLogo tooWideHarmonisedPng(List<String> statements) {
		return png("too-wide-harmonised-png", 3000, 100, (g) -> {
			g.setColor(new Color(0x003399));
			g.fillRect(40, 30, 2700, 40);
			paintFlag(g, new Rectangle2D.Double(2850, 0, 150, 100));
		}, statements);
	}

	private static TestLogo svg(String name, String svg, List<String> statements) {
		byte[] bytes = svg.getBytes(StandardCharsets.UTF_8);
		try {
			SvgArt art = SvgArt.load(bytes);
			BufferedImage look = LogoMarks.canvas(art.width(), art.height(), LogoMarks.LOOK_EDGE, art::paintFit);
			return new TestLogo(name, bytes, true, LogoMarks.of(look, LogoMarks.textOf(bytes), statements));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static TestLogo png(String name, int width, int height, java.util.function.Consumer<Graphics2D> paint,
			List<String> statements) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(GREEN);
		g.fillRect(0, 0, width, height);
		paint.accept(g);
		g.dispose();
		return new TestLogo(name, Fixtures.encode(image, "png"), false, LogoMarks.of(image, null, statements));
	}

	/** The brand kit's flag, as SVG elements at (x, y) and {@code height}. */
	static String flag(double x, double y, double height) {
		try {
			String svg = Files.readString(Path.of("brand-assets", "marks", "eu-flag.svg"));
			Matcher group = Pattern.compile("(?s)<g id=\"eu-flag\">(.*?)</g>").matcher(svg);
			group.find();
			double scale = height / 40;
			return "<g transform='translate(" + x + " " + y + ") scale(" + scale + ")'>" + group.group(1) + "</g>";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void paintFlag(Graphics2D g, Rectangle2D box) {
		try {
			SvgArt.load(Files.readAllBytes(Path.of("brand-assets", "marks", "eu-flag.svg"))).paintFit(g, box);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** {@code box} grown by {@code by} of its size on every side (shrunk when negative). */
	public static Rectangle2D grown(Rectangle2D box, double by) {
		double dx = box.getWidth() * by;
		double dy = box.getHeight() * by;
		return new Rectangle2D.Double(box.getX() - dx, box.getY() - dy, box.getWidth() + 2 * dx,
				box.getHeight() + 2 * dy);
	}

	/** The box of the pixels of {@link #GREEN} (a test logo as placed), or null. */
	public static Rectangle2D green(BufferedImage image) {
		return extent(image, new Rectangle2D.Double(0, 0, image.getWidth(), image.getHeight()), (rgb) -> {
			int r = (rgb >> 16) & 0xFF;
			int g = (rgb >> 8) & 0xFF;
			int b = rgb & 0xFF;
			return g > 120 && r < 90 && g - b > 45 && g - r > 70;
		});
	}

	/**
	 * The flag as its field: what is not light (a channel under half) around {@code seed}, the centre of its
	 * circle of stars, bounded by the white border or the light ground it stands on, and searched no
	 * further than {@code within}. Half-covered pixels at its edges count, as a half of each.
	 */
	public static Rectangle2D flagByField(BufferedImage image, double seedX, double seedY, Rectangle2D within) {
		int x0 = clamp((int) Math.floor(within.getX()), image.getWidth());
		int y0 = clamp((int) Math.floor(within.getY()), image.getHeight());
		int x1 = clamp((int) Math.ceil(within.getMaxX()), image.getWidth());
		int y1 = clamp((int) Math.ceil(within.getMaxY()), image.getHeight());
		int w = x1 - x0 + 1;
		int h = y1 - y0 + 1;
		boolean[] seen = new boolean[w * h];
		java.util.ArrayDeque<int[]> queue = new java.util.ArrayDeque<>();
		int sx = (int) seedX;
		int sy = (int) seedY;
		queue.add(new int[] { sx, sy });
		seen[(sy - y0) * w + (sx - x0)] = true;
		int minX = sx;
		int maxX = sx;
		int minY = sy;
		int maxY = sy;
		while (!queue.isEmpty()) {
			int[] at = queue.poll();
			minX = Math.min(minX, at[0]);
			maxX = Math.max(maxX, at[0]);
			minY = Math.min(minY, at[1]);
			maxY = Math.max(maxY, at[1]);
			for (int[] step : new int[][] { { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 } }) {
				int nx = at[0] + step[0];
				int ny = at[1] + step[1];
				if (nx < x0 || ny < y0 || nx > x1 || ny > y1 || seen[(ny - y0) * w + (nx - x0)]) {
					continue;
				}
				int rgb = image.getRGB(nx, ny);
				int least = Math.min((rgb >> 16) & 0xFF, Math.min((rgb >> 8) & 0xFF, rgb & 0xFF));
				if (least < 128) {
					seen[(ny - y0) * w + (nx - x0)] = true;
					queue.add(new int[] { nx, ny });
				}
			}
		}
		return new Rectangle2D.Double(minX, minY, maxX - minX + 1, maxY - minY + 1);
	}

	/**
	 * The flag around the yellow ring of stars inside {@code near}: the ring spans 30.687 of the flag's 40
	 * units of height and 30.893 of its 60 of width (the brand kit's own flag, measured from its paths).
	 * A pixel counts as star when it is at least half yellow.
	 */
	public static Rectangle2D flagByStars(BufferedImage image, Rectangle2D near) {
		Rectangle2D ring = extent(image, near, (rgb) -> {
			int r = (rgb >> 16) & 0xFF;
			int g = (rgb >> 8) & 0xFF;
			int b = rgb & 0xFF;
			return r >= 128 && g >= 100 && b < 110 && r - b > 60;
		});
		if (ring == null) {
			return null;
		}
		double height = ring.getHeight() * 40 / 30.687;
		double width = ring.getWidth() * 60 / 30.893;
		return new Rectangle2D.Double(ring.getCenterX() - width / 2, ring.getCenterY() - height / 2, width, height);
	}

	/**
	 * The campaign mark by its two discs (one orange, one white), whatever stands behind it: they span its
	 * whole width (88 of its 88 units) and 60 of its 92 units of height (the dashed line reaches further).
	 */
	public static Rectangle2D markByDiscs(BufferedImage image, Rectangle2D near) {
		Rectangle2D discs = extent(image, near, (rgb) -> {
			int r = (rgb >> 16) & 0xFF;
			int g = (rgb >> 8) & 0xFF;
			int b = rgb & 0xFF;
			boolean orange = r > 200 && g > 110 && g < 200 && b < 90;
			boolean white = r > 200 && g > 200 && b > 200;
			return orange || white;
		});
		if (discs == null) {
			return null;
		}
		double height = discs.getHeight() * 92 / 60;
		return new Rectangle2D.Double(discs.getX(), discs.getCenterY() - height / 2, discs.getWidth(), height);
	}

	/** The box of what, inside {@code near}, differs from the colour at its top left corner. */
	public static Rectangle2D differentFromCorner(BufferedImage image, Rectangle2D near) {
		int corner = image.getRGB(clamp((int) near.getX(), image.getWidth()), clamp((int) near.getY(), image.getHeight()));
		return extent(image, near, (rgb) -> distance(rgb, corner) > 60);
	}

	private static int distance(int a, int b) {
		int dr = ((a >> 16) & 0xFF) - ((b >> 16) & 0xFF);
		int dg = ((a >> 8) & 0xFF) - ((b >> 8) & 0xFF);
		int db = (a & 0xFF) - (b & 0xFF);
		return Math.abs(dr) + Math.abs(dg) + Math.abs(db);
	}

	private static int clamp(int value, int size) {
		return Math.max(0, Math.min(size - 1, value));
	}

	private static Rectangle2D extent(BufferedImage image, Rectangle2D near,
			java.util.function.IntPredicate counts) {
		int x0 = clamp((int) Math.floor(near.getX()), image.getWidth());
		int y0 = clamp((int) Math.floor(near.getY()), image.getHeight());
		int x1 = clamp((int) Math.ceil(near.getMaxX()), image.getWidth());
		int y1 = clamp((int) Math.ceil(near.getMaxY()), image.getHeight());
		int minX = Integer.MAX_VALUE;
		int minY = Integer.MAX_VALUE;
		int maxX = -1;
		int maxY = -1;
		for (int y = y0; y <= y1; y++) {
			for (int x = x0; x <= x1; x++) {
				if (counts.test(image.getRGB(x, y))) {
					minX = Math.min(minX, x);
					minY = Math.min(minY, y);
					maxX = Math.max(maxX, x);
					maxY = Math.max(maxY, y);
				}
			}
		}
		return maxX < 0 ? null : new Rectangle2D.Double(minX, minY, maxX - minX + 1, maxY - minY + 1);
	}

}
