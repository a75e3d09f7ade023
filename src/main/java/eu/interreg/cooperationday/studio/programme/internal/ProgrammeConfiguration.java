package eu.interreg.cooperationday.studio.programme.internal;

import java.util.List;

import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.places.Gazetteer;
import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.template.VideoTemplates;
import eu.interreg.cooperationday.studio.programme.internal.DecodeBulkhead;
import eu.interreg.cooperationday.studio.programme.internal.LogoIntake;
import eu.interreg.cooperationday.studio.programme.BulkImport;
import eu.interreg.cooperationday.studio.programme.CallbackPolicy;
import eu.interreg.cooperationday.studio.programme.PhotoIntake;
import eu.interreg.cooperationday.studio.programme.ProgrammeRequestParser;
import eu.interreg.cooperationday.studio.programme.UploadLimits;

/** The door's parts: the request parser (with the logo intake and its limits) and the CSV import. */
@Configuration(proxyBeanMethods = false)
class ProgrammeConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ProgrammeConfiguration.class);

	@Bean(destroyMethod = "close")
	DecodeBulkhead decodeBulkhead(UploadLimits limits) {
		int permits = limits.concurrentDecodes() > 0 ? limits.concurrentDecodes()
				: DecodeBulkhead.permitsFor(Runtime.getRuntime().maxMemory(), LogoIntake.bytesPerDecode(limits.logoMaxEdge()),
						Runtime.getRuntime().availableProcessors());
		log.info("Logos are read {} at a time, each within {} s", permits, limits.decodeTimeBudget().toSeconds());
		return new DecodeBulkhead(permits, limits.decodeWait(), limits.decodeTimeBudget());
	}

	@Bean
	ProgrammeRequestParser programmeRequestParser(UploadLimits limits, DecodeBulkhead bulkhead, BrandKit brand,
			VideoTemplates templates, ObjectProvider<CallbackPolicy> callbacks, Gazetteer gazetteer) {
		// a harmonised logo says it is co-funded in its own language: any language's wording counts
		List<String> statements = java.util.stream.Stream.concat(java.util.stream.Stream.of(LogoIntake.ENGLISH_STATEMENT),
				java.util.Arrays.stream(Language.values())
					.filter((language) -> brand.strings().has(language, "cofunded"))
					.map((language) -> brand.strings().get(language, "cofunded")))
			.distinct()
			.toList();
		LogoIntake intake = new LogoIntake(limits.logoMaxSize().toBytes(), limits.logoMaxPixels(), limits.logoMaxEdge(),
				limits.svgMaxElements(), bulkhead, statements);
		// names are set bold, event lines regular: both chains must draw every character
		return new ProgrammeRequestParser(intake,
				(text) -> Stream.concat(brand.bold().missing(text).stream(), brand.regular().missing(text).stream())
					.distinct()
					.toList(),
				() -> templates.chosen().dropUndrawable(),
				callbacks.getIfAvailable(() -> (url) -> Optional.of("This studio sends no webhooks.")), gazetteer);
	}

	@Bean
	PhotoIntake photoIntake(UploadLimits limits, DecodeBulkhead bulkhead) {
		return new PhotoIntake(limits.photoMaxSize().toBytes(), limits.photoMaxPixels(), limits.photoEdge(), bulkhead);
	}

	@Bean
	BulkImport bulkImport(ProgrammeRequestParser parser) {
		return new BulkImport(parser);
	}

}
