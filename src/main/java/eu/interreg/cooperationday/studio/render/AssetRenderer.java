package eu.interreg.cooperationday.studio.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import eu.interreg.cooperationday.studio.brand.Art;
import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.brand.LocalisedStrings;
import eu.interreg.cooperationday.studio.brand.SvgArt;
import eu.interreg.cooperationday.studio.poster.PosterContent;
import eu.interreg.cooperationday.studio.poster.PosterRenderer;
import eu.interreg.cooperationday.studio.programme.Event;
import eu.interreg.cooperationday.studio.system.FileType;
import eu.interreg.cooperationday.studio.system.Sha256;
import eu.interreg.cooperationday.studio.template.TextBinding;
import eu.interreg.cooperationday.studio.template.VideoTemplate;
import eu.interreg.cooperationday.studio.template.VideoTemplates;
import eu.interreg.cooperationday.studio.video.AudioDescription;
import eu.interreg.cooperationday.studio.video.VideoContent;
import eu.interreg.cooperationday.studio.video.VideoRenderer;
import eu.interreg.cooperationday.studio.programme.Programme;
import eu.interreg.cooperationday.studio.visibility.LogoMarks;
import eu.interreg.cooperationday.studio.visibility.Placement;
import eu.interreg.cooperationday.studio.visibility.VisibilityRule;

/**
 * Makes one asset of a request: resolves what the renderers need (localised words, the decoded logo,
 * the event line formatted for the language) and hands it to the renderer of the asset's kind. Also
 * names the inputs of an asset by a hash, so an identical render can be reused instead of repeated.
 */
public class AssetRenderer {

	private final BrandKit brand;

	private final PosterRenderer posters;

	private final VideoRenderer videos;

	private final VideoTemplates templates;

	private final VisibilityRule rule;

	private final AudioDescription description;

	public AssetRenderer(BrandKit brand, PosterRenderer posters, VideoRenderer videos, VideoTemplates templates,
			VisibilityRule rule, AudioDescription description) {
		this.brand = brand;
		this.description = description;
		this.rule = rule;
		this.posters = posters;
		this.videos = videos;
		this.templates = templates;
	}

	/**
	 * Renders one asset to {@code target}.
	 *
	 * @return where its logos went, for the visibility check: one placement for a still, one per frame
	 * checked for a video; none for a file that shows no logo (captions)
	 */
	public List<Placement> render(RenderRequest request, byte[] logo, AssetSpec spec, Path target) throws IOException {
		RenderRequest.StoredLogo stored = request.logo();
		Programme programme = request.programme();
		return switch (spec.maker()) {
			case POSTER -> List.of(write(target, (out) -> this.posters.render(spec.poster(),
					posterContent(programme, stored.format(), logo, stored.marks()), out)));
			case POSTER_THUMBNAIL -> List.of(write(target, (out) -> this.posters.renderThumbnail(spec.poster(),
					posterContent(programme, stored.format(), logo, stored.marks()), out)));
			case VIDEO -> {
				VideoContent content = videoContent(programme, stored.format(), logo, stored.marks());
				this.videos.render(template(), spec.shape().shape(), content, target);
				yield this.videos.logoFrames(template(), spec.shape().shape(), content, facts(request, logo));
			}
			case CAPTIONS -> {
				VideoContent content = videoContent(programme, stored.format(), logo, stored.marks());
				boolean second = spec.language() != null && spec.language() == request.secondLanguage();
				Files.writeString(target, this.videos.captions(template(), second ? content.inSecondLanguage() : content),
						StandardCharsets.UTF_8);
				yield List.of();
			}
			// one reading makes both, from the landscape video's file, in that video's partition
			case DESCRIBED_VIDEO, DESCRIPTIONS -> throw new IllegalArgumentException(
					spec.key() + " is made with the landscape video: see describe()");
			case VIDEO_THUMBNAIL -> {
				VideoContent content = videoContent(programme, stored.format(), logo, stored.marks());
				write(target, (out) -> {
					this.videos.posterFrame(template(), spec.shape().shape(), content, out);
					return null;
				});
				Placement placement = this.videos.posterFrameLogos(template(), spec.shape().shape(), content,
						facts(request, logo));
				yield placement == null ? List.of() : List.of(placement);
			}
		};
	}

