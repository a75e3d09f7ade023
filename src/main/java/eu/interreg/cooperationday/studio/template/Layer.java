package eu.interreg.cooperationday.studio.template;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One layer of a scene, as a template author writes it. Each kind is a record; every layer has a box
 * (relative units, overridable per shape) and an animation of position, scale, opacity and rotation.
 */
public sealed interface Layer {

	Map<String, Box> boxes();

	Animation animation();

	/** The box for a shape ({@code landscape}, {@code portrait}, {@code square}), else the default one. */
	default Box box(String shape) {
		return boxes().getOrDefault(shape, boxes().get("default"));
	}

	/** Offsets (fractions of the frame), scale factor, opacity 0..1 and rotation in degrees over time. */
	record Animation(Keyframes dx, Keyframes dy, Keyframes scale, Keyframes opacity, Keyframes rotation) {

		public static final Animation NONE = new Animation(Keyframes.constant(0), Keyframes.constant(0),
				Keyframes.constant(1), Keyframes.constant(1), Keyframes.constant(0));

		public boolean isStatic() {
			return this.dx.keys().size() == 1 && this.dy.keys().size() == 1 && this.scale.keys().size() == 1
					&& this.opacity.keys().size() == 1 && this.rotation.keys().size() == 1;
		}

	}

	/** A flat colour over the box. */
	record Solid(Map<String, Box> boxes, Animation animation, Color color) implements Layer {
	}

	/** A linear gradient over the box, at an angle in degrees. */
	record Gradient(Map<String, Box> boxes, Animation animation, List<Color> colors, double angle) implements Layer {
	}

	/** A rectangle (with rounded corners) or an ellipse. */
	record Shape(Map<String, Box> boxes, Animation animation, String kind, Color color, double cornerRadius)
			implements Layer {
	}

	/**
	 * An image fitted into its box: {@code brand:mark}, {@code brand:eu-flag}, {@code programme:logo}, or
	 * a file of the template's folder. SVG is rasterised once, at the size it is shown.
	 */
	record Image(Map<String, Box> boxes, Animation animation, String source, Path file) implements Layer {
	}

	/**
	 * Text from a binding ({@code programme.name}, {@code campaign.slogan}, {@code campaign.name},
	 * {@code campaign.cofunded}, {@code event.title}, {@code event.details}), fitted into its box like
	 * posters: wrapped to {@code maxLines}, then shrunk from {@code maxSize} to {@code minSize} (fractions
	 * of the frame height).
	 */
	record Text(Map<String, Box> boxes, Animation animation, String binding, boolean bold, Color color,
			String align, int maxLines, double maxSize, double minSize) implements Layer {
	}

	/** A video file of the template's folder, decoded with FFmpeg, looped or trimmed to the scene. */
	record Clip(Map<String, Box> boxes, Animation animation, Path file, boolean loop, double start) implements Layer {
	}

}
