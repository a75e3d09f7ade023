package eu.interreg.cooperationday.studio.programme;

/**
 * A logo that was decoded and measured at the door. {@code normalised} is a sanitised SVG for vector
 * logos and a PNG (orientation applied, RGB with alpha) for raster ones; {@code width} and
 * {@code height} are its size in pixels (SVG user units).
 */
public record Logo(LogoFormat format, byte[] original, byte[] normalised, double width, double height) {

	public String normalisedContentType() {
		return this.format.vector() ? LogoFormat.SVG.contentType() : LogoFormat.PNG.contentType();
	}

	public String normalisedExtension() {
		return this.format.vector() ? "svg" : "png";
	}

}
