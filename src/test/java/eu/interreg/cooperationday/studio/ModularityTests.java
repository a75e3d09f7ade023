package eu.interreg.cooperationday.studio;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module walls: every top-level package is an application module; no cycles between them, and no
 * module reaches into another's internals (Spring Modulith's verification, on the compiled classes).
 * Also writes the module diagrams that {@code docs/modules/} keeps.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(StudioApplication.class);

	@Test
	void modulesHaveNoCyclesAndNoReachIntoInternals() {
		modules.verify();
	}

	@Test
	void everyFeaturePackageIsAModule() {
		assertThat(modules.stream().map(ApplicationModule::getBasePackage).map((p) -> p.getName()
			.substring(StudioApplication.class.getPackageName().length() + 1)))
			.containsExactlyInAnyOrder("brand", "notify", "poster", "programme", "render", "security", "storage",
					"system", "template", "video", "web");
	}

	@Test
	void writesTheModuleDiagrams() throws Exception {
		Path output = Path.of("target", "spring-modulith-docs");
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(output.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		assertThat(output.resolve("components.puml")).exists();
		assertThat(Files.readString(output.resolve("components.puml"))).contains("\"Render\"").contains("\"Notify\"").contains("listens to");
	}

}
