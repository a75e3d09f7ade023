package eu.interreg.cooperationday.studio.poster.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.visibility.VisibilityChecker;
import eu.interreg.cooperationday.studio.poster.PosterRenderer;

/** The poster renderer: plain Java, built once with the brand kit and the visibility rule staff chose. */
@Configuration(proxyBeanMethods = false)
class PosterConfiguration {

	@Bean
	PosterRenderer posterRenderer(BrandKit brand, VisibilityChecker visibility) {
		return new PosterRenderer(brand, visibility.rule());
	}

}
