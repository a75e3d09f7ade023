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
	ProgrammeRequestParser programmeRequestParser(StudioProperties properties) {
		StudioProperties.Limits limits = properties.limits();
		return new ProgrammeRequestParser(new LogoIntake(limits.logoMaxSize().toBytes(), limits.logoMaxPixels()));
	}

}
