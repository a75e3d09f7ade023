package eu.interreg.cooperationday.studio.programme;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds on what outsiders may send ({@code studio.limits.*}): the logo's file size and its pixels.
 * The door that refuses a larger body, and the problem answers that name the bound, read them here.
 */
@ConfigurationProperties("studio.limits")
public record UploadLimits(@DefaultValue("10MB") DataSize logoMaxSize, @DefaultValue("50000000") long logoMaxPixels) {

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

}
