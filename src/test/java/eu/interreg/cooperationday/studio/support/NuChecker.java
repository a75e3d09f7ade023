package eu.interreg.cooperationday.studio.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The Nu HTML Checker (vnu.jar, from npm's {@code vnu-jar}), when {@code STUDIO_IT_VNU_JAR} names it: pages
 * are written to a folder and checked at once, errors only.
 */
public final class NuChecker {

	private NuChecker() {
	}

	/** The checker's jar, when it is installed. */
	public static Optional<Path> jar() {
		String vnu = System.getenv().getOrDefault("STUDIO_IT_VNU_JAR", "");
		return vnu.isBlank() || !Files.isRegularFile(Path.of(vnu)) ? Optional.empty() : Optional.of(Path.of(vnu));
	}

	/** Writes each page (by name) under {@code folder} and answers what the checker reports: blank when no errors. */
	public static String errors(Path jar, Map<String, String> pages, Path folder) throws IOException, InterruptedException {
		Files.createDirectories(folder);
		for (Map.Entry<String, String> page : pages.entrySet()) {
			Files.writeString(folder.resolve(page.getKey() + ".html"), page.getValue());
		}
		Process checker = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
				jar.toString(), "--errors-only", "--skip-non-html", folder.toString()).redirectErrorStream(true).start();
		String report = new String(checker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!checker.waitFor(120, TimeUnit.SECONDS)) {
			checker.destroyForcibly();
			return "vnu did not finish in 120 s";
		}
		return checker.exitValue() == 0 || !report.isBlank() ? report : "vnu exited with " + checker.exitValue();
	}

}
