package eu.interreg.cooperationday.studio.security;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import eu.interreg.cooperationday.studio.system.RateLimitProperties;
import eu.interreg.cooperationday.studio.system.RateLimits;
import eu.interreg.cooperationday.studio.web.ProblemWriter;

/**
 * The two places the per-address limits are taken: before everything for the API and downloads, and
 * right after the security chain (and its CSRF check) for the form.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitFilters {

	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitsFirst(RateLimitProperties properties, RateLimits limits,
			ProblemWriter problems) {
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
				new RateLimitFilter(properties, limits, problems, false));
		registration.setName("rateLimitsFirst");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitsAfterCsrf(RateLimitProperties properties, RateLimits limits,
			ProblemWriter problems) {
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
				new RateLimitFilter(properties, limits, problems, true));
		registration.setName("rateLimitsAfterCsrf");
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

}
