package eu.interreg.cooperationday.studio.video;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import eu.interreg.cooperationday.studio.brand.BrandKit;

/** The video renderer: plain Java, built once with the brand kit. */
@Configuration(proxyBeanMethods = false)
class VideoConfiguration {

	@Bean
	VideoRenderer videoRenderer(BrandKit brand) {
		return new VideoRenderer(brand);
	}

}
