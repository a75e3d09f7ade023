package eu.interreg.cooperationday.studio.template.internal;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import eu.interreg.cooperationday.studio.brand.TextStyle;
import eu.interreg.cooperationday.studio.system.Sha256;
import eu.interreg.cooperationday.studio.template.Box;
import eu.interreg.cooperationday.studio.template.Easing;
import eu.interreg.cooperationday.studio.template.Keyframes;
import eu.interreg.cooperationday.studio.template.Layer;
import eu.interreg.cooperationday.studio.template.Scene;
import eu.interreg.cooperationday.studio.template.TemplateException;
import eu.interreg.cooperationday.studio.template.TextBinding;
import eu.interreg.cooperationday.studio.template.VideoTemplate;
import eu.interreg.cooperationday.studio.template.ImageSource;

/**
 * Reads a template folder ({@code template.json} plus media) into a {@link VideoTemplate}: first
 * against the JSON Schema beside the templates ({@code template.schema.json}), then for what a schema
 * cannot say (files that must exist, keys in time order). Every refusal names the file, the JSON path
 * and the problem, like {@code campaign/template.json: $.scenes[1].layers[2].type: does not have a
 * value in the enumeration}.
 */
public final class TemplateLoader {

	public static final String DEFINITION = "template.json";

	public static final String SCHEMA = "template.schema.json";

	private final ObjectMapper json = new ObjectMapper();

	private final Schema schema;

	public TemplateLoader(Path schemaFile) {
		try (InputStream in = Files.newInputStream(schemaFile)) {
			this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
		}
		catch (IOException ex) {
			throw new TemplateException("Cannot read the template schema " + schemaFile, ex);
		}
	}

	public VideoTemplate load(Path directory) {
		Path file = directory.resolve(DEFINITION);
		String where = directory.getFileName() + "/" + DEFINITION;
		JsonNode root;
		try {
			root = this.json.readTree(Files.readAllBytes(file));
		}
		catch (IOException ex) {
			throw new TemplateException(where + ": cannot be read (" + ex.getMessage() + ")", ex);
		}
		catch (JacksonException ex) {
			throw new TemplateException(where + ": is not valid JSON: " + ex.getOriginalMessage(), ex);
		}
		List<Error> errors = this.schema.validate(root);
		if (!errors.isEmpty()) {
			throw new TemplateException(errors.stream()
				.map((e) -> where + ": " + jsonPath(e.getInstanceLocation().toString()) + ": " + e.getMessage())
				.collect(Collectors.joining("\n")));
		}
		return new Reader(directory, where).template(root, digest(directory));
	}

	/** "/scenes/3/transition/type" (a JSON pointer) as "$.scenes[3].transition.type", like the other errors. */
	static String jsonPath(String pointer) {
		StringBuilder path = new StringBuilder("$");
		for (String token : pointer.split("/")) {
			if (token.isEmpty()) {
				continue;
			}
			String name = token.replace("~1", "/").replace("~0", "~");
			path.append(name.chars().allMatch(Character::isDigit) ? "[" + name + "]" : "." + name);
		}
		return path.toString();
	}

