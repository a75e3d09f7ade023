package eu.interreg.cooperationday.studio.system;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What every module shares, under {@code studio.*}: the data directory (embedded S3 files, H2, render
 * work files), the address users reach the studio at, and how long an event whose listener failed
 * waits before it is delivered again, and how long a stop (SIGTERM) lets running renders finish
 * ({@code shutdownGrace}). Each module binds its own settings beside these
 * ({@code studio.s3}, {@code studio.render}, {@code studio.mail}, ...).
 */
@ConfigurationProperties("studio")
public record StudioProperties(@DefaultValue("./data") Path dataDir, URI publicBaseUrl,
		@DefaultValue("1m") Duration redeliverEventsAfter, @DefaultValue("60s") Duration shutdownGrace) {
}
