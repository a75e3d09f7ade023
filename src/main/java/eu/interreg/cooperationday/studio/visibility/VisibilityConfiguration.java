package eu.interreg.cooperationday.studio.visibility;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The checker, measuring by the rule staff chose; a rule other than the EU's is said at start-up. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VisibilityProperties.class)
class VisibilityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(VisibilityConfiguration.class);

	@Bean
	VisibilityChecker visibilityChecker(VisibilityProperties properties) {
		VisibilityRule rule = properties.chosen();
		if (rule != VisibilityRule.EU_ANNEX_IX) {
			log.warn("Files are laid out and checked by the visibility rule {}, not the EU's own (eu-annex-ix); "
					+ "every file's report says so", rule.id());
		}
		return new VisibilityChecker(rule);
	}

}
