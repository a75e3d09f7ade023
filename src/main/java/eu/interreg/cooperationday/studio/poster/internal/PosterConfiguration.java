package eu.interreg.cooperationday.studio.poster.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.poster.PosterRenderer;

/** The poster renderer: plain Java, built once with the brand kit. */
@Configuration(proxyBeanMethods = false)
class PosterConfiguration {

	@Bean
	PosterRenderer posterRenderer(BrandKit brand) {
		return new PosterRenderer(brand);
	}

}
