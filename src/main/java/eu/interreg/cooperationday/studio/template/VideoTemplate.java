package eu.interreg.cooperationday.studio.template;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A video template, loaded and validated: frame rate, output shapes, scenes, and the music bed.
 * {@code dropUndrawable} ("undrawable": "drop") says that characters no campaign face can draw are
 * dropped from programme text instead of refused.
 * Immutable; renderers never see its JSON. {@code digest} identifies the definition and its media, so
 * renders can be cached by their inputs.
 */
public record VideoTemplate(String name, Path directory, int fps, Map<String, Shape> shapes, List<Scene> scenes,
		Audio audio, boolean dropUndrawable, String digest, Bilingual bilingual) {

	public VideoTemplate(String name, Path directory, int fps, Map<String, Shape> shapes, List<Scene> scenes,
			Audio audio, boolean dropUndrawable, String digest) {
		this(name, directory, fps, shapes, scenes, audio, dropUndrawable, digest, Bilingual.PAIRED);
	}

	/**
	 * How a bilingual video shows its two languages: PAIRED sets the second beneath the first in each text
	 * layer; ALTERNATING shows the first language for the first half of the scene and the second for the
	 * rest, crossfading between them.
	 */
	public enum Bilingual {

		PAIRED, ALTERNATING

	}

	/** An output shape: its name ({@code landscape}...), the asset format, and the frame size. */
	public record Shape(String name, String format, int width, int height) {
	}

	/** The music bed: a file of the template, faded in and out, normalised to a loudness (LUFS). */
	public record Audio(Path music, double fadeIn, double fadeOut, double loudness) {
	}

	public VideoTemplate {
		shapes = Map.copyOf(shapes);
		scenes = List.copyOf(scenes);
	}

	/** The full length in seconds: every scene, whether shown or not (hidden ones lend their time). */
	public double duration() {
		return this.scenes.stream().mapToDouble(Scene::duration).sum();
	}

	public int frameCount() {
		return (int) Math.round(duration() * this.fps);
	}

}
