package eu.interreg.cooperationday.studio.poster;

import eu.interreg.cooperationday.studio.system.FileType;

/**
 * The posters the studio makes. Print formats are PDFs sized in millimetres (trim, plus bleed);
 * social formats are PNGs of an exact pixel size. Each also gets a 480 px wide thumbnail.
 */
public enum PosterFormat {

	A4_PRINT("poster", "a4-print", "print.svg", FileType.PDF, 210, 297),
	A3_PRINT("poster", "a3-print", "print.svg", FileType.PDF, 297, 420),
	SQUARE_1080("social", "square-1080", "social-square.svg", FileType.PNG, 1080, 1080),
	STORY_1080X1920("social", "story-1080x1920", "social-story.svg", FileType.PNG, 1080, 1920),
	LINK_CARD_1200X630("social", "link-card-1200x630", "link-card.svg", FileType.PNG, 1200, 630);

	public static final int THUMBNAIL_WIDTH = 480;

	private final String kind;

	private final String format;

	private final String template;

	private final FileType output;

	private final double width;

	private final double height;

	PosterFormat(String kind, String format, String template, FileType output, double width, double height) {
		this.kind = kind;
		this.format = format;
		this.template = template;
		this.output = output;
		this.width = width;
		this.height = height;
	}

	/** The asset kind in the API: {@code poster} or {@code social}. */
	public String kind() {
		return this.kind;
	}

	/** The asset format in the API, e.g. {@code a4-print}. */
	public String format() {
		return this.format;
	}

	String template() {
		return this.template;
	}

	/** How the poster is delivered: a print PDF or a PNG. */
	public FileType output() {
		return this.output;
	}

	/** Trim width: millimetres for PDF, pixels for PNG. */
	public double width() {
		return this.width;
	}

	public double height() {
		return this.height;
	}

	public int thumbnailHeight() {
		return (int) Math.round(THUMBNAIL_WIDTH * this.height / this.width);
	}

}
