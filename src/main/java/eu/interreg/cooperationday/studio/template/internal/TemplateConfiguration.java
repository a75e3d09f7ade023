package eu.interreg.cooperationday.studio.template.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import eu.interreg.cooperationday.studio.system.BundledFolder;
import eu.interreg.cooperationday.studio.template.VideoTemplates;

/** The templates; the one requests get is loaded now, so a broken template stops the start-up. */
@Configuration(proxyBeanMethods = false)
class TemplateConfiguration {

	static final String BUNDLED = "video-templates";

	@Bean
	VideoTemplates videoTemplates(TemplateProperties properties) {
		VideoTemplates templates = new VideoTemplates(
				properties.templates() != null ? properties.templates() : BundledFolder.path(BUNDLED),
				properties.template(), properties.hotReload());
		templates.chosen();
		return templates;
	}

}
