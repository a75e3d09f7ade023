package eu.interreg.cooperationday.studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module walls: every top-level package is an application module; no cycles between them, and no
 * module reaches into another's internals (Spring Modulith's verification, on the compiled classes).
 * The module diagrams are written anew and must match those kept in {@code docs/modules/}, so the map
 * in the repository is the map of the code.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(StudioApplication.class);

	static final Path KEPT = Path.of("docs", "modules");

	@Test
	void modulesHaveNoCyclesAndNoReachIntoInternals() {
		modules.verify();
	}

	@Test
	void everyFeaturePackageIsAModule() {
		assertThat(modules.stream().map(ApplicationModule::getBasePackage).map((p) -> p.getName()
			.substring(StudioApplication.class.getPackageName().length() + 1)))
			.containsExactlyInAnyOrder("brand", "bulk", "competition", "events", "farm", "kit", "notify", "places", "poster", "problem", "programme", "render",
					"security", "sender", "share", "stats", "storage", "system", "template", "video", "visibility", "web");
	}

	@Test
	void theKeptModuleDiagramsAreTheCurrentOnes() throws IOException {
		Path written = Path.of("target", "spring-modulith-docs");
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(written.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		assertThat(Files.readString(written.resolve("components.puml"))).contains("\"Render\"")
			.contains("\"Notify\"")
			.contains("listens to");
		try (Stream<Path> files = Files.list(written)) {
			for (Path diagram : files.filter((f) -> f.toString().endsWith(".puml")).toList()) {
				Path kept = KEPT.resolve(diagram.getFileName());
				assertThat(kept).as("%s is kept in %s (copy target/spring-modulith-docs/*.puml there)",
						diagram.getFileName(), KEPT).exists();
				assertThat(lines(kept)).as("%s changed with the code: copy target/spring-modulith-docs/*.puml to %s",
						diagram.getFileName(), KEPT).isEqualTo(lines(diagram));
			}
		}
	}

	/**
	 * The README's module map names every module and, for each, exactly the modules the diagram says it
	 * uses (in any way: calls, events, types), so the map a newcomer reads cannot go stale.
	 */
	@Test
	void theReadmeModuleMapIsTheDiagram() throws IOException {
		Map<String, Set<String>> diagram = new TreeMap<>();
		Pattern component = Pattern.compile("Component\\(StudioApplication\\.StudioApplication\\.(\\w+),");
		Pattern relation = Pattern.compile(
				"Rel\\(StudioApplication\\.StudioApplication\\.(\\w+), StudioApplication\\.StudioApplication\\.(\\w+),");
		for (String line : Files.readAllLines(KEPT.resolve("components.puml"))) {
			Matcher c = component.matcher(line.strip());
			if (c.lookingAt()) {
				diagram.computeIfAbsent(c.group(1).toLowerCase(Locale.ROOT), (m) -> new TreeSet<>());
			}
			Matcher r = relation.matcher(line.strip());
			if (r.lookingAt()) {
				diagram.computeIfAbsent(r.group(1).toLowerCase(Locale.ROOT), (m) -> new TreeSet<>())
					.add(r.group(2).toLowerCase(Locale.ROOT));
			}
		}
		Map<String, Set<String>> readme = new TreeMap<>();
		Pattern row = Pattern.compile("\\| `(\\w+)` \\|.*\\| ([a-z, ]+) \\|");
		for (String line : Files.readAllLines(Path.of("README.md"))) {
			Matcher m = row.matcher(line.strip());
			if (m.matches()) {
				Set<String> uses = new TreeSet<>(List.of(m.group(2).split(",\\s*")));
				uses.remove("nothing");
				readme.put(m.group(1), uses);
			}
		}
		assertThat(readme).as("README.md's module map, against docs/modules/components.puml").isEqualTo(diagram);
	}

	/** Classes stay small enough to read: none of the main code is over 350 lines. */
	@Test
	void noClassIsOverThreeHundredAndFiftyLines() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
			List<String> long_ = files.filter((f) -> f.toString().endsWith(".java")).filter((f) -> {
				try {
					return Files.readAllLines(f).size() > 350;
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}).map(Path::toString).toList();
			assertThat(long_).isEmpty();
		}
	}

	/**
	 * Methods stay short enough to read: no method of the main code is over 60 lines (a member declared at
	 * the class's indentation, counted to its closing brace; the code is formatted, so that is exact).
	 */
	@Test
	void noMethodIsOverSixtyLines() throws IOException {
		Pattern method = Pattern.compile("^\\t(public |private |protected |static |final |synchronized |<\\w+> )*"
				+ "[\\w<>\\[\\], ?.]+ \\w+\\([^;]*$");
		List<String> longMethods = new java.util.ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				List<String> lines = Files.readAllLines(file);
				for (int i = 0; i < lines.size(); i++) {
					String line = lines.get(i);
					if (!method.matcher(line).matches() || line.strip().matches("(return|new|if|for|while|record|class)\\b.*")
							|| line.strip().matches("(private |public )?record .*")) {
						continue;
					}
					int end = i;
					while (end < lines.size() && !lines.get(end).equals("\t}")) {
						end++;
					}
					if (end - i > 60) {
						longMethods.add(file.getFileName() + ": " + line.strip() + " (" + (end - i) + " lines)");
					}
				}
			}
		}
		assertThat(longMethods).isEmpty();
	}

	/** The diagram's lines in order of their text: the documenter does not promise an order of relations. */
	private static List<String> lines(Path diagram) throws IOException {
		return Files.readAllLines(diagram).stream().map(String::strip).filter((l) -> !l.isEmpty()).sorted().toList();
	}

}
