package eu.interreg.cooperationday.studio.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.poster.PosterRenderer;
import eu.interreg.cooperationday.studio.programme.LogoIntake;
import eu.interreg.cooperationday.studio.programme.ProgrammeRequestParser;

/** The plain-Java pieces (brand kit, renderers, intake), built once from configuration. */
@Configuration(proxyBeanMethods = false)
class StudioConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	BrandKit brandKit(StudioProperties properties) {
		return BrandKit.load(properties.brandAssets());
	}

	@Bean
	PosterRenderer posterRenderer(BrandKit brand) {
		return new PosterRenderer(brand);
	}

	@Bean
	ProgrammeRequestParser programmeRequestParser(StudioProperties properties, BrandKit brand) {
		StudioProperties.Limits limits = properties.limits();
		// names are set bold, event lines regular: both chains must draw every character
		return new ProgrammeRequestParser(new LogoIntake(limits.logoMaxSize().toBytes(), limits.logoMaxPixels()),
				(text) -> java.util.stream.Stream.concat(brand.bold().missing(text).stream(),
						brand.regular().missing(text).stream()).distinct().toList());
	}

}