	/**
	 * Whether the studio's voice speaks the language(s) of a programme's material, so that its video gets
	 * an audio-described variant; null when it does, else why not (for the status page).
	 */
	public String whyNotDescribed(Language language, Language second) {
		if (this.description.speech().unavailable() != null) {
			return "Captions only: " + this.description.speech().unavailable() + ".";
		}
		for (Language spoken : second == null ? List.of(language) : List.of(language, second)) {
			if (!this.description.speaks(spoken.code())) {
				return "Captions only: the studio's voice (" + this.description.speech().id() + ") does not speak "
						+ spoken.ownName() + " (" + spoken.code() + ").";
			}
		}
		return null;
	}

	/**
	 * Writes the audio-described video of a finished landscape video ({@code pictures}) to {@code target},
	 * and returns its WebVTT descriptions: one reading makes both.
	 */
	public String describe(RenderRequest request, Path pictures, Path target) throws IOException {
		RenderRequest.StoredLogo stored = request.logo();
		return this.description.render(template(), wordsOnly(request.programme(), stored.marks(), stored.format()),
				request.language().code(), secondCode(request), pictures, target).webVtt();
	}

	/** The video's words without its pictures: what the audio description reads. */
	private VideoContent wordsOnly(Programme programme, LogoMarks marks, FileType logoFormat) {
		return VideoWords.of(this.brand.strings(), programme, logoFormat, marks, new HashMap<>());
	}

	private static String secondCode(RenderRequest request) {
		return request.secondLanguage() == null ? null : request.secondLanguage().code();
	}

	/**
	 * A poster thumbnail drawn at {@code scale} times its size, with its placement, for the visibility check
	 * to measure (the 480 px file itself can hold an emblem too small to tell).
	 */
	public PosterRenderer.Drawn thumbnailDrawing(RenderRequest request, byte[] logo, AssetSpec spec, int scale)
			throws IOException {
		RenderRequest.StoredLogo stored = request.logo();
		return this.posters.thumbnailDrawing(spec.poster(),
				posterContent(request.programme(), stored.format(), logo, stored.marks()), scale);
	}

	/** What the video's check needs of the logo: its proportions, its marks, the statement's language(s). */
	private static VideoRenderer.LogoFacts facts(RenderRequest request, byte[] logo) throws IOException {
		RenderRequest.StoredLogo stored = request.logo();
		double aspect;
		if (stored.format() == FileType.SVG) {
			SvgArt art = SvgArt.load(logo);
			aspect = art.width() / art.height();
		}
		else {
			BufferedImage image = raster(logo);
			aspect = image.getWidth() / (double) image.getHeight();
		}
		LogoMarks marks = stored.marks();
		boolean vector = stored.format() == FileType.SVG;
		String language = request.secondLanguage() == null ? request.language().code()
				: request.language().code() + "+" + request.secondLanguage().code();
		return new VideoRenderer.LogoFacts(aspect, marks != null && marks.carriesEmblem(),
				marks != null && marks.carriesStatement(vector), language);
	}

	/**
	 * A hash of everything the asset is made from: the request's words and logo, the brand kit and, for
	 * video assets, the template. Equal hashes mean equal renders.
	 */
	public String inputHash(RenderRequest request, byte[] logo, AssetSpec spec) {
		MessageDigest sha = Sha256.start();
		List<String> parts = new ArrayList<>(List.of(spec.kind().id(), spec.format(), request.programmeName(),
				request.language().code(), this.brand.digest(), this.rule.id()));
		if (request.secondLanguage() != null) {
			parts.add(request.secondLanguage().code());
			parts.add(String.valueOf(request.programmeNameSecond()));
		}
		Event event = request.event();
		if (event != null && showsEvent(spec)) {
			parts.add(String.valueOf(event.title()));
			parts.add(String.valueOf(event.date()));
			parts.add(String.valueOf(event.venue()));
			parts.add(String.valueOf(event.url()));
		}
		else {
			parts.add(String.valueOf(event != null)); // whether there is one may change a layout
		}
		if (spec.shape() != null) {
			parts.add(template().digest());
		}
		if (spec.group() == AssetGroup.DESCRIBED) {
			parts.add(this.description.speech().id());
		}
		parts.forEach((part) -> Sha256.update(sha, part));
		sha.update(logo);
		return Sha256.hex(sha);
	}

