package eu.interreg.cooperationday.studio.video.internal;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.system.Sha256;
import eu.interreg.cooperationday.studio.template.Layer;
import eu.interreg.cooperationday.studio.template.Scene;
import eu.interreg.cooperationday.studio.template.TextBinding;
import eu.interreg.cooperationday.studio.template.VideoTemplate;
import eu.interreg.cooperationday.studio.video.VideoContent;

/**
 * Cuts a video into runs of frames that are the same for every programme (they show only the campaign's
 * words in the video's languages, the brand's marks and the template's own media) and runs that show the
 * programme (its name, its logo, its event). A frame is shared when its scene is, and, while the scene
 * enters, when the scene before it is too: a transition that crosses from a programme's scene into a
 * shared one, or back, belongs to the programme's side, so a join never falls inside a transition.
 * <p>
 * A shared run is named by a digest of everything its frames are made from: the template's and the brand
 * kit's digests, the shape, the encoder settings, where the run lies in the schedule and the words of the
 * scenes it draws. Two videos with equal names have equal frames there, encoded to equal bytes.
 */
public final class Segments {

	/** Shared runs shorter than this many seconds are encoded with the programme's frames around them. */
	static final double SHORTEST = 0.5;

	/** Frames {@code from} (inclusive) to {@code to} (exclusive); {@code key} names a shared run, null otherwise. */
	public record Run(int from, int to, String key) {

		public boolean shared() {
			return this.key != null;
		}

		public int frames() {
			return this.to - this.from;
		}

	}

	private Segments() {
	}

	/**
	 * The runs of a video, in order, covering every frame once. {@code generation} prefixes every key: it
	 * changes with the template, the brand kit and the encoder settings (see {@link #generation}).
	 */
	public static List<Run> plan(VideoTemplate template, VideoTemplate.Shape shape, VideoContent content, String generation,
			VideoEncoder.Settings settings) {
		List<Timeline.ScheduledScene> slots = Timeline.schedule(template, content);
		int frames = template.frameCount();
		boolean[] shared = new boolean[frames];
		for (int index = 0; index < slots.size(); index++) {
			Timeline.ScheduledScene slot = slots.get(index);
			boolean scene = independent(slot.scene());
			boolean before = index > 0 && independent(slots.get(index - 1).scene());
			int entrance = entranceFrames(slots, index, template.fps());
			for (int n = slot.start(); n < slot.start() + slot.frames(); n++) {
				shared[n] = scene && (n - slot.start() >= entrance || before);
			}
		}
		List<int[]> spans = new ArrayList<>();
		int start = 0;
		for (int n = 1; n <= frames; n++) {
			if (n == frames || shared[n] != shared[start]) {
				spans.add(new int[] { start, n, shared[start] ? 1 : 0 });
				start = n;
			}
		}
		// a short shared span is not worth a join: it goes with the programme's frames
		int shortest = (int) Math.ceil(SHORTEST * template.fps());
		List<int[]> merged = new ArrayList<>();
		for (int[] span : spans) {
			boolean keep = span[2] == 1 && span[1] - span[0] >= shortest;
			int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (!keep && last != null && last[2] == 0) {
				last[1] = span[1];
			}
			else {
				merged.add(new int[] { span[0], span[1], keep ? 1 : 0 });
			}
		}
		List<Run> runs = new ArrayList<>();
		for (int[] span : merged) {
			runs.add(new Run(span[0], span[1],
					span[2] == 1 ? key(template, shape, content, generation, settings, slots, span[0], span[1]) : null));
		}
		return runs;
	}

	/** Changes whenever a shared run of any video could change: the template, the brand kit, the encoder. */
	public static String generation(VideoTemplate template, BrandKit brand, VideoEncoder.Settings settings) {
		MessageDigest sha = Sha256.start();
		Sha256.update(sha, "segments-1");
		Sha256.update(sha, template.name());
		Sha256.update(sha, template.digest());
		Sha256.update(sha, brand.digest());
		Sha256.update(sha, settings.toString());
		return Sha256.hex(sha).substring(0, 16);
	}

	/** Whether a scene shows nothing of the programme: only campaign words, brand marks, the template's media. */
	static boolean independent(Scene scene) {
		if (scene.shown() == Scene.Shown.WITH_EVENT) {
			return false;
		}
		return scene.layers().stream().noneMatch(Layer::showsProgramme);
	}

	private static int entranceFrames(List<Timeline.ScheduledScene> slots, int index, int fps) {
		return Timeline.entranceFrames(slots.get(index).scene(), index, fps);
	}

	private static String key(VideoTemplate template, VideoTemplate.Shape shape, VideoContent content,
			String generation, VideoEncoder.Settings settings, List<Timeline.ScheduledScene> slots, int from, int to) {
		MessageDigest sha = Sha256.start();
		Sha256.update(sha, generation);
		Sha256.update(sha, shape.name() + " " + shape.width() + "x" + shape.height() + "@" + template.fps());
		Sha256.update(sha, settings.toString());
		Sha256.update(sha, from + "-" + to + " of " + template.frameCount());
		Sha256.update(sha, content.rightToLeft() + "/" + content.secondRightToLeft() + "/" + template.bilingual());
		java.util.SortedSet<Integer> drawn = new java.util.TreeSet<>();
		for (int index = 0; index < slots.size(); index++) {
			Timeline.ScheduledScene slot = slots.get(index);
			if (slot.start() < to && slot.start() + slot.frames() > from) {
				drawn.add(index);
				if (slot.start() + entranceFrames(slots, index, template.fps()) > from && index > 0) {
					drawn.add(index - 1); // the run shows this scene's entrance, which mixes in the one before
				}
			}
		}
		for (int index : drawn) {
			Timeline.ScheduledScene slot = slots.get(index);
			Sha256.update(sha, index + ":" + slot.scene().id() + ":" + slot.start() + "+" + slot.frames());
			for (Layer layer : slot.scene().layers()) {
				if (layer instanceof Layer.Text text) {
					Sha256.update(sha, text.binding().key());
					Sha256.update(sha, String.valueOf(content.texts().get(text.binding())));
					Sha256.update(sha, String.valueOf(content.secondTexts().get(text.binding())));
				}
			}
		}
		return generation + "/" + Sha256.hex(sha);
	}

}
