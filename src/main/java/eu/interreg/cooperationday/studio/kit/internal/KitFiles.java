package eu.interreg.cooperationday.studio.kit.internal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.events.CampaignEvent;
import eu.interreg.cooperationday.studio.events.CampaignEvents;
import eu.interreg.cooperationday.studio.kit.KitPosts;
import eu.interreg.cooperationday.studio.kit.KitPosts.EventInfo;
import eu.interreg.cooperationday.studio.kit.KitPosts.FileLink;
import eu.interreg.cooperationday.studio.kit.Post;
import eu.interreg.cooperationday.studio.poster.PosterFormat;
import eu.interreg.cooperationday.studio.render.Asset;
import eu.interreg.cooperationday.studio.render.AssetSpec;
import eu.interreg.cooperationday.studio.render.PublicPages;
import eu.interreg.cooperationday.studio.render.RenderRequest;
import eu.interreg.cooperationday.studio.render.RenderRequests;
import eu.interreg.cooperationday.studio.system.PublicUrls;

/**
 * Writes a request's kit: its posts, its posting calendar and its practical guide per language, from the
 * request, its events (the campaign's, as its communicator keeps them) and its files' stable links. A
 * request without an event posts around the campaign's day ({@code studio.kit.campaign-day}, 21 September
 * by default).
 */
@Component
class KitFiles {

	private final RenderRequests renders;

	private final PublicPages pages;

	private final CampaignEvents events;

	private final PublicUrls urls;

	private final BrandKit brand;

	private final KitWords words;

	private final KitPosts posts;

	private final MonthDay campaignDay;

	private final HandleRepository handles;

	private final GuideWriter guides;

	KitFiles(RenderRequests renders, PublicPages pages, CampaignEvents events, PublicUrls urls, BrandKit brand,
			KitWords words, HandleRepository handles, GuideWriter guides,
			@Value("${studio.kit.campaign-day:--09-21}") String campaignDay) {
		this.guides = guides;
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

	/**
	 * The kit's own files of the request, by name: {@code posts.md}, {@code posts.csv},
	 * {@code posting-calendar.ics} and a {@code guide-{language}.pdf} per language.
	 */
	Map<String, byte[]> all(RenderRequest request) {
		List<Post> planned = posts(request);
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("posts.md", PostFiles.markdown(request.programmeName(), planned, untranslated(request))
			.getBytes(StandardCharsets.UTF_8));
		files.put("posts.csv", PostFiles.csv(planned).getBytes(StandardCharsets.UTF_8));
		files.put("posting-calendar.ics", calendar(request, planned).getBytes(StandardCharsets.UTF_8));
		for (Language language : languages(request)) {
			files.put("guide-" + language.code() + ".pdf", guidePdf(request, language, planned));
		}
		return files;
	}

	/**
	 * A hash of everything the request's kit is written from: the request, its held events (each change
	 * raises an event's sequence), its handles, its files and their links, its public page, the kit's
	 * words and the guide's chapters. Equal hashes mean the stored kit is the kit.
	 */
	String inputs(RenderRequest request) {
		java.security.MessageDigest sha = eu.interreg.cooperationday.studio.system.Sha256.start();
		List<String> parts = new ArrayList<>(List.of(VERSION, this.urls.base(), request.programmeName(),
				String.valueOf(request.programmeNameSecond()), String.valueOf(request.event()),
				languages(request).toString(), held(request).toString(), new java.util.TreeMap<>(this.handles.of(request.id())).toString(),
				this.pages.of(request.id()).map((p) -> p.url()).orElse("-"), this.guides.digest(languages(request)),
				this.brand.digest()));
		this.renders.assets(request.id())
			.stream()
			.map((a) -> a.kind() + "/" + a.format() + ":" + a.sha256() + ":" + a.downloadToken())
			.sorted()
			.forEach(parts::add);
		parts.forEach((part) -> eu.interreg.cooperationday.studio.system.Sha256.update(sha, part));
		return eu.interreg.cooperationday.studio.system.Sha256.hex(sha);
	}

	/** Raised when the kit's writing changes in a way its inputs do not show, so stored kits are written again. */
	private static final String VERSION = "kit-1";

	/** The posting calendar of {@code planned} posts. */
	String calendar(RenderRequest request, List<Post> planned) {
		return PostingCalendar.write(request.programmeName(), planned, java.net.URI.create(this.urls.base()).getHost(),
				java.time.Instant.now());
	}

	/** The practical guide of the request in one of its languages, with its files and {@code planned} posts. */
	byte[] guidePdf(RenderRequest request, Language language, List<Post> planned) {
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

	/** The notes that say which of the request's languages the kit writes in English. */
	List<String> untranslated(RenderRequest request) {
		List<String> notes = new ArrayList<>();
		for (Language language : languages(request)) {
			if (!this.words.translated(language)) {
				notes.add("The kit's texts are not translated into " + language.ownName() + " yet: these posts are in English.");
			}
		}
		return notes;
	}

	/** The request's languages: its own, then its second. */
	static List<Language> languages(RenderRequest request) {
		return request.secondLanguage() == null ? List.of(request.language())
				: List.of(request.language(), request.secondLanguage());
	}

	List<Post> posts(RenderRequest request) {
		Map<String, Asset> assets = this.renders.assets(request.id())
			.stream()
			.collect(Collectors.toMap((a) -> a.spec().key(), Function.identity()));
		String page = this.pages.of(request.id()).map((p) -> p.url()).orElse(this.urls.base() + "/events");
		FileLink card = new FileLink("file.page", page);
		FileLink square = file(assets, AssetSpec.of("social", PosterFormat.SQUARE_1080.format()), "file.square", card);
		FileLink story = file(assets, AssetSpec.of("social", PosterFormat.STORY_1080X1920.format()), "file.story", square);
		FileLink video = file(assets, AssetSpec.video(AssetSpec.VideoShape.LANDSCAPE), "file.video", square);
		return this.posts.posts(new KitPosts.ProgrammeInfo(request.programmeName(), languages(request), held(request), page,
				square, story, video, this.handles.of(request.id())));
	}

	/** The request's events that are held, by date; the campaign's day when it has none. */
	private List<EventInfo> held(RenderRequest request) {
		List<EventInfo> held = this.events.ofRequest(request.id())
			.stream()
			.filter((e) -> !e.cancelled())
			.map(KitFiles::info)
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
