package eu.interreg.cooperationday.studio.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.poster.PosterRenderer;
import eu.interreg.cooperationday.studio.render.AssetRenderer;
import eu.interreg.cooperationday.studio.render.AssetSpec;
import eu.interreg.cooperationday.studio.render.RenderRequest;
import eu.interreg.cooperationday.studio.template.VideoTemplates;
import eu.interreg.cooperationday.studio.video.AudioDescription;
import eu.interreg.cooperationday.studio.video.VideoRenderer;
import eu.interreg.cooperationday.studio.visibility.Placement;
import eu.interreg.cooperationday.studio.visibility.VisibilityChecker;

/**
 * The real renderer, plus a fault for tests: for a programme whose name contains {@code [fail-once]}
 * the A3 poster fails the first time, as a crashed worker would. Counts renders per request.
 */
public class FlakyAssetRenderer extends AssetRenderer {

	public static final String MARKER = "[fail-once]";

	private final Set<String> failed = ConcurrentHashMap.newKeySet();

	private final Map<String, AtomicInteger> renders = new ConcurrentHashMap<>();

	public FlakyAssetRenderer(BrandKit brand, PosterRenderer posters, VideoRenderer videos, VideoTemplates templates,
			VisibilityChecker visibility, AudioDescription description) {
		super(brand, posters, videos, templates, visibility.rule(), description);
	}

	@Override
	public java.util.List<Placement> render(RenderRequest request, byte[] logo, AssetSpec spec, Path out) throws IOException {
		this.renders.computeIfAbsent(request.id(), (id) -> new AtomicInteger()).incrementAndGet();
		if (request.programmeName().contains(MARKER) && spec.format().equals("a3-print") && spec.kind() == eu.interreg.cooperationday.studio.render.AssetKind.POSTER
				&& this.failed.add(request.id())) {
			throw new IOException("Injected failure of the A3 poster");
		}
		return super.render(request, logo, spec, out);
	}

	/** Puts this renderer in place of the real one in an application test: {@code @Import(FlakyAssetRenderer.Config.class)}. */
	@TestConfiguration
	public static class Config {

		@Bean
		@Primary
		FlakyAssetRenderer flakyAssetRenderer(BrandKit brand, PosterRenderer posters, VideoRenderer videos,
				VideoTemplates templates, VisibilityChecker visibility, AudioDescription description) {
			return new FlakyAssetRenderer(brand, posters, videos, templates, visibility, description);
		}

	}

	public int renders(String requestId) {
		AtomicInteger count = this.renders.get(requestId);
		return count == null ? 0 : count.get();
	}

}
