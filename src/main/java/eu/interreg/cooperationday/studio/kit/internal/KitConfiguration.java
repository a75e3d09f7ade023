package eu.interreg.cooperationday.studio.kit.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.system.BundledFolder;

/** The kit's words: the brand kit's {@code kit/} folder, or the bundled one when a brand kit has none. */
@Configuration(proxyBeanMethods = false)
class KitConfiguration {

	@Bean
	KitWords kitWords(BrandKit brand) {
		Path own = brand.directory().resolve("kit");
		return new KitWords(Files.isDirectory(own) ? own : BundledFolder.path("brand-assets").resolve("kit"));
	}

}
