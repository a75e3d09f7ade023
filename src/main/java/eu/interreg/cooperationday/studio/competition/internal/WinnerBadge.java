package eu.interreg.cooperationday.studio.competition.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.AttributedCharacterIterator;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.brand.FontChain;

/**
 * A winner's badge for social media, 1080×1080: the campaign's blue, an amber rosette with the rank, the
 * category, the programme and the edition, each in the brand's fonts (a character in the face that has
 * it). The overlay is the rosette alone on a transparent square, to lay over the programme's own photo.
 */
final class WinnerBadge {

	static final int SIZE = 1080;

	private final BrandKit brand;

	WinnerBadge(BrandKit brand) {
		this.brand = brand;
	}

	/** What the badge says, in words already: rank, category, programme, the edition's line. */
	record Words(String rank, String category, String programme, String edition) {
	}

	byte[] square(Words words) throws IOException {
		return png(draw(words, false));
	}

	byte[] overlay(Words words) throws IOException {
		return png(draw(words, true));
	}

	private BufferedImage draw(Words words, boolean overlay) {
		BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			BrandKit.Palette palette = this.brand.palette();
			if (overlay) {
				// the rosette in the lower right corner, a third of the square
				g.translate(SIZE * 0.62, SIZE * 0.62);
				g.scale(0.36, 0.36);
			}
			else {
				g.setColor(palette.blue());
				g.fillRect(0, 0, SIZE, SIZE);
			}
			g.setColor(palette.accent());
			g.fill(new Ellipse2D.Double(90, 90, 900, 900));
			g.setColor(Color.WHITE);
			g.fill(new Ellipse2D.Double(130, 130, 820, 820));
			g.setColor(palette.blue());
			g.setStroke(new BasicStroke(10));
			g.draw(new Ellipse2D.Double(160, 160, 760, 760));
			float y = 300;
			y = lines(g, words.rank(), this.brand.bold(), 96, palette.accent(), y, 640);
			y = lines(g, words.category(), this.brand.bold(), 46, palette.blue(), y + 20, 620);
			y = lines(g, words.programme(), this.brand.regular(), 44, palette.ink(), y + 24, 600);
			lines(g, words.edition(), this.brand.regular(), 32, palette.blue(), Math.max(y + 24, 760), 560);
		}
		finally {
			g.dispose();
		}
		return image;
	}

	/** Draws {@code text} centred in lines of at most {@code width}; where the last line ends. */
	private static float lines(Graphics2D g, String text, FontChain chain, float size, Color color, float top, float width) {
		String drawable = chain.drawable(text);
		if (drawable.isBlank()) {
			return top;
		}
		AttributedCharacterIterator characters = chain.attributed(drawable, size).getIterator();
		FontRenderContext context = g.getFontRenderContext();
		LineBreakMeasurer measurer = new LineBreakMeasurer(characters, context);
		List<TextLayout> layouts = new ArrayList<>();
		while (measurer.getPosition() < characters.getEndIndex() && layouts.size() < 3) {
			layouts.add(measurer.nextLayout(width));
		}
		g.setColor(color);
		float y = top;
		for (TextLayout layout : layouts) {
			y += layout.getAscent();
			layout.draw(g, (float) (SIZE / 2.0 - layout.getAdvance() / 2), y);
			y += layout.getDescent() + layout.getLeading();
		}
		return y;
	}

	private static byte[] png(BufferedImage image) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(image, "png", bytes);
		return bytes.toByteArray();
	}

}
