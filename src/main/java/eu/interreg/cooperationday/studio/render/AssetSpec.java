package eu.interreg.cooperationday.studio.render;

import java.util.ArrayList;
import java.util.List;

import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.poster.PosterFormat;
import eu.interreg.cooperationday.studio.system.FileType;
import eu.interreg.cooperationday.studio.template.TemplateException;
import eu.interreg.cooperationday.studio.template.VideoTemplate;

/**
 * One file a request gets: its kind and format as the API names them, and how it is made. Every
 * request gets the specs in {@link #ALL} of the groups it asked for; one job partition renders one spec.
 * A bilingual request gets its captions once per language ({@link #in}): {@code landscape-1920x1080-de}
 * and {@code landscape-1920x1080-nl} instead of {@code landscape-1920x1080-vtt}.
 *
 * @param language the language of a captions file named by language; null for every other spec
 */
public record AssetSpec(AssetKind kind, String format, Maker maker, PosterFormat poster, VideoShape shape,
		Language language) {

	AssetSpec(AssetKind kind, String format, Maker maker, PosterFormat poster, VideoShape shape) {
		this(kind, format, maker, poster, shape, null);
	}

	/** The renderer that makes an asset. */
	public enum Maker {

		POSTER, POSTER_THUMBNAIL, VIDEO, CAPTIONS, VIDEO_THUMBNAIL, DESCRIBED_VIDEO, DESCRIPTIONS

	}

	/** The video shapes every request gets: a template names them and says how big they are. */
	public enum VideoShape {

		LANDSCAPE("landscape", "landscape-1920x1080"), PORTRAIT("portrait", "portrait-1080x1920"),
		SQUARE("square", "square-1080x1080");

		private final String shape;

		private final String format;

		VideoShape(String shape, String format) {
			this.shape = shape;
			this.format = format;
		}

		/** The shape's name in a template ({@code landscape}). */
		public String shape() {
			return this.shape;
		}

		/** The asset format ({@code landscape-1920x1080}). */
		public String format() {
			return this.format;
		}

		/** Refuses a template that does not define every shape with the format requests are promised. */
		public static void checkDefinedBy(VideoTemplate template) {
			for (VideoShape shape : values()) {
				VideoTemplate.Shape defined = template.shapes().get(shape.shape());
				if (defined == null || !defined.format().equals(shape.format())) {
					throw new TemplateException("Video template " + template.name() + " must define the shape "
							+ shape.shape() + " with format " + shape.format());
				}
			}
		}

	}

	public static final List<AssetSpec> ALL = all();

	/** How a cover's format ended when it was listed as a thumbnail. */
	private static final String LEGACY_COVER = "-poster-frame";

	private static List<AssetSpec> all() {
		List<AssetSpec> specs = new ArrayList<>();
		for (PosterFormat poster : PosterFormat.values()) {
			specs.add(new AssetSpec(AssetKind.of(poster.kind()).orElseThrow(), poster.format(), Maker.POSTER, poster, null));
		}
		for (PosterFormat poster : PosterFormat.values()) {
			specs.add(new AssetSpec(AssetKind.THUMBNAIL, poster.format(), Maker.POSTER_THUMBNAIL, poster, null));
		}
		for (VideoShape shape : VideoShape.values()) {
			specs.add(new AssetSpec(AssetKind.VIDEO, shape.format(), Maker.VIDEO, null, shape));
			specs.add(new AssetSpec(AssetKind.CAPTIONS, shape.format() + "-vtt", Maker.CAPTIONS, null, shape));
			specs.add(new AssetSpec(AssetKind.COVER, shape.format(), Maker.VIDEO_THUMBNAIL, null, shape));
		}
		// the described video is the landscape video's pictures with another sound: made by its partition
		VideoShape described = VideoShape.LANDSCAPE;
		specs.add(new AssetSpec(AssetKind.DESCRIPTIONS, described.format() + "-vtt", Maker.DESCRIPTIONS, null, described));
		specs.add(new AssetSpec(AssetKind.DESCRIBED, described.format(), Maker.DESCRIBED_VIDEO, null, described));
		return List.copyOf(specs);
	}

	/** The group a programme asks for to get this asset. */
	public AssetGroup group() {
		return switch (this.maker) {
			case POSTER, POSTER_THUMBNAIL -> AssetKind.of(this.poster.kind()).orElseThrow() == AssetKind.POSTER ? AssetGroup.POSTERS
					: AssetGroup.SOCIAL;
			case VIDEO, CAPTIONS, VIDEO_THUMBNAIL -> AssetGroup.VIDEO;
			case DESCRIBED_VIDEO, DESCRIPTIONS -> AssetGroup.DESCRIBED;
		};
	}

	public static AssetSpec of(String kind, String format) {
		if (kind.equals(AssetKind.THUMBNAIL.id()) && format.endsWith(LEGACY_COVER)) {
			// a partition of a job run before covers were their own kind, found again at its restart
			return of(AssetKind.COVER.id(), format.substring(0, format.length() - LEGACY_COVER.length()));
		}
		return ALL.stream()
			.filter((spec) -> spec.kind.id().equals(kind) && spec.format.equals(format))
			.findFirst()
			.or(() -> captionsByLanguage(kind, format))
			.orElseThrow(() -> new IllegalArgumentException("No asset " + kind + "/" + format));
	}

	/** The captions of this spec's shape in one language of a bilingual request. */
	public AssetSpec in(Language language) {
		if (this.maker != Maker.CAPTIONS) {
			throw new IllegalStateException("Only captions are made per language, not " + this.kind);
		}
		return new AssetSpec(this.kind, this.shape.format() + "-" + language.code(), Maker.CAPTIONS, null, this.shape,
				language);
	}

	private static java.util.Optional<AssetSpec> captionsByLanguage(String kind, String format) {
		if (!kind.equals(AssetKind.CAPTIONS.id())) {
			return java.util.Optional.empty();
		}
		for (VideoShape shape : VideoShape.values()) {
			if (format.startsWith(shape.format() + "-")) {
				return Language.fromCode(format.substring(shape.format().length() + 1))
					.map((language) -> new AssetSpec(AssetKind.CAPTIONS, format, Maker.CAPTIONS, null, shape, language));
			}
		}
		return java.util.Optional.empty();
	}

	/** What kind of file the asset is (its extension and content type). */
	public FileType fileType() {
		return switch (this.maker) {
			case POSTER -> this.poster.output();
			case POSTER_THUMBNAIL, VIDEO_THUMBNAIL -> FileType.PNG;
			case VIDEO, DESCRIBED_VIDEO -> FileType.MP4;
			case CAPTIONS, DESCRIPTIONS -> FileType.VTT;
		};
	}

	/** {@code renders/{requestId}/{kind}-{format}.{ext}} */
	public String objectKey(String requestId) {
		return "renders/" + requestId + "/" + this.kind + "-" + this.format + "." + fileType().extension();
	}

	/**
	 * The thumbnail of a poster or a video (the audio-described video shows the landscape video's
	 * pictures, and has its poster frame); null for other specs.
	 */
	public static AssetSpec thumbnailOf(AssetSpec spec) {
		return switch (spec.maker) {
			case POSTER -> of(AssetKind.THUMBNAIL.id(), spec.format);
			case VIDEO, DESCRIBED_VIDEO -> of(AssetKind.COVER.id(), spec.shape.format());
			default -> null;
		};
	}

	/** The audio-described video. */
	public static AssetSpec described() {
		return of(AssetKind.DESCRIBED.id(), VideoShape.LANDSCAPE.format());
	}

	/** The descriptions of the audio-described video. */
	public static AssetSpec descriptions() {
		return of(AssetKind.DESCRIPTIONS.id(), VideoShape.LANDSCAPE.format() + "-vtt");
	}

	/**
	 * The asset whose job partition makes this one too, or null when this one has a partition of its own:
	 * the audio-described video is made with the landscape video, whose pictures it copies, and its
	 * descriptions with it (one reading, spoken once).
	 */
	public AssetSpec madeWith() {
		return (this.maker == Maker.DESCRIBED_VIDEO || this.maker == Maker.DESCRIPTIONS) ? video(VideoShape.LANDSCAPE)
				: null;
	}

	/** The video of a shape. */
	public static AssetSpec video(VideoShape shape) {
		return of(AssetKind.VIDEO.id(), shape.format());
	}

	/** {@code kind/format}: how a request's files are told apart. */
	public String key() {
		return this.kind.id() + "/" + this.format;
	}

	/** The name a partition of the render job has for this spec. */
	public String partitionName() {
		return this.kind + "-" + this.format;
	}

}
