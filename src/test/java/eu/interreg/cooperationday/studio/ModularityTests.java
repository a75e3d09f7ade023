package eu.interreg.cooperationday.studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
			.containsExactlyInAnyOrder("brand", "notify", "poster", "programme", "render", "security", "share",
					"stats", "storage", "system", "template", "video", "web");
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

	/** The diagram's lines in order of their text: the documenter does not promise an order of relations. */
	private static List<String> lines(Path diagram) throws IOException {
		return Files.readAllLines(diagram).stream().map(String::strip).filter((l) -> !l.isEmpty()).sorted().toList();
	}

}
