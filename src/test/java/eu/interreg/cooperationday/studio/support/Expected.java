package eu.interreg.cooperationday.studio.support;

import eu.interreg.cooperationday.studio.render.AssetGroup;
import eu.interreg.cooperationday.studio.render.AssetSpec;
import eu.interreg.cooperationday.studio.video.internal.EspeakNg;

/**
 * What a studio on this machine makes of a request for everything in a language espeak-ng speaks:
 * every file, less the audio-described video and its descriptions where espeak-ng is not installed
 * (a fresh machine with only a JDK; CI installs it).
 */
public final class Expected {

	/** Whether the studio's default voice is installed here. */
	public static final boolean SPEAKS = EspeakNg.locate("espeak-ng").unavailable() == null;

	private Expected() {
	}

	/** The render job's partitions for a request for everything: the described video is made with the landscape's. */
	public static int partitionsPerRequest() {
		return (int) AssetSpec.ALL.stream()
			.filter((spec) -> SPEAKS || spec.group() != AssetGroup.DESCRIBED)
			.filter((spec) -> spec.madeWith() == null)
			.count();
	}

	/** The files of a request for everything. */
	public static int filesPerRequest() {
		return (int) AssetSpec.ALL.stream().filter((spec) -> SPEAKS || spec.group() != AssetGroup.DESCRIBED).count();
	}

}
