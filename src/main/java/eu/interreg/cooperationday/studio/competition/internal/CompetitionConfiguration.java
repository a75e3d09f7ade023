package eu.interreg.cooperationday.studio.competition.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.system.BundledFolder;

/** The competition's words (the brand kit's {@code competition/} folder, or the bundled one) and its renderers. */
@Configuration(proxyBeanMethods = false)
class CompetitionConfiguration {

	@Bean
	CompetitionWords competitionWords(BrandKit brand) {
		Path own = brand.directory().resolve("competition");
		return new CompetitionWords(Files.isDirectory(own) ? own : BundledFolder.path("brand-assets").resolve("competition"));
	}

	@Bean
	CertificatePdf certificatePdf(BrandKit brand, CompetitionWords words) {
		return new CertificatePdf(brand, words);
	}

	@Bean
	WinnerBadge winnerBadge(BrandKit brand) {
		return new WinnerBadge(brand);
	}

}
