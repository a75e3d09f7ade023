package eu.interreg.cooperationday.studio.kit.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.events.CampaignEvent;
import eu.interreg.cooperationday.studio.events.CampaignEvents;
import eu.interreg.cooperationday.studio.kit.KitPosts;
import eu.interreg.cooperationday.studio.kit.KitPosts.EventInfo;
import eu.interreg.cooperationday.studio.kit.KitPosts.FileLink;
import eu.interreg.cooperationday.studio.kit.Post;
import eu.interreg.cooperationday.studio.poster.PosterFormat;
import eu.interreg.cooperationday.studio.problem.NotFoundException;
import eu.interreg.cooperationday.studio.render.Asset;
import eu.interreg.cooperationday.studio.render.AssetDownloaded;
import eu.interreg.cooperationday.studio.render.AssetSpec;
import eu.interreg.cooperationday.studio.render.PublicPages;
import eu.interreg.cooperationday.studio.render.RenderRequest;
import eu.interreg.cooperationday.studio.render.RenderRequests;
import eu.interreg.cooperationday.studio.render.RenderStatus;
import eu.interreg.cooperationday.studio.system.PublicUrls;

/**
 * A finished request's kit, from its status page: its posts ({@code /requests/{id}/kit/posts.md} and
 * {@code posts.csv}), its posting calendar, its practical guide per language ({@code guide-de.pdf}) and all
 * of it in {@code campaign-kit.zip}; written from the request, its events (the campaign's, as its communicator keeps
 * them) and its files' stable links. A request without an event posts around the campaign's day
 * ({@code studio.kit.campaign-day}, 21 September by default).
 */
@RestController
class KitController {

	private final RenderRequests renders;

	private final PublicPages pages;

	private final CampaignEvents events;

	private final PublicUrls urls;

	private final BrandKit brand;

	private final KitWords words;

	private final KitPosts posts;

	private final MonthDay campaignDay;

	private final ApplicationEventPublisher publisher;

	private final HandleRepository handles;

	private final GuideWriter guides;

	KitController(RenderRequests renders, PublicPages pages, CampaignEvents events, PublicUrls urls, BrandKit brand,
			KitWords words, HandleRepository handles, GuideWriter guides, ApplicationEventPublisher publisher,
			@Value("${studio.kit.campaign-day:--09-21}") String campaignDay) {
		this.guides = guides;
		this.publisher = publisher;
		this.handles = handles;
		this.renders = renders;
		this.pages = pages;
		this.events = events;
		this.urls = urls;
		this.brand = brand;
		this.words = words;
		this.posts = new KitPosts(words);
		this.campaignDay = MonthDay.parse(campaignDay);
	}

