package eu.interreg.cooperationday.studio.template.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Video templates ({@code studio.video.*}): the folder of templates (STUDIO_VIDEO_TEMPLATES; unset, the
 * templates shipped inside the application), which one requests get, and whether an edited template
 * is picked up on the next render (on by default, for designers; off in production if preferred).
 */
@ConfigurationProperties("studio.video")
record TemplateProperties(Path templates, @DefaultValue("campaign") String template,
		@DefaultValue("true") boolean hotReload) {
}
