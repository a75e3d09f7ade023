package eu.interreg.cooperationday.studio.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.poster.PosterRenderer;
import eu.interreg.cooperationday.studio.programme.BulkImport;
import eu.interreg.cooperationday.studio.programme.LogoIntake;
import eu.interreg.cooperationday.studio.programme.ProgrammeRequestParser;
import eu.interreg.cooperationday.studio.render.AssetSpec;
import eu.interreg.cooperationday.studio.template.TemplateException;
import eu.interreg.cooperationday.studio.template.VideoTemplate;
import eu.interreg.cooperationday.studio.template.VideoTemplates;
import eu.interreg.cooperationday.studio.video.VideoRenderer;

/** The plain-Java pieces (brand kit, renderers, templates, intake), built once from configuration. */
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
	VideoRenderer videoRenderer(BrandKit brand) {
		return new VideoRenderer(brand);
	}

	/** The templates; the one requests get is loaded now, so a broken template stops the start-up. */
	@Bean
	VideoTemplates videoTemplates(StudioProperties properties) {
		StudioProperties.Video video = properties.video();
		VideoTemplates templates = new VideoTemplates(video.templates(), video.hotReload());
		VideoTemplate template = templates.get(video.template());
		for (AssetSpec.VideoShape shape : AssetSpec.VideoShape.values()) {
			VideoTemplate.Shape defined = template.shapes().get(shape.shape());
			if (defined == null || !defined.format().equals(shape.format())) {
				throw new TemplateException("Video template " + template.name() + " must define the shape "
						+ shape.shape() + " with format " + shape.format());
			}
		}
		return templates;
	}

	@Bean
	BulkImport bulkImport(ProgrammeRequestParser parser) {
		return new BulkImport(parser);
	}

	@Bean
	ProgrammeRequestParser programmeRequestParser(StudioProperties properties, BrandKit brand,
			VideoTemplates templates) {
		StudioProperties.Limits limits = properties.limits();
		// names are set bold, event lines regular: both chains must draw every character
		return new ProgrammeRequestParser(new LogoIntake(limits.logoMaxSize().toBytes(), limits.logoMaxPixels()),
				(text) -> java.util.stream.Stream.concat(brand.bold().missing(text).stream(),
						brand.regular().missing(text).stream()).distinct().toList(),
				() -> templates.get(properties.video().template()).dropUndrawable());
	}

}
