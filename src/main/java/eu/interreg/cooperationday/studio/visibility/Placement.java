package eu.interreg.cooperationday.studio.visibility;

import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Where a renderer put the logos of one file and what funding statement it wrote, in the file's own units
 * ({@code px} for images and video frames; {@code pt} from the page's top left for PDFs). The checker
 * takes the logos' boxes from here and finds the emblems itself.
 *
 * @param logos the programme's logo and the campaign mark as drawn (empty boxes left out)
 * @param statement the funding statement as written on the file, both languages' joined by " / "; null
 * when none is written (the logo carries it)
 * @param language the language code(s) of the statement ({@code de}, or {@code de+nl})
 * @param statementInLogo whether the programme's logo carries the statement (a harmonised logo)
 * @param seconds for a video, the time of the frame this is the placement of; null for a still
 */
public record Placement(String unit, List<Logo> logos, String statement, String language, boolean statementInLogo,
		Double seconds) {

	public static final String PROGRAMME = "programme";

	public static final String CAMPAIGN = "campaign";

	public Placement {
		logos = List.copyOf(logos);
	}

	/** The placement of a still: a poster, an image. */
	public Placement(String unit, List<Logo> logos, String statement, String language, boolean statementInLogo) {
		this(unit, logos, statement, language, statementInLogo, null);
	}

	/** A logo as drawn: {@code programme} or {@code campaign}, its box, and whether it carries the emblem. */
	public record Logo(String name, Rectangle2D box, boolean carriesEmblem) {
	}

	/** The same placement in other units: each box scaled by {@code scale} after moving it by (dx, dy). */
	public Placement transformed(String unit, double dx, double dy, double scale) {
		return new Placement(unit, this.logos.stream()
			.map((logo) -> new Logo(logo.name(), new Rectangle2D.Double((logo.box().getX() + dx) * scale,
					(logo.box().getY() + dy) * scale, logo.box().getWidth() * scale, logo.box().getHeight() * scale),
					logo.carriesEmblem()))
			.toList(), this.statement, this.language, this.statementInLogo, this.seconds);
	}

}
