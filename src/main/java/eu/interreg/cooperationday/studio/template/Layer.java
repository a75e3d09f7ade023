package eu.interreg.cooperationday.studio.template;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import eu.interreg.cooperationday.studio.brand.TextStyle;

/**
 * One layer of a scene, as a template author writes it. Each kind is a record; every layer has a box
 * (relative units, overridable per shape) and an animation of position, scale, opacity and rotation.
 * Code that treats each kind its own way implements a {@link Visitor}: the compiler then names any kind
 * it forgot.
 */
public sealed interface Layer {

	Map<String, Box> boxes();

	Animation animation();

	/** Hands this layer to the visitor's method for its kind. */
	<R> R accept(Visitor<R> visitor);

	/**
	 * Whether the layer shows anything of the programme (its name, its logo, its event): a scene with such
	 * a layer is the programme's own, one without is the same for every programme and may be shared.
	 * Each kind says so through the visitor, so a new kind cannot be shared by mistake.
	 */
	default boolean showsProgramme() {
		return accept(new Visitor<Boolean>() {

			@Override
			public Boolean solid(Solid solid) {
				return false;
			}

			@Override
			public Boolean gradient(Gradient gradient) {
				return false;
			}

			@Override
			public Boolean figure(Figure figure) {
				return false;
			}

			@Override
			public Boolean image(Image image) {
				return image.source().ofProgramme();
			}

			@Override
			public Boolean text(Text text) {
				return text.binding().ofProgramme();
			}

			@Override
			public Boolean clip(Clip clip) {
				return false;
			}

		});
	}

	/** One method per kind of layer. */
	interface Visitor<R> {

		R solid(Solid solid);

		R gradient(Gradient gradient);

		R figure(Figure figure);

		R image(Image image);

		R text(Text text);

		R clip(Clip clip);

	}

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

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.solid(this);
		}

	}

	/** A linear gradient over the box, at an angle in degrees. */
	record Gradient(Map<String, Box> boxes, Animation animation, List<Color> colors, double angle) implements Layer {

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.gradient(this);
		}

	}

	/**
	 * A plain figure in one colour ({@code "type": "shape"} in a template): a rectangle, with rounded
	 * corners of {@code cornerRadius} (a fraction of the frame's shorter side), or an ellipse.
	 */
	record Figure(Map<String, Box> boxes, Animation animation, Outline outline, Color color, double cornerRadius)
			implements Layer {

		/** The outline of a figure: {@code rect} or {@code ellipse} in a template. */
		public enum Outline {

			RECTANGLE, ELLIPSE

		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.figure(this);
		}

	}

	/**
	 * An image fitted into its box: {@code brand:mark}, {@code brand:eu-flag}, {@code programme:logo}, or
	 * a file of the template's folder. SVG is rasterised once, at the size it is shown.
	 */
	record Image(Map<String, Box> boxes, Animation animation, ImageSource source) implements Layer {

		/** The template's own file it shows, or null for a brand mark or the programme's logo. */
		public Path file() {
			return this.source instanceof ImageSource.TemplateFile own ? own.file() : null;
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.image(this);
		}

	}

	/**
	 * Text from a {@link TextBinding}, fitted into its box like posters: wrapped to {@code maxLines}, then
	 * shrunk from {@code maxSize} to {@code minSize} (fractions of the frame's shorter side), aligned to
	 * the start, centre or end of the line (start is the right for right-to-left languages).
	 */
	record Text(Map<String, Box> boxes, Animation animation, TextBinding binding, boolean bold, Color color,
			TextStyle.Align align, int maxLines, double maxSize, double minSize) implements Layer {

		/** The same text layer, its opacity multiplied by {@code window} (sampled every {@code step} s to {@code end}). */
		public Text fadedBy(Keyframes window, double end, double step) {
			List<Keyframes.Key> keys = new ArrayList<>();
			for (double t = 0; t < end + step / 2; t += step) {
				keys.add(new Keyframes.Key(t, this.animation.opacity().at(t) * window.at(t)));
			}
			Animation faded = new Animation(this.animation.dx(), this.animation.dy(), this.animation.scale(),
					new Keyframes(keys, Easing.LINEAR), this.animation.rotation());
			return new Text(this.boxes, faded, this.binding, this.bold, this.color, this.align, this.maxLines,
					this.maxSize, this.minSize);
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.text(this);
		}

	}

	/** A video file of the template's folder, decoded with FFmpeg, looped or trimmed to the scene. */
	record Clip(Map<String, Box> boxes, Animation animation, Path file, boolean loop, double start) implements Layer {

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.clip(this);
		}

	}

}
