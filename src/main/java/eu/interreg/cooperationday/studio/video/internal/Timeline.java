package eu.interreg.cooperationday.studio.video.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.template.Easing;
import eu.interreg.cooperationday.studio.template.Keyframes;
import eu.interreg.cooperationday.studio.template.Layer;
import eu.interreg.cooperationday.studio.template.Scene;
import eu.interreg.cooperationday.studio.template.VideoTemplate;
import eu.interreg.cooperationday.studio.video.internal.Damage;
import eu.interreg.cooperationday.studio.video.internal.LayerRasteriser;
import eu.interreg.cooperationday.studio.video.internal.Overlay;
import eu.interreg.cooperationday.studio.video.VideoContent;

/**
 * A template laid out for one shape and one content: the scenes that are shown, each with its first
 * frame, its frame count and its prepared layers. The static bottom of each scene is composited once
 * into a background; only what moves is drawn per frame.
 */
public final class Timeline implements AutoCloseable {

	/** A scene ready to draw: its place, its background bytes (BGR) and what is drawn over them per frame. */
	public record PlannedScene(int index, Scene scene, int start, int frames, byte[] background, List<Overlay> overlays) {

		int end() {
			return this.start + this.frames;
		}

	}

	private final VideoTemplate template;

	private final int width;

	private final int height;

	private final VideoTemplate.Shape shape;

	private final VideoContent content;

	/** How long the two languages of an alternating text crossfade, in seconds. */
	static final double CROSSFADE = 0.4;

	private final LayerRasteriser rasteriser;

	/** The second language's, when a bilingual template alternates the languages; null otherwise. */
	private final LayerRasteriser secondRasteriser;

	private final List<ScheduledScene> slots;

	/**
	 * Scenes are prepared when first drawn, on the composing thread: the first frames go to the encoder
	 * while later scenes are still being laid out, and a single frame prepares only its own scene.
	 */
	private final PlannedScene[] planned;

	/** Every overlay prepared so far, to close with the timeline. */
	private final List<Overlay> prepared = new ArrayList<>();

	public Timeline(BrandKit brand, VideoTemplate template, VideoTemplate.Shape shape, VideoContent content) {
		this.template = template;
		this.width = shape.width();
		this.height = shape.height();
		this.shape = shape;
		this.content = content;
		boolean alternating = template.bilingual() == VideoTemplate.Bilingual.ALTERNATING && !content.secondTexts().isEmpty();
		// alternating: each language is drawn alone, in its own direction, one after the other
		this.rasteriser = new LayerRasteriser(brand, this.width, this.height,
				alternating ? new VideoContent(content.texts(), content.art(), content.rightToLeft()) : content);
		this.secondRasteriser = alternating
				? new LayerRasteriser(brand, this.width, this.height, content.inSecondLanguage()) : null;
		this.slots = schedule(template, content);
		this.planned = new PlannedScene[this.slots.size()];
	}

	/** When a shown scene runs, in frames. */
	public record ScheduledScene(Scene scene, int start, int frames) {
	}

	/**
	 * The scenes shown for this content, with their frames. A scene that is not shown (an event scene
	 * without an event) lends its time to the scene before it, so the length never changes.
	 */
	public static List<ScheduledScene> schedule(VideoTemplate template, VideoContent content) {
		List<Scene> shown = new ArrayList<>();
		List<Double> durations = new ArrayList<>();
		for (Scene scene : template.scenes()) {
			if (scene.shown() == Scene.Shown.WITH_EVENT && !content.hasEvent()) {
				int last = durations.size() - 1;
				durations.set(last, durations.get(last) + scene.duration());
				continue;
			}
			shown.add(scene);
			durations.add(scene.duration());
		}
		List<ScheduledScene> slots = new ArrayList<>();
		int fps = template.fps();
		double elapsed = 0;
		for (int i = 0; i < shown.size(); i++) {
			int start = (int) Math.round(elapsed * fps);
			elapsed += durations.get(i);
			int end = (i == shown.size() - 1) ? template.frameCount() : (int) Math.round(elapsed * fps);
			slots.add(new ScheduledScene(shown.get(i), start, end - start));
		}
		return slots;
	}

	/**
	 * How many frames the entrance of the {@code index}th scene shown mixes it with the scene before: 0
	 * for the first scene or a cut. The compositor draws by this, and segments are cut by it.
	 */
	static int entranceFrames(Scene scene, int index, int fps) {
		Scene.Transition transition = scene.transition();
		if (index == 0 || !transition.mixes()) {
			return 0;
		}
		return (int) Math.round(transition.duration() * fps);
	}

