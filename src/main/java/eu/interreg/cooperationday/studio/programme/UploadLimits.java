package eu.interreg.cooperationday.studio.programme;

import java.util.List;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import eu.interreg.cooperationday.studio.problem.FieldProblem;
import eu.interreg.cooperationday.studio.problem.Refusal;

/**
 * Bounds on what outsiders may send ({@code studio.limits.*}) and on what reading it may cost. The door
 * that refuses a larger body, and the problem answers that name the bound, read them here.
 *
 * @param logoMaxSize the largest logo file
 * @param logoMaxPixels the most pixels a logo may declare (read from its header, before decoding)
 * @param logoMaxEdge the longest side kept of a raster logo: a larger one is decoded subsampled to it
 * @param svgMaxElements the most elements an SVG logo may have once its {@code <use>} references and
 * patterns are expanded
 * @param decodeTimeBudget how long reading one logo may take before it is refused
 * @param decodeWait how long a logo waits for a turn to be read before the request gets a 503
 * @param concurrentDecodes how many logos are read at once; 0 sizes it from the heap
 * @param bulkMaxSize the largest staff bulk upload (CSV and zip of logos together)
 * @param otherMaxBody the largest body of any other request (sign-in, staff buttons)
 * @param photoMaxSize the largest photo of a competition entry
 * @param photoMaxPixels the most pixels a photo may declare (read from its header, before decoding)
 * @param photoEdge the longest side of a photo as the studio publishes it
 */
@ConfigurationProperties("studio.limits")
public record UploadLimits(@DefaultValue("10MB") DataSize logoMaxSize, @DefaultValue("50000000") long logoMaxPixels,
		@DefaultValue("2400") int logoMaxEdge, @DefaultValue("10000") int svgMaxElements,
		@DefaultValue("5s") Duration decodeTimeBudget, @DefaultValue("10s") Duration decodeWait,
		@DefaultValue("0") int concurrentDecodes, @DefaultValue("210MB") DataSize bulkMaxSize,
		@DefaultValue("64KB") DataSize otherMaxBody, @DefaultValue("15MB") DataSize photoMaxSize,
		@DefaultValue("60000000") long photoMaxPixels, @DefaultValue("2048") int photoEdge) {

	/** The most photos one competition entry has. */
	public static final int PHOTOS_PER_ENTRY = 5;

	/** The largest body of a competition entry's form: its photos and a megabyte of words and framing. */
	public long entryMaxBody() {
		return PHOTOS_PER_ENTRY * this.photoMaxSize.toBytes() + 1024 * 1024;
	}

	/** "10 MB": the logo bound as people read it. */
	public String logoMaxSizeText() {
		return describe(this.logoMaxSize);
	}

	/** A size in the largest unit that states it exactly: "10 MB", "512 KB", "900 bytes". */
	public static String describe(DataSize size) {
		long bytes = size.toBytes();
		if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
			return (bytes / (1024 * 1024)) + " MB";
		}
		if (bytes >= 1024 && bytes % 1024 == 0) {
			return (bytes / 1024) + " KB";
		}
		return bytes + " bytes";
	}

	/** The refusal of a public upload (the logo with its form fields) over the configured logo size. */
	public Refusal logoTooLarge() {
		String size = logoMaxSizeText();
		return new Refusal(Refusal.Kind.TOO_LARGE, "The upload is too large: the logo may be at most " + size + ".",
				List.of(new FieldProblem("logo", "The logo is larger than " + size + ".")));
	}

}
