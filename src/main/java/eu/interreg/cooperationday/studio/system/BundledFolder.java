package eu.interreg.cooperationday.studio.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A folder shipped inside the application (the brand kit, the video templates) as a directory the
 * plain-Java loaders can read. Run from classes on disk (tests, {@code spring-boot:run}) it is that
 * directory; run from the packaged jar it is copied out once into a temporary directory, removed again
 * when the JVM exits. Either way the copy is read-only input: the folder settings point elsewhere to
 * use another brand kit or other templates.
 */
public final class BundledFolder {

	private static final Logger log = LoggerFactory.getLogger(BundledFolder.class);

	private static final Map<String, Path> FOLDERS = new ConcurrentHashMap<>();

	private BundledFolder() {
	}

	/** The bundled folder {@code name} (a classpath root directory such as {@code brand-assets}). */
	public static Path path(String name) {
		return FOLDERS.computeIfAbsent(name, BundledFolder::locate);
	}

	private static Path locate(String name) {
		URL url = BundledFolder.class.getClassLoader().getResource(name);
		if (url == null) {
			throw new IllegalStateException("The application was built without its " + name + " folder");
		}
		if ("file".equals(url.getProtocol())) {
			try {
				return Path.of(url.toURI());
			}
			catch (URISyntaxException ex) {
				throw new IllegalStateException("Cannot read the bundled folder " + url, ex);
			}
		}
		return extract(name);
	}

	private static Path extract(String name) {
		try {
			Path target = Files.createTempDirectory("studio-" + name + "-");
			Resource[] resources = new PathMatchingResourcePatternResolver(BundledFolder.class.getClassLoader())
				.getResources("classpath*:" + name + "/**");
			String marker = "/" + name + "/";
			int count = 0;
			for (Resource resource : resources) {
				String url = resource.getURL().toString();
				int at = url.lastIndexOf(marker);
				if (at < 0 || url.endsWith("/") || !resource.isReadable()) {
					continue;
				}
				Path file = target.resolve(url.substring(at + marker.length())).normalize();
				if (!file.startsWith(target)) {
					continue;
				}
				Files.createDirectories(file.getParent());
				try (InputStream in = resource.getInputStream()) {
					Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
				}
				count++;
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(target), "delete-" + name));
			log.info("Using the bundled {} ({} files, unpacked to {})", name, count, target);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot unpack the bundled " + name, ex);
		}
	}

	private static void delete(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary directory left behind is harmless
		}
	}

}
