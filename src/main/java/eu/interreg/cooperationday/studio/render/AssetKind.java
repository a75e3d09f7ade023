package eu.interreg.cooperationday.studio.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a file is among those a request gets; its {@link #id()} is how the API, the store and the counts name it. */
public enum AssetKind {

	POSTER, SOCIAL,

	/** A poster's or a social image's preview, 480 px wide. */
	THUMBNAIL,

	VIDEO, CAPTIONS,

	/** A video's poster frame, at the video's size: the picture a player shows before it plays. */
	COVER,

	/** The audio-described video: the landscape video with a voice that reads what it shows. */
	DESCRIBED,

	/** The WebVTT descriptions ({@code kind="descriptions"}) of the audio-described video. */
	DESCRIPTIONS;

	/** {@code poster}, {@code social}, ... */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<AssetKind> of(String id) {
		return Arrays.stream(values()).filter((kind) -> kind.id().equals(id)).findFirst();
	}

	@Override
	public String toString() {
		return id();
	}

}
