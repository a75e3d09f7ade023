package eu.interreg.cooperationday.studio.poster.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.brand.SvgArt;
import eu.interreg.cooperationday.studio.brand.QrCode;
import eu.interreg.cooperationday.studio.brand.FittedText;
import eu.interreg.cooperationday.studio.brand.TextFitter;
import eu.interreg.cooperationday.studio.brand.TextPair;
import eu.interreg.cooperationday.studio.brand.TextStyle;
import eu.interreg.cooperationday.studio.poster.PosterContent;
import eu.interreg.cooperationday.studio.visibility.Placement;
import eu.interreg.cooperationday.studio.visibility.VisibilityRule;

/**
 * Draws one poster into a Graphics2D in the template's user units: the template art, then each slot
 * filled (logo, fitted text, QR code). The same drawing goes to PNG pixels and to PDF vectors.
 */
public final class PosterComposer {

	private final BrandKit brand;

	private final VisibilityRule rule;

	private final TextFitter fitter = new TextFitter();

	public PosterComposer(BrandKit brand, VisibilityRule rule) {
		this.brand = brand;
		this.rule = rule;
	}

	/** What was drawn where: the lines of text, and the logos and statement, in template user units. */
	public record Painted(List<PlacedText> texts, Placement placement) {
	}

	/** @return the text lines and logos drawn, in template user units */
	public Painted paint(Graphics2D g, PosterTemplate template, PosterContent content) {
		return paint(g, template, content, true);
	}

	/**
	 * @param withLogo false to leave the programme's logo out (the PDF draws it on its own, as a figure);
	 * it is still laid out, and its box is in the placement
	 */
	public Painted paint(Graphics2D g, PosterTemplate template, PosterContent content, boolean withLogo) {
		boolean rtl = content.rightToLeft();
		// right-to-left languages read the poster from the right: the art and every slot are mirrored
		AffineTransform art = rtl ? new AffineTransform(-1, 0, 0, 1, template.width(), 0) : new AffineTransform();
		template.art().paint(g, art);
		Layout layout = new Layout(template, rtl);
		List<PlacedText> placed = new ArrayList<>();
		PosterContent.Second second = content.second();
		text(g, layout, "campaign", layout.box("campaign"), content.campaignName(),
				second == null ? null : second.campaignName(), placed);
		text(g, layout, "slogan", layout.box("slogan"), content.slogan(), second == null ? null : second.slogan(),
				placed);
		text(g, layout, "name", layout.box("name"), content.programmeName(),
				second == null ? null : second.programmeName(), placed);
		MarksLayout marks = MarksLayout.of(new MarksLayout.Slots(layout.box("logo"), layout.box("mark"),
				layout.box("emblem"), layout.box("cofunded"), rtl), content.logo(), this.rule);
		if (marks.statement() != null) {
			text(g, layout, "cofunded", marks.statement(), content.cofunded(), second == null ? null : second.cofunded(),
					placed);
		}
		if (withLogo) {
			content.logo().art().paintFit(g, marks.logo());
		}
		paintMarks(g, marks);
		if (template.slot("event") != null && (content.eventTitle() != null || content.eventDetails() != null)) {
			paintEvent(g, layout, content, placed);
		}
		if (template.slot("qr") != null && content.eventUrl() != null) {
			QrCode.paint(g, content.eventUrl(), layout.box("qr"));
		}
		return new Painted(placed, placement(content, marks));
	}

	/** The campaign mark, and the emblem on its white border when the poster shows one of its own. */
	private void paintMarks(Graphics2D g, MarksLayout marks) {
		art("cooperation-day-mark").paintFit(g, marks.mark());
		if (marks.emblem() != null) {
			Color before = g.getColor();
			g.setColor(Color.WHITE);
			g.fill(marks.border());
			g.setColor(before);
			art("eu-flag").paintFit(g, marks.emblem());
		}
	}

	private SvgArt art(String mark) {
		try {
			return SvgArt.load(this.brand.mark(mark));
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("The brand mark " + mark + " cannot be drawn", ex);
		}
	}

	private static Placement placement(PosterContent content, MarksLayout marks) {
		PosterContent.Second second = content.second();
		boolean both = second != null && second.cofunded() != null && !second.cofunded().isBlank();
		String statement = marks.statement() == null ? null
				: both ? content.cofunded() + " / " + second.cofunded() : content.cofunded();
		String language = both ? content.language() + "+" + second.language() : content.language();
		boolean carries = content.logo().marks() != null && content.logo().marks().carriesEmblem();
		return new Placement("unit", List.of(new Placement.Logo(Placement.PROGRAMME, marks.logo(), carries),
				new Placement.Logo(Placement.CAMPAIGN, marks.mark(), false)), statement, language,
				content.logo().carriesStatement());
	}

	private void paintEvent(Graphics2D g, Layout layout, PosterContent content, List<PlacedText> placed) {
		Slot event = layout.template().slot("event");
		Rectangle2D box = layout.box("event");
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

	/** A slot's text, and beneath it the same in the second language when there is one. */
	private void text(Graphics2D g, Layout layout, String slotName, Rectangle2D box, String text, String second,
			List<PlacedText> placed) {
		Slot slot = layout.template().slot(slotName);
		boolean bold = slot.text().bold();
		int maxLines = slot.text().maxLines();
		if (second == null || second.isBlank() || text == null || text.isBlank()) {
			text(g, slot, box, text, bold, maxLines, layout.rightToLeft(), placed);
			return;
		}
		TextStyle style = style(slot, bold, maxLines);
		TextPair.Fitted pair = TextPair.fit(this.fitter, text, second, style, box.getWidth(), box.getHeight());
		List<FittedText.PlacedLine> lines = pair.paint(g, box, layout.rightToLeft());
		for (int i = 0; i < lines.size(); i++) {
			boolean first = i < pair.firstLines();
			placed.add(new PlacedText(slot.name(), lines.get(i), style.fonts(),
					first ? pair.first().size() : pair.second().size(), !first));
		}
	}

	private TextStyle style(Slot slot, boolean bold, int maxLines) {
		Slot.Text set = slot.text();
		return new TextStyle(bold ? this.brand.bold() : this.brand.regular(), set.maxSize(), set.minSize(), maxLines,
				set.lineSpacing(), set.color(), set.align());
	}

	/** Slot boxes of a template as this poster uses them: mirrored for right-to-left languages. */
	private record Layout(PosterTemplate template, boolean rightToLeft) {

		Rectangle2D box(String slot) {
			Rectangle2D box = this.template.slot(slot).box();
			if (!this.rightToLeft) {
				return box;
			}
			return new Rectangle2D.Double(this.template.width() - box.getMaxX(), box.getY(), box.getWidth(),
					box.getHeight());
		}

	}

	private void text(Graphics2D g, Slot slot, Rectangle2D box, String text, boolean bold, int maxLines,
			boolean rtl, List<PlacedText> placed) {
		if (text == null || text.isBlank()) {
			return;
		}
		TextStyle style = style(slot, bold, maxLines);
		FittedText fitted = this.fitter.fit(text, style, box.getWidth(), box.getHeight());
		for (FittedText.PlacedLine line : fitted.paint(g, box, style, rtl)) {
			placed.add(new PlacedText(slot.name(), line, style.fonts(), fitted.size()));
		}
	}

}