	/**
	 * Whether the file shows the programme's event: a poster whose template has a place for it, the videos
	 * (their event scene), their captions and audio description. A video's cover is a frame of the scene
	 * with the programme's name, before the event's.
	 */
	public boolean showsEvent(AssetSpec spec) {
		return switch (spec.maker()) {
			case POSTER, POSTER_THUMBNAIL -> this.posters.showsEvent(spec.poster());
			case VIDEO, CAPTIONS, DESCRIBED_VIDEO, DESCRIPTIONS -> true;
			case VIDEO_THUMBNAIL -> false;
		};
	}

	private VideoTemplate template() {
		return this.templates.chosen();
	}

	/** What a poster of the programme says and shows, with its logo (as stored: SVG, else PNG). */
	public PosterContent posterContent(Programme request, FileType logoFormat, byte[] logo, LogoMarks marks)
			throws IOException {
		Language language = request.language();
		LocalisedStrings strings = this.brand.strings();
		Event event = request.event();
		String title = event == null ? null : event.title();
		String details = event == null ? null : VideoWords.details(event, language);
		String url = (event == null || event.url() == null) ? null : event.url().toString();
		Language other = request.secondLanguage();
		PosterContent.Second second = other == null ? null
				: new PosterContent.Second(other.code(), strings.get(other, "campaign.name"), strings.get(other, "slogan"),
						strings.get(other, "cofunded"), request.nameSecond(), other.rightToLeft());
		return new PosterContent(language.code(), strings.get(language, "campaign.name"), strings.get(language, "slogan"),
				strings.get(language, "cofunded"), request.name(), language.rightToLeft(),
				posterLogo(logoFormat, logo, marks), title, details, url, second);
	}

	VideoContent videoContent(Programme request, FileType logoFormat, byte[] logo, LogoMarks marks)
			throws IOException {
		Map<String, Art> art = new HashMap<>();
		art.put("programme:logo", logoArt(logoFormat, logo));
		art.put("brand:mark", SvgArt.load(this.brand.mark("cooperation-day-mark"))::paintFit);
		art.put("brand:eu-flag", SvgArt.load(this.brand.mark("eu-flag"))::paintFit);
		art.put("brand:eu-emblem", SvgArt.load(this.brand.mark("eu-emblem"))::paintFit);
		if (marks == null || !marks.carriesEmblem()) {
			art.put("programme:eu-emblem", SvgArt.load(this.brand.mark("eu-emblem"))::paintFit);
		}
		return VideoWords.of(this.brand.strings(), request, logoFormat, marks, art);
	}

	private static PosterContent.Logo posterLogo(FileType logoFormat, byte[] logo, LogoMarks marks)
			throws IOException {
		if (logoFormat == FileType.SVG) {
			return PosterContent.Logo.of(SvgArt.load(logo), marks);
		}
		return PosterContent.Logo.of(raster(logo), marks);
	}

	private static BufferedImage raster(byte[] logo) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(logo));
		if (image == null) {
			throw new IOException("The stored logo is not a PNG");
		}
		return image;
	}

	private static Art logoArt(FileType logoFormat, byte[] logo) throws IOException {
		if (logoFormat == FileType.SVG) {
			return SvgArt.load(logo)::paintFit;
		}
		return Art.of(raster(logo));
	}

	private static Placement write(Path target, StreamWriter writer) throws IOException {
		try (OutputStream out = Files.newOutputStream(target)) {
			return writer.write(out);
		}
	}

	@FunctionalInterface
	private interface StreamWriter {

		Placement write(OutputStream out) throws IOException;

	}

}
