package eu.interreg.cooperationday.studio.notify.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.brand.LocalisedStrings;
import eu.interreg.cooperationday.studio.render.Asset;
import eu.interreg.cooperationday.studio.render.AssetGroup;
import eu.interreg.cooperationday.studio.render.AssetSpec;

/**
 * A request's files as a person thinks of them, in one language: the video in its three shapes, the
 * posters to print, the images for social media, and, last, the captions and previews ("more"). Each
 * file gets a label in words ("Vertical video 9:16 (1080 × 1920)"), never its API kind and format.
 */
final class FileList {

	/** The groups, in the order the email shows them. */
	enum Group {

		VIDEO("email.group.video"), POSTERS("email.group.posters"), SOCIAL("email.group.social"), MORE("email.group.more");

		private final String key;

		Group(String key) {
			this.key = key;
		}

	}

	/** One file: its label and the asset behind it. */
	record Entry(String label, Asset asset) {
	}

	private final LocalisedStrings strings;

	FileList(LocalisedStrings strings) {
		this.strings = strings;
	}

	/** The files in their groups, each group in a fixed order; groups without files are left out. */
	Map<Group, List<Entry>> grouped(List<Asset> assets, Language language) {
		Map<Group, List<Entry>> groups = new EnumMap<>(Group.class);
		assets.stream().sorted(Comparator.comparingInt(FileList::order)).forEach((asset) -> groups
			.computeIfAbsent(group(asset.spec()), (g) -> new ArrayList<>())
			.add(new Entry(label(asset.spec(), language), asset)));
		return groups;
	}

	String heading(Group group, Language language) {
		return this.strings.get(language, group.key);
	}

	static Group group(AssetSpec spec) {
		return switch (spec.maker()) {
			case VIDEO, DESCRIBED_VIDEO -> Group.VIDEO;
			case POSTER -> spec.group() == AssetGroup.POSTERS ? Group.POSTERS : Group.SOCIAL;
			case CAPTIONS, POSTER_THUMBNAIL, VIDEO_THUMBNAIL, DESCRIPTIONS -> Group.MORE;
		};
	}

	/** "Square video 1:1 (1080 × 1080)", "Captions (Deutsch): Landscape video 16:9 (1920 × 1080)". */
	String label(AssetSpec spec, Language language) {
		return switch (spec.maker()) {
			case VIDEO -> main("video", spec.shape().format(), language);
			case POSTER -> main(spec.kind().id(), spec.format(), language);
			case POSTER_THUMBNAIL -> this.strings.get(language, "file.preview")
				.replace("{0}", main(spec.group() == AssetGroup.POSTERS ? "poster" : "social", spec.format(), language));
			case DESCRIBED_VIDEO -> this.strings.get(language, "file.described")
				.replace("{0}", main("video", spec.shape().format(), language));
			case DESCRIPTIONS -> this.strings.get(language, "file.descriptions")
				.replace("{0}", main("video", spec.shape().format(), language));
			case VIDEO_THUMBNAIL -> this.strings.get(language, "file.cover")
				.replace("{0}", main("video", spec.shape().format(), language));
			case CAPTIONS -> spec.language() == null
					? this.strings.get(language, "file.captions").replace("{0}", main("video", spec.shape().format(), language))
					: this.strings.get(language, "file.captions-in")
						.replace("{0}", main("video", spec.shape().format(), language))
						.replace("{1}", spec.language().locale().getDisplayLanguage(language.locale()));
		};
	}

	private String main(String kind, String format, Language language) {
		return this.strings.get(language, "file." + kind + "." + format);
	}

	/** Where a file stands: by group, then the order of {@link AssetSpec#ALL}, captions by language. */
	private static int order(Asset asset) {
		AssetSpec spec = asset.spec();
		int index = AssetSpec.ALL.indexOf(spec);
		if (index < 0) {
			// captions in one language of two: beside the captions of their shape
			index = AssetSpec.ALL.indexOf(AssetSpec.of(spec.kind().id(), spec.shape().format() + "-vtt"));
		}
		int withinMore = switch (spec.maker()) {
			case CAPTIONS -> 0;
			case POSTER_THUMBNAIL -> 100;
			case VIDEO_THUMBNAIL -> 200;
			default -> 0;
		};
		return group(spec).ordinal() * 1000 + withinMore + index;
	}

	/** "PDF, 1.2 MB". */
	static String describe(Asset asset) {
		String type = switch (asset.spec().fileType()) {
			case PDF, PNG -> asset.spec().fileType().name();
			default -> asset.contentType();
		};
		long bytes = asset.sizeBytes();
		String size = bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024))
				: String.format(Locale.ROOT, "%d kB", Math.max(1, bytes / 1024));
		return type + ", " + size;
	}

}