	/** A hash of the definition and every media file, in name order. */
	static String digest(Path directory) {
		try (Stream<Path> files = Files.list(directory)) {
			MessageDigest sha = Sha256.start();
			for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
				sha.update(path.getFileName().toString().getBytes(StandardCharsets.UTF_8));
				sha.update(Files.readAllBytes(path));
			}
			return Sha256.hex(sha);
		}
		catch (IOException ex) {
			throw new TemplateException("Cannot read the template folder " + directory, ex);
		}
	}

	/** Builds the model from a schema-valid tree; checks what the schema cannot. */
	private record Reader(Path directory, String where) {

		VideoTemplate template(JsonNode root, String digest) {
			Map<String, VideoTemplate.Shape> shapes = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> shape : root.get("shapes").properties()) {
				JsonNode s = shape.getValue();
				shapes.put(shape.getKey(), new VideoTemplate.Shape(shape.getKey(), s.get("format").asString(),
						s.get("width").asInt(), s.get("height").asInt()));
			}
			List<Scene> scenes = new ArrayList<>();
			JsonNode sceneNodes = root.get("scenes");
			for (int i = 0; i < sceneNodes.size(); i++) {
				scenes.add(scene(sceneNodes.get(i), "$.scenes[" + i + "]"));
			}
			if (scenes.get(0).shown() != Scene.Shown.ALWAYS) {
				throw fail("$.scenes[0].when", "the first scene must always be shown");
			}
			VideoTemplate.Audio audio = null;
			JsonNode a = root.get("audio");
			if (a != null) {
				audio = new VideoTemplate.Audio(media(a.get("music").asString(), "$.audio.music"),
						a.path("fadeIn").asDouble(1.0), a.path("fadeOut").asDouble(1.5), a.path("loudness").asDouble(-14));
			}
			return new VideoTemplate(root.get("name").asString(), this.directory, root.get("fps").asInt(), shapes,
					scenes, audio, "drop".equals(root.path("undrawable").asString("refuse")), digest,
					"alternating".equals(root.path("bilingual").asString("paired")) ? VideoTemplate.Bilingual.ALTERNATING
							: VideoTemplate.Bilingual.PAIRED);
		}

		private Scene scene(JsonNode node, String path) {
			List<Layer> layers = new ArrayList<>();
			JsonNode layerNodes = node.get("layers");
			for (int i = 0; i < layerNodes.size(); i++) {
				layers.add(layer(layerNodes.get(i), path + ".layers[" + i + "]"));
			}
			Scene.Transition transition = Scene.Transition.CUT;
			JsonNode t = node.get("transition");
			double duration = node.get("duration").asDouble();
			if (t != null) {
				transition = new Scene.Transition(upper(Scene.Transition.Kind.class, t.get("type").asString()),
						t.get("duration").asDouble());
				if (transition.duration() > duration) {
					throw fail(path + ".transition.duration", "is longer than the scene (" + duration + " s)");
				}
			}
			return new Scene(node.get("id").asString(), duration, transition, layers,
					node.has("when") ? Scene.Shown.WITH_EVENT : Scene.Shown.ALWAYS);
		}

		private Layer layer(JsonNode node, String path) {
			Map<String, Box> boxes = new LinkedHashMap<>();
			boxes.put("default", box(node.get("box")));
			JsonNode overrides = node.get("shapes");
			if (overrides != null) {
				for (Map.Entry<String, JsonNode> entry : overrides.properties()) {
					boxes.put(entry.getKey(), box(entry.getValue()));
				}
			}
			Layer.Animation animation = animation(node.get("animate"), path + ".animate");
			return switch (node.get("type").asString()) {
				case "solid" -> new Layer.Solid(boxes, animation, color(node.get("color")));
				case "gradient" -> {
					List<Color> colors = new ArrayList<>();
					node.get("colors").forEach((c) -> colors.add(color(c)));
					yield new Layer.Gradient(boxes, animation, colors, node.path("angle").asDouble(90));
				}
				case "shape" -> new Layer.Figure(boxes, animation,
						"ellipse".equals(node.get("kind").asString()) ? Layer.Figure.Outline.ELLIPSE
								: Layer.Figure.Outline.RECTANGLE,
						color(node.get("color")), node.path("cornerRadius").asDouble(0));
				case "image" -> {
					String source = node.get("source").asString();
					Path file = source.contains(":") ? null : media(source, path + ".source");
					yield new Layer.Image(boxes, animation, ImageSource.of(source, file));
				}
				case "text" -> {
					double max = node.get("maxSize").asDouble();
					double min = node.get("minSize").asDouble();
					if (min > max) {
						throw fail(path + ".minSize", "is larger than maxSize");
					}
					TextBinding binding = TextBinding.fromKey(node.get("text").asString())
						.orElseThrow(() -> fail(path + ".text", "is not a text binding"));
					yield new Layer.Text(boxes, animation, binding,
							"bold".equals(node.path("weight").asString("regular")), color(node.get("color")),
							upper(TextStyle.Align.class, node.path("align").asString("center")),
							node.path("maxLines").asInt(2), max, min);
				}
				case "clip" -> new Layer.Clip(boxes, animation, media(node.get("file").asString(), path + ".file"),
						node.path("loop").asBoolean(true), node.path("start").asDouble(0));
				default -> throw fail(path + ".type", "is not a layer type");
			};
		}

		private Layer.Animation animation(JsonNode node, String path) {
			if (node == null) {
				return Layer.Animation.NONE;
			}
			return new Layer.Animation(keyframes(node.get("x"), 0, path + ".x"), keyframes(node.get("y"), 0, path + ".y"),
					keyframes(node.get("scale"), 1, path + ".scale"), keyframes(node.get("opacity"), 1, path + ".opacity"),
					keyframes(node.get("rotation"), 0, path + ".rotation"));
		}

		private Keyframes keyframes(JsonNode node, double fallback, String path) {
			if (node == null) {
				return Keyframes.constant(fallback);
			}
			List<Keyframes.Key> keys = new ArrayList<>();
			JsonNode keyNodes = node.get("keys");
			for (int i = 0; i < keyNodes.size(); i++) {
				Keyframes.Key key = new Keyframes.Key(keyNodes.get(i).get(0).asDouble(), keyNodes.get(i).get(1).asDouble());
				if (!keys.isEmpty() && key.time() < keys.get(keys.size() - 1).time()) {
					throw fail(path + ".keys[" + i + "]", "is earlier than the key before it");
				}
				keys.add(key);
			}
			Easing easing = node.has("easing") ? Easing.fromName(node.get("easing").asString()) : Easing.EASE_IN_OUT_CUBIC;
			return new Keyframes(keys, easing);
		}

		private Path media(String name, String path) {
			Path file = this.directory.resolve(name).normalize();
			if (!file.startsWith(this.directory.normalize()) || !Files.isRegularFile(file)) {
				throw fail(path, "names '" + name + "', which is not a file of the template's folder");
			}
			return file;
		}

		/** A schema-checked word as its enum constant: "crossfade" -> CROSSFADE. */
		private static <E extends Enum<E>> E upper(Class<E> type, String word) {
			return Enum.valueOf(type, word.toUpperCase(java.util.Locale.ROOT));
		}

		private static Box box(JsonNode node) {
			return new Box(node.get("x").asDouble(), node.get("y").asDouble(), node.get("w").asDouble(),
					node.get("h").asDouble());
		}

		private static Color color(JsonNode node) {
			String hex = node.asString().substring(1);
			int rgb = Integer.parseInt(hex.substring(0, 6), 16);
			int alpha = hex.length() == 8 ? Integer.parseInt(hex.substring(6), 16) : 255;
			return new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, alpha);
		}

		private TemplateException fail(String path, String problem) {
			return new TemplateException(this.where + ": " + path + ": " + problem);
		}

	}

}