	@GetMapping("/requests/{id}/kit/posts.csv")
	ResponseEntity<String> csv(@PathVariable String id) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"posts.csv\"")
			.body(PostFiles.csv(posts(request(id))));
	}

	/**
	 * The whole kit in one download: every file of the request, the posts ({@code posts.md},
	 * {@code posts.csv}) and the posting calendar; streamed as the files are read from storage, limited and
	 * counted like the request's zip.
	 */
	@GetMapping("/requests/{id}/kit/campaign-kit.zip")
	ResponseEntity<StreamingResponseBody> zip(@PathVariable String id) {
		RenderRequest request = request(id);
		List<Asset> stored = this.renders.assets(id);
		List<Post> planned = posts(request);
		Map<String, String> texts = new java.util.LinkedHashMap<>();
		texts.put("posts.md", PostFiles.markdown(request.programmeName(), planned, untranslated(request)));
		texts.put("posts.csv", PostFiles.csv(planned));
		texts.put("posting-calendar.ics", PostingCalendar.write(request.programmeName(), planned,
				java.net.URI.create(this.urls.base()).getHost(), java.time.Instant.now()));
		Map<String, byte[]> guides = new java.util.LinkedHashMap<>();
		for (Language language : languages(request)) {
			guides.put("guide-" + language.code() + ".pdf", guidePdf(request, language, planned));
		}
		this.publisher.publishEvent(new AssetDownloaded("zip", "campaign-kit"));
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"campaign-kit.zip\"")
			.contentType(MediaType.parseMediaType("application/zip"))
			.body((out) -> {
				try (ZipOutputStream zip = new ZipOutputStream(out)) {
					for (Map.Entry<String, String> text : texts.entrySet()) {
						zip.putNextEntry(new ZipEntry(text.getKey()));
						zip.write(text.getValue().getBytes(StandardCharsets.UTF_8));
						zip.closeEntry();
					}
					for (Map.Entry<String, byte[]> guide : guides.entrySet()) {
						zip.putNextEntry(new ZipEntry(guide.getKey()));
						zip.write(guide.getValue());
						zip.closeEntry();
					}
					for (Asset asset : stored) {
						zip.putNextEntry(new ZipEntry("files/" + asset.objectKey().substring(asset.objectKey().lastIndexOf('/') + 1)));
						try (InputStream in = this.renders.open(asset)) {
							in.transferTo(zip);
						}
						zip.closeEntry();
					}
				}
			});
	}

	/** The practical guide in one of the request's languages ({@code guide-de.pdf}). */
	@GetMapping("/requests/{id}/kit/guide-{language}.pdf")
	ResponseEntity<byte[]> guide(@PathVariable String id, @PathVariable String language) {
		RenderRequest request = request(id);
		Language chosen = languages(request).stream()
			.filter((l) -> l.code().equals(language))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Request " + id + " has no guide in '" + language + "'; its languages are "
					+ languages(request).stream().map(Language::code).collect(Collectors.joining(", ")) + "."));
		this.publisher.publishEvent(new AssetDownloaded("pdf", "guide"));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "inline; filename=\"guide-" + chosen.code() + ".pdf\"")
			.body(guidePdf(request, chosen, posts(request)));
	}

	private byte[] guidePdf(RenderRequest request, Language language, List<Post> planned) {
		List<GuideWriter.FileEntry> files = new ArrayList<>();
		Map<String, Asset> byKey = this.renders.assets(request.id())
			.stream()
			.collect(Collectors.toMap((a) -> a.spec().key(), Function.identity(), (a, b) -> a));
		for (Asset asset : byKey.values()) {
			AssetSpec spec = asset.spec();
			String kind = spec.kind().id();
			if (!List.of("poster", "social", "video", "described").contains(kind)) {
				continue;
			}
			AssetSpec thumb = AssetSpec.thumbnailOf(spec);
			Asset thumbnail = thumb == null ? null : byKey.get(thumb.key());
			files.add(new GuideWriter.FileEntry(kind, spec.format(), this.urls.download(asset.downloadToken()),
					thumbnail == null ? null : image(thumbnail)));
		}
		files.sort(java.util.Comparator.comparing(GuideWriter.FileEntry::kind).thenComparing(GuideWriter.FileEntry::format));
		return this.guides.write(new GuideWriter.GuideInput(request.programmeName(), language, held(request), planned, files,
				logo(request)), java.time.Instant.now());
	}

	/** A stored thumbnail, at most 480 px (the studio made it); none when it cannot be read. */
	private java.awt.image.BufferedImage image(Asset asset) {
		try (InputStream in = this.renders.open(asset)) {
			return javax.imageio.ImageIO.read(in);
		}
		catch (java.io.IOException | RuntimeException ex) {
			return null;
		}
	}

	/** The programme's logo as the studio normalised it; none when it cannot be read. */
	private GuideWriter.LogoArt logo(RenderRequest request) {
		if (request.logo() == null) {
			return null;
		}
		try (InputStream in = this.renders.openLogo(request)) {
			byte[] bytes = in.readAllBytes();
			if (request.logo().format() == eu.interreg.cooperationday.studio.system.FileType.SVG) {
				return GuideWriter.LogoArt.of(eu.interreg.cooperationday.studio.brand.SvgArt.load(bytes));
			}
			java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes));
			return image == null ? null : GuideWriter.LogoArt.of(image);
		}
		catch (java.io.IOException | RuntimeException ex) {
			return null;
		}
	}

	@GetMapping("/requests/{id}/kit/posting-calendar.ics")
	ResponseEntity<String> calendar(@PathVariable String id) {
		RenderRequest request = request(id);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header("Content-Disposition", "inline; filename=\"posting-calendar.ics\"")
			.body(PostingCalendar.write(request.programmeName(), posts(request), java.net.URI.create(this.urls.base()).getHost(),
					java.time.Instant.now()));
	}

	@GetMapping("/requests/{id}/kit/posts.md")
	ResponseEntity<String> markdown(@PathVariable String id) {
		RenderRequest request = request(id);
		List<String> notes = untranslated(request);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
			.header("Content-Disposition", "inline; filename=\"posts.md\"")
			.body(PostFiles.markdown(request.programmeName(), posts(request), notes));
	}

	private List<String> untranslated(RenderRequest request) {
		List<String> notes = new ArrayList<>();
		for (Language language : languages(request)) {
			if (!this.words.translated(language)) {
				notes.add("The kit's texts are not translated into " + language.ownName() + " yet: these posts are in English.");
			}
		}
		return notes;
	}

	private RenderRequest request(String id) {
		return this.renders.find(id)
			.filter((r) -> r.status() == RenderStatus.DONE)
			.orElseThrow(() -> new NotFoundException("There is no finished request " + id + "."));
	}

	private static List<Language> languages(RenderRequest request) {
		return request.secondLanguage() == null ? List.of(request.language())
				: List.of(request.language(), request.secondLanguage());
	}

	List<Post> posts(RenderRequest request) {
		Map<String, Asset> assets = this.renders.assets(request.id())
			.stream()
			.collect(Collectors.toMap((a) -> a.spec().key(), Function.identity()));
		String page = this.pages.of(request.id()).map((p) -> p.url()).orElse(this.urls.base() + "/events");
		FileLink card = new FileLink("Public page", page);
		FileLink square = file(assets, AssetSpec.of("social", PosterFormat.SQUARE_1080.format()), "Square image 1080x1080", card);
		FileLink story = file(assets, AssetSpec.of("social", PosterFormat.STORY_1080X1920.format()), "Story image 1080x1920", square);
		FileLink video = file(assets, AssetSpec.video(AssetSpec.VideoShape.LANDSCAPE), "Video 16:9", square);
		return this.posts.posts(new KitPosts.ProgrammeInfo(request.programmeName(), languages(request), held(request), page,
				square, story, video, this.handles.of(request.id())));
	}

	/** The request's events that are held, by date; the campaign's day when it has none. */
	private List<EventInfo> held(RenderRequest request) {
		List<EventInfo> held = this.events.ofRequest(request.id())
			.stream()
			.filter((e) -> !e.cancelled())
			.map(KitController::info)
			.toList();
		if (held.isEmpty()) {
			LocalDate day = this.campaignDay.atYear(LocalDate.now().getYear());
			held = List.of(new EventInfo("day-" + request.id(), this.brand.strings().get(request.language(), "campaign.name"),
					day.isBefore(LocalDate.now()) ? this.campaignDay.atYear(day.getYear() + 1) : day, null,
					ZoneId.of("Europe/Brussels"), 0));
		}
		return held;
	}

	private static EventInfo info(CampaignEvent event) {
		String place = event.city() != null ? event.city() : event.venue();
		return new EventInfo(event.id(), event.title(), event.date(), place, event.zone(), event.sequence());
	}

	private FileLink file(Map<String, Asset> assets, AssetSpec spec, String label, FileLink otherwise) {
		Asset asset = assets.get(spec.key());
		return asset == null ? otherwise : new FileLink(label, this.urls.download(asset.downloadToken()));
	}

}
