package eu.interreg.cooperationday.studio.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import eu.interreg.cooperationday.studio.template.internal.TemplateLoader;

/**
 * The video templates under one folder, loaded once each. With hot reload on (the embedded default),
 * a template whose files changed is loaded again on its next use, so a designer sees an edit on the
 * next render; a broken edit is refused with its path and the previous version stays in use.
 */
public class VideoTemplates {

	private static final Logger log = LoggerFactory.getLogger(VideoTemplates.class);

	/** The template requests get unless configured otherwise. */
	public static final String DEFAULT = "campaign";

	private final Path root;

	private final String chosen;

	private final boolean hotReload;

	private final TemplateLoader loader;

	private final Map<String, Loaded> loaded = new HashMap<>();

	private record Loaded(VideoTemplate template, String stamp) {
	}

	public VideoTemplates(Path root, boolean hotReload) {
		this(root, DEFAULT, hotReload);
	}

	/** The templates under {@code root}; {@code chosen} names the one requests get. */
	public VideoTemplates(Path root, String chosen, boolean hotReload) {
		this.root = root;
		this.chosen = chosen;
		this.hotReload = hotReload;
		this.loader = new TemplateLoader(root.resolve(TemplateLoader.SCHEMA));
	}

	/** The template requests get, as it is now. */
	public VideoTemplate chosen() {
		return get(this.chosen);
	}

	public synchronized VideoTemplate get(String name) {
		Path directory = this.root.resolve(name).normalize();
		if (!directory.startsWith(this.root.normalize()) || !Files.isDirectory(directory)) {
			throw new TemplateException("There is no video template '" + name + "'");
		}
		Loaded current = this.loaded.get(name);
		if (current != null && !this.hotReload) {
			return current.template();
		}
		String stamp = stamp(directory);
		if (current != null && current.stamp().equals(stamp)) {
			return current.template();
		}
		try {
			VideoTemplate template = this.loader.load(directory);
			this.loaded.put(name, new Loaded(template, stamp));
			if (current != null) {
				log.info("Video template {} reloaded", name);
			}
			return template;
		}
		catch (TemplateException ex) {
			if (current == null) {
				throw ex;
			}
			log.warn("Video template {} changed but cannot be used; keeping the previous version: {}", name,
					ex.getMessage());
			return current.template();
		}
	}

	/** Names, sizes and modification times of the folder's files: changes when any file does. */
	private static String stamp(Path directory) {
		try (Stream<Path> files = Files.list(directory)) {
			StringBuilder stamp = new StringBuilder();
			for (Path file : files.sorted().toList()) {
				stamp.append(file.getFileName())
					.append(':')
					.append(Files.size(file))
					.append(':')
					.append(Files.getLastModifiedTime(file).toMillis())
					.append(';');
			}
			return stamp.toString();
		}
		catch (IOException ex) {
			throw new TemplateException("Cannot read the template folder " + directory, ex);
		}
	}

}
