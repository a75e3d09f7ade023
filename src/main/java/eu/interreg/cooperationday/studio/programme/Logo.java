package eu.interreg.cooperationday.studio.programme;

import eu.interreg.cooperationday.studio.system.FileType;
import eu.interreg.cooperationday.studio.visibility.LogoMarks;

/**
 * A logo that was decoded and measured at the door. {@code normalised} is a sanitised SVG for vector
 * logos and a PNG (orientation applied, RGB with alpha) for raster ones; {@code width} and
 * {@code height} are its size in pixels (SVG user units); {@code marks} what it carries of the EU
 * emblem and funding statement.
 */
public record Logo(FileType format, byte[] original, byte[] normalised, double width, double height,
		LogoMarks marks) {

	/** SVG for a vector logo, PNG for a raster one. */
	public FileType normalisedType() {
		return this.format == FileType.SVG ? FileType.SVG : FileType.PNG;
	}

}
