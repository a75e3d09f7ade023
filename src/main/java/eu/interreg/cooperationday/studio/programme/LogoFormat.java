package eu.interreg.cooperationday.studio.programme;

/** The logo formats the studio accepts, with the file extension and media type of each. */
public enum LogoFormat {

	PNG("png", "image/png"), JPEG("jpg", "image/jpeg"), SVG("svg", "image/svg+xml");

	private final String extension;

	private final String contentType;

	LogoFormat(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	public String extension() {
		return this.extension;
	}

	public String contentType() {
		return this.contentType;
	}

	public boolean vector() {
		return this == SVG;
	}

}
