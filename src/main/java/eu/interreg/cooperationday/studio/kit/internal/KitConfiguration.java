package eu.interreg.cooperationday.studio.kit.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.system.BundledFolder;

/** The kit's words and the guide's chapters: the brand kit's folders, or the bundled ones when a brand kit has none. */
@Configuration(proxyBeanMethods = false)
class KitConfiguration {

	@Bean
	KitWords kitWords(BrandKit brand) {
		Path own = brand.directory().resolve("i18n").resolve("kit");
		return new KitWords(Files.isDirectory(own) ? own : BundledFolder.path("brand-assets").resolve("i18n").resolve("kit"));
	}

	/** The guide's writer, with the brand kit's {@code guide/} chapters, or the bundled ones. */
	@Bean
	GuideWriter guideWriter(KitWords words, BrandKit brand) {
		Path own = brand.directory().resolve("guide");
		return new GuideWriter(words,
				new GuideChapters(Files.isDirectory(own) ? own : BundledFolder.path("brand-assets").resolve("guide")), brand);
	}

}
