package eu.interreg.cooperationday.studio.brand.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import eu.interreg.cooperationday.studio.system.BundledFolder;
import eu.interreg.cooperationday.studio.brand.BrandKit;

/** The brand kit, loaded once at start-up from the configured folder or from the one shipped inside. */
@Configuration(proxyBeanMethods = false)
class BrandConfiguration {

	static final String BUNDLED = "brand-assets";

	@Bean
	BrandKit brandKit(BrandProperties properties) {
		return BrandKit.load(properties.brandAssets() != null ? properties.brandAssets() : BundledFolder.path(BUNDLED));
	}

}
