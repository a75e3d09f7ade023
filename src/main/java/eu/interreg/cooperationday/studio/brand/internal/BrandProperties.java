package eu.interreg.cooperationday.studio.brand.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the campaign identity is read from: {@code studio.brand-assets} (STUDIO_BRAND_ASSETS), a folder
 * laid out like the repository's {@code brand-assets/}. Unset, the brand kit shipped inside the
 * application is used.
 */
@ConfigurationProperties("studio")
record BrandProperties(Path brandAssets) {
}
