package eu.interreg.cooperationday.studio.system;

/**
 * The kinds of file the studio takes in and makes, each with its file name extension and media type:
 * logos (PNG, JPEG, SVG), posters and social images (PDF, PNG), videos (MP4) and captions (WebVTT).
 */
public enum FileType {

	PNG("png", "image/png"), JPEG("jpg", "image/jpeg"), SVG("svg", "image/svg+xml"), PDF("pdf", "application/pdf"),
	MP4("mp4", "video/mp4"), VTT("vtt", "text/vtt");

	private final String extension;

	private final String contentType;

	FileType(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	/** The file name extension, without the dot. */
	public String extension() {
		return this.extension;
	}

	/** The media type, as stored with the object and sent to browsers. */
	public String contentType() {
		return this.contentType;
	}

}
