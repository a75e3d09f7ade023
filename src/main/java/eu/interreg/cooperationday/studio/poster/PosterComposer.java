package eu.interreg.cooperationday.studio.poster;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.brand.FittedText;
import eu.interreg.cooperationday.studio.brand.TextFitter;
import eu.interreg.cooperationday.studio.brand.TextStyle;

/**
 * Draws one poster into a Graphics2D in the template's user units: the template art, then each slot
 * filled (logo, fitted text, QR code). The same drawing goes to PNG pixels and to PDF vectors.
 */
final class PosterComposer {

	private final BrandKit brand;

	private final TextFitter fitter = new TextFitter();

	PosterComposer(BrandKit brand) {
		this.brand = brand;
	}

	/** @return the text lines drawn, in template user units */
	List<PlacedText> paint(Graphics2D g, PosterTemplate template, PosterContent content) {
		template.art().paint(g, new AffineTransform());
		List<PlacedText> placed = new ArrayList<>();
		text(g, template.slot("campaign"), content.campaignName(), content.rightToLeft(), placed);
		text(g, template.slot("slogan"), content.slogan(), content.rightToLeft(), placed);
		text(g, template.slot("name"), content.programmeName(), content.rightToLeft(), placed);
		text(g, template.slot("cofunded"), content.cofunded(), content.rightToLeft(), placed);
		content.logo().paintFit(g, template.slot("logo").box());
		Slot event = template.slot("event");
		if (event != null && (content.eventTitle() != null || content.eventDetails() != null)) {
			paintEvent(g, event, content, placed);
		}
		Slot qr = template.slot("qr");
		if (qr != null && content.eventUrl() != null) {
			QrCode.paint(g, content.eventUrl(), qr.box());
		}
		return placed;
	}

	private void paintEvent(Graphics2D g, Slot event, PosterContent content, List<PlacedText> placed) {
		Rectangle2D box = event.box();
		if (content.eventTitle() != null && content.eventDetails() != null) {
			double split = box.getHeight() * 0.55;
			Rectangle2D top = new Rectangle2D.Double(box.getX(), box.getY(), box.getWidth(), split);
			Rectangle2D bottom = new Rectangle2D.Double(box.getX(), box.getY() + split, box.getWidth(),
					box.getHeight() - split);
			text(g, event, top, content.eventTitle(), true, 1, content.rightToLeft(), placed);
			text(g, event, bottom, content.eventDetails(), false, 1, content.rightToLeft(), placed);
		}
		else {
			String only = content.eventTitle() != null ? content.eventTitle() : content.eventDetails();
			text(g, event, box, only, content.eventTitle() != null, 2, content.rightToLeft(), placed);
		}
	}

	private void text(Graphics2D g, Slot slot, String text, boolean rtl, List<PlacedText> placed) {
		text(g, slot, slot.box(), text, "bold".equals(slot.hint("weight", "regular")),
				(int) slot.floatHint("max-lines", 1), rtl, placed);
	}

	private void text(Graphics2D g, Slot slot, Rectangle2D box, String text, boolean bold, int maxLines,
			boolean rtl, List<PlacedText> placed) {
		if (text == null || text.isBlank()) {
			return;
		}
		TextStyle style = new TextStyle(bold ? this.brand.bold() : this.brand.regular(),
				slot.floatHint("max-size", 12), slot.floatHint("min-size", 6), maxLines,
				slot.floatHint("line-spacing", 1.18f), Color.decode(slot.hint("color", "#000000")),
				TextStyle.Align.valueOf(slot.hint("align", "start").toUpperCase(Locale.ROOT)));
		FittedText fitted = this.fitter.fit(text, style, box.getWidth(), box.getHeight());
		for (FittedText.PlacedLine line : fitted.paint(g, box, style, rtl)) {
			placed.add(new PlacedText(slot.name(), line, style.fonts(), fitted.size()));
		}
	}

}
