package eu.interreg.cooperationday.studio.kit.internal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.problem.NotFoundException;
import eu.interreg.cooperationday.studio.render.Asset;
import eu.interreg.cooperationday.studio.render.AssetDownloaded;
import eu.interreg.cooperationday.studio.render.RenderRequest;
import eu.interreg.cooperationday.studio.render.RenderRequests;
import eu.interreg.cooperationday.studio.render.RenderStatus;

/**
 * A finished request's kit, from its status page: its posts ({@code /requests/{id}/kit/posts.md} and
 * {@code posts.csv}), its posting calendar, its practical guide per language ({@code guide-de.pdf}) and all
 * of it with its files in {@code campaign-kit.zip}, as {@link KitFiles} writes them.
 */
@RestController
class KitController {

	private final RenderRequests renders;

	private final KitStore kits;

	private final ApplicationEventPublisher publisher;

	KitController(RenderRequests renders, KitStore kits, ApplicationEventPublisher publisher) {
		this.renders = renders;
		this.kits = kits;
		this.publisher = publisher;
	}

	@GetMapping("/requests/{id}/kit/posts.csv")
	ResponseEntity<byte[]> csv(@PathVariable String id) {
		return serve(request(id), "posts.csv", new MediaType("text", "csv", StandardCharsets.UTF_8), "attachment");
	}

	@GetMapping("/requests/{id}/kit/posts.md")
	ResponseEntity<byte[]> markdown(@PathVariable String id) {
		return serve(request(id), "posts.md", new MediaType("text", "markdown", StandardCharsets.UTF_8), "inline");
	}

	@GetMapping("/requests/{id}/kit/posting-calendar.ics")
	ResponseEntity<byte[]> calendar(@PathVariable String id) {
		return serve(request(id), "posting-calendar.ics", new MediaType("text", "calendar", StandardCharsets.UTF_8),
				"inline");
	}

	/** The practical guide in one of the request's languages ({@code guide-de.pdf}). */
	@GetMapping("/requests/{id}/kit/guide-{language}.pdf")
	ResponseEntity<byte[]> guide(@PathVariable String id, @PathVariable String language) {
		RenderRequest request = request(id);
		Language chosen = KitFiles.languages(request).stream()
			.filter((l) -> l.code().equals(language))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Request " + id + " has no guide in '" + language + "'; its languages are "
					+ KitFiles.languages(request).stream().map(Language::code).collect(Collectors.joining(", ")) + "."));
		this.publisher.publishEvent(new AssetDownloaded("pdf", "guide"));
		return serve(request, "guide-" + chosen.code() + ".pdf", MediaType.APPLICATION_PDF, "inline");
	}

	/** A file of the request's kit as stored (written again first when its inputs changed). */
	private ResponseEntity<byte[]> serve(RenderRequest request, String name, MediaType type, String disposition) {
		KitStore.Stored file = this.kits.file(request, name)
			.orElseThrow(() -> new NotFoundException("Request " + request.id() + " has no kit file " + name + "."));
		return ResponseEntity.ok()
			.contentType(type)
			.eTag("\"" + file.sha256() + "\"")
			.header("Content-Disposition", disposition + "; filename=\"" + name + "\"")
			.body(this.kits.read(file));
	}

	/**
	 * The whole kit in one download: its posts ({@code posts.md}, {@code posts.csv}), its posting calendar
	 * and guides as stored, and every file of the request under {@code files/}; streamed as the files are
	 * read from storage.
	 */
	@GetMapping("/requests/{id}/kit/campaign-kit.zip")
	ResponseEntity<StreamingResponseBody> zip(@PathVariable String id) {
		RenderRequest request = request(id);
		List<Asset> stored = this.renders.assets(id);
		List<KitStore.Stored> kit = this.kits.current(request);
		this.publisher.publishEvent(new AssetDownloaded("zip", "campaign-kit"));
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"campaign-kit.zip\"")
			.contentType(MediaType.parseMediaType("application/zip"))
			.body((out) -> {
				try (ZipOutputStream zip = new ZipOutputStream(out)) {
					for (KitStore.Stored file : ordered(kit)) {
						zip.putNextEntry(new ZipEntry(file.name()));
						try (InputStream in = this.kits.open(file)) {
							in.transferTo(zip);
						}
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

	/** The kit's files in the order a reader wants them: the posts, the calendar, then the guides. */
	static List<KitStore.Stored> ordered(List<KitStore.Stored> kit) {
		List<String> first = List.of("posts.md", "posts.csv", "posting-calendar.ics");
		return kit.stream()
			.sorted(java.util.Comparator.comparingInt((KitStore.Stored s) -> first.contains(s.name())
					? first.indexOf(s.name()) : first.size()).thenComparing(KitStore.Stored::name))
			.toList();
	}

	private RenderRequest request(String id) {
		return this.renders.find(id)
			.filter((r) -> r.status() == RenderStatus.DONE)
			.orElseThrow(() -> new NotFoundException("There is no finished request " + id + "."));
	}

}
