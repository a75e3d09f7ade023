package eu.interreg.cooperationday.studio.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.brand.LocalisedStrings;
import eu.interreg.cooperationday.studio.brand.SvgArt;
import eu.interreg.cooperationday.studio.poster.PosterContent;
import eu.interreg.cooperationday.studio.poster.PosterRenderer;
import eu.interreg.cooperationday.studio.programme.Event;
import eu.interreg.cooperationday.studio.programme.Language;

/**
 * Makes one asset of a request: resolves what the renderers need (localised words, the decoded logo,
 * the event line formatted for the language) and hands it to the renderer of the asset's kind.
 */
public class AssetRenderer {

	private final BrandKit brand;

	private final PosterRenderer posters;

	public AssetRenderer(BrandKit brand, PosterRenderer posters) {
		this.brand = brand;
		this.posters = posters;
	}

	public void render(RenderRequest request, byte[] logo, AssetSpec spec, OutputStream out) throws IOException {
		PosterContent content = content(request, logo);
		if (spec.thumbnail()) {
			this.posters.renderThumbnail(spec.poster(), content, out);
		}
		else {
			this.posters.render(spec.poster(), content, out);
		}
	}

	PosterContent content(RenderRequest request, byte[] logo) throws IOException {
		Language language = request.language();
		LocalisedStrings strings = this.brand.strings();
		Event event = request.event();
		String title = event == null ? null : event.title();
		String details = event == null ? null : details(event, language);
		String url = (event == null || event.url() == null) ? null : event.url().toString();
		return new PosterContent(strings.get(language, "campaign.name"), strings.get(language, "slogan"),
				strings.get(language, "cofunded"), request.programmeName(), language.rightToLeft(),
				logoArt(request, logo), title, details, url);
	}

	/** "21 September 2026 · Venue", with the date written the way the language writes it. */
	static String details(Event event, Language language) {
		List<String> parts = new ArrayList<>();
		if (event.date() != null) {
			parts.add(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale())
				.format(event.date()));
		}
		if (event.venue() != null) {
			parts.add(event.venue());
		}
		return parts.isEmpty() ? null : String.join(" · ", parts);
	}

	private static PosterContent.LogoArt logoArt(RenderRequest request, byte[] logo) throws IOException {
		if (request.logoFormat().vector()) {
			return SvgArt.load(logo)::paintFit;
		}
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(logo));
		if (image == null) {
			throw new IOException("The stored logo of request " + request.id() + " is not a PNG");
		}
		return (g, box) -> paintFit(g, image, box);
	}

	private static void paintFit(Graphics2D g, BufferedImage image, Rectangle2D box) {
		double scale = Math.min(box.getWidth() / image.getWidth(), box.getHeight() / image.getHeight());
		double x = box.getX() + (box.getWidth() - image.getWidth() * scale) / 2;
		double y = box.getY() + (box.getHeight() - image.getHeight() * scale) / 2;
		Object interpolation = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
		g.drawImage(image, new AffineTransform(scale, 0, 0, scale, x, y), null);
		if (interpolation != null) {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
		}
	}

}