	private PlannedScene prepare(int index) {
		ScheduledScene slot = this.slots.get(index);
		Scene scene = slot.scene();
		BufferedImage background = new BufferedImage(this.width, this.height, BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D g = background.createGraphics();
		List<Overlay> overlays = new ArrayList<>();
		try {
			double seconds = (double) slot.frames() / this.template.fps();
			for (Layer layer : scene.layers()) {
				for (Overlay overlay : overlays(layer, seconds)) {
					this.prepared.add(overlay);
					if (overlays.isEmpty() && overlay.isStatic()) {
						overlay.draw(g, 0);
					}
					else {
						overlays.add(overlay);
					}
				}
			}
		}
		finally {
			g.dispose();
		}
		byte[] bytes = ((DataBufferByte) background.getRaster().getDataBuffer()).getData();
		return new PlannedScene(index, scene, slot.start(), slot.frames(), bytes, overlays);
	}

	/**
	 * A layer's overlays: one, none (nothing to show), or for a text in two languages that alternate, the
	 * first language for the first half of the scene and the second for the rest, crossfading over
	 * {@value #CROSSFADE} s at the middle.
	 */
	private List<Overlay> overlays(Layer layer, double seconds) {
		if (this.secondRasteriser != null && layer instanceof Layer.Text text) {
			String second = this.content.secondTexts().get(text.binding());
			String first = this.content.texts().get(text.binding());
			if (second != null && first != null && !second.equals(first)) {
				double middle = seconds / 2;
				Keyframes firstHalf = new Keyframes(List.of(new Keyframes.Key(middle - CROSSFADE / 2, 1),
						new Keyframes.Key(middle + CROSSFADE / 2, 0)), Easing.LINEAR);
				Keyframes secondHalf = new Keyframes(List.of(new Keyframes.Key(middle - CROSSFADE / 2, 0),
						new Keyframes.Key(middle + CROSSFADE / 2, 1)), Easing.LINEAR);
				double step = 1.0 / this.template.fps();
				List<Overlay> both = new ArrayList<>();
				Overlay one = this.rasteriser.prepare(text.fadedBy(firstHalf, seconds, step), this.shape.name());
				Overlay two = this.secondRasteriser.prepare(text.fadedBy(secondHalf, seconds, step), this.shape.name());
				if (one != null) {
					both.add(one);
				}
				if (two != null) {
					both.add(two);
				}
				return both;
			}
		}
		Overlay overlay = this.rasteriser.prepare(layer, this.shape.name());
		return overlay == null ? List.of() : List.of(overlay);
	}

	public int width() {
		return this.width;
	}

	public int height() {
		return this.height;
	}

	public int frameCount() {
		return this.template.frameCount();
	}

	public int fps() {
		return this.template.fps();
	}

	/** The {@code index}th scene shown, prepared on first use. */
	public PlannedScene scene(int index) {
		if (this.planned[index] == null) {
			this.planned[index] = prepare(index);
		}
		return this.planned[index];
	}

	PlannedScene sceneAt(int frame) {
		for (int index = 0; index < this.slots.size(); index++) {
			ScheduledScene slot = this.slots.get(index);
			if (frame < slot.start() + slot.frames()) {
				return scene(index);
			}
		}
		return scene(this.slots.size() - 1);
	}

	PlannedScene before(PlannedScene scene) {
		return scene.index() > 0 ? scene(scene.index() - 1) : null;
	}

	/** Draws {@code scene} as it is at {@code frame} into {@code target} (a 3-byte BGR image of frame size). */
	void draw(PlannedScene scene, int frame, BufferedImage target, Graphics2D g) {
		draw(scene, frame, target, g, null);
	}

	/**
	 * Draws {@code scene} as it is at {@code frame} into {@code target}, which already holds the scene's
	 * background everywhere but in {@code stale} (null: anywhere), so only that is put back first.
	 */
	void draw(PlannedScene scene, int frame, BufferedImage target, Graphics2D g, Damage stale) {
		byte[] pixels = ((DataBufferByte) target.getRaster().getDataBuffer()).getData();
		if (stale == null) {
			System.arraycopy(scene.background(), 0, pixels, 0, pixels.length);
		}
		else {
			stale.copy(scene.background(), pixels, this.width, this.height);
		}
		double time = (frame - scene.start()) / (double) fps();
		for (Overlay overlay : scene.overlays()) {
			overlay.draw(g, time);
		}
	}

	public static Graphics2D graphics(BufferedImage image) {
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_SPEED);
		return g;
	}

	@Override
	public void close() {
		this.prepared.forEach(Overlay::close);
	}

}
