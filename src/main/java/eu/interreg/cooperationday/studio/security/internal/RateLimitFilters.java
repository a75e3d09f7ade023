package eu.interreg.cooperationday.studio.security.internal;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import eu.interreg.cooperationday.studio.problem.ProblemWriter;
import eu.interreg.cooperationday.studio.security.internal.RateLimitFilter;
import eu.interreg.cooperationday.studio.security.RateLimits;

/**
 * The two places the per-address limits are taken: before everything for the API and downloads, and
 * right after the security chain (and its CSRF check) for the form.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitFilters {

	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitsFirst(RateLimitProperties properties, RateLimits limits,
			ProblemWriter problems) {
		return registration("rateLimitsFirst", Ordered.HIGHEST_PRECEDENCE + 10,
				new RateLimitFilter(properties, limits, problems, false));
	}

	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitsAfterCsrf(RateLimitProperties properties, RateLimits limits,
			ProblemWriter problems) {
		return registration("rateLimitsAfterCsrf", SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1,
				new RateLimitFilter(properties, limits, problems, true));
	}

	private static FilterRegistrationBean<RateLimitFilter> registration(String name, int order, RateLimitFilter filter) {
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setName(name);
		registration.setOrder(order);
		return registration;
	}

}
