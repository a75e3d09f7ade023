package eu.interreg.cooperationday.studio.security.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import eu.interreg.cooperationday.studio.storage.AssetStore;
import eu.interreg.cooperationday.studio.system.MapProperties;
import eu.interreg.cooperationday.studio.problem.ProblemWriter;
import eu.interreg.cooperationday.studio.security.internal.ClientAddress;
import eu.interreg.cooperationday.studio.security.internal.RateLimitProperties;

/**
 * Who may do what: the public form, status pages, API and download links are open; the staff console
 * ({@code /staff}, form login, CSRF on its forms) and the staff API ({@code /api/bulk-renders} and
 * {@code /api/stats}, HTTP
 * Basic, stateless) need a staff user, and answer 401 without one.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	static final String STAFF = "STAFF";

	/** Staff who score the competition's entries ({@code studio.staff.jurors}). */
	static final String JURY = "JURY";

	@Bean
	SignInLimit signInLimit(RateLimitProperties limits) {
		return new SignInLimit(limits.logins(), limits.loginsPeriod(), limits.clients(), System::nanoTime);
	}

	@Bean
	@Order(1)
	SecurityFilterChain staffApi(HttpSecurity http, ProblemWriter problems, SignInLimit signIns,
			RateLimitProperties limits) throws Exception {
		http.securityMatcher("/api/bulk-renders", "/api/bulk-renders/**", "/api/stats", "/api/stats/**")
			.addFilterAfter(new SignInLimitFilter(signIns, new ClientAddress(limits.trustedProxies()), problems),
					CsrfFilter.class)
			.authorizeHttpRequests((auth) -> auth.anyRequest().hasRole(STAFF))
			.httpBasic((basic) -> basic.authenticationEntryPoint(problem(problems)))
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain site(HttpSecurity http, ProblemWriter problems, SignInLimit signIns, RateLimitProperties limits,
			AssetStore store, MapProperties map) throws Exception {
		String media = store.publicOrigin();
		http.addFilterAfter(new SignInLimitFilter(signIns, new ClientAddress(limits.trustedProxies()), problems),
				CsrfFilter.class)
			.authorizeHttpRequests((auth) -> auth.requestMatchers("/staff/competition/*/jury", "/staff/competition/*/jury/**")
			.hasRole(JURY)
			.requestMatchers("/staff", "/staff/**")
			.hasRole(STAFF)
			.anyRequest()
			.permitAll())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/staff", false).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/"))
			// the public API is called by programs with no session to protect; forms carry a CSRF token. The
			// unpublish and events forms carry the page's own secret key, the report form its event's, and the
			// handles form sits under the request's own unguessable address: a forged request cannot know them. The
			// competition's entry forms carry the page's key too; a vote asked for counts only once its emailed
			// link is opened.
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/api/**", "/p/*/unpublish", "/p/*/events", "/p/*/events/**",
					"/events/*/report", "/requests/*/kit/handles", "/p/*/competition", "/p/*/competition/**",
					"/competition/*/vote"))
			.exceptionHandling((errors) -> errors.authenticationEntryPoint(loginPage()))
			// Content-Security-Policy and X-Frame-Options per page (PageHeaders: only the widget may be framed);
			// links out tell nothing of the page (an unpublish link carries its key); X-Content-Type-Options is
			// Spring's
			.headers((headers) -> headers.frameOptions((frames) -> frames.disable())
				.addHeaderWriter(new PageHeaders(media, map.tilesOrigin()))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/** 401 with a problem+json body and a Basic challenge. */
	private static AuthenticationEntryPoint problem(ProblemWriter problems) {
		return (request, response, ex) -> {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Cooperation Day Studio staff\"");
			ProblemDetail problem = problems.unauthorized("Staff credentials are required.");
			problem.setInstance(URI.create(request.getRequestURI().replaceAll("[^A-Za-z0-9/_.-]", "")));
			problems.write(response, problem);
		};
	}

	/** 401 with a short page that leads to the login form (the console is for people). */
	private static AuthenticationEntryPoint loginPage() {
		return (request, response, ex) -> {
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			response.setContentType("text/html;charset=UTF-8");
			response.getOutputStream()
				.write(("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign in needed</title>"
						+ "<meta http-equiv=\"refresh\" content=\"0;url=/login\"></head><body><main><h1>Sign in needed</h1>"
						+ "<p>The staff console is for campaign staff. <a href=\"/login\">Sign in</a>.</p></main></body></html>")
					.getBytes(StandardCharsets.UTF_8));
		};
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	UserDetailsService staffUsers(StaffProperties staff, PasswordEncoder encoder) {
		List<UserDetails> users = new ArrayList<>();
		for (StaffProperties.User user : staff.users()) {
			String hash = user.passwordHash().replaceFirst("^\\{bcrypt}", "");
			users.add(User.withUsername(user.username()).password(hash).roles(roles(staff, user.username())).build());
		}
		if (staff.username() != null && staff.password() != null && !staff.password().isBlank()) {
			users.add(User.withUsername(staff.username())
				.password(encoder.encode(staff.password()))
				.roles(roles(staff, staff.username()))
				.build());
		}
		if (users.isEmpty()) {
			byte[] random = new byte[18];
			new SecureRandom().nextBytes(random);
			String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			users.add(User.withUsername("staff").password(encoder.encode(password)).roles(STAFF).build());
			log.warn("No staff user is configured; generated user 'staff' with password {} (set STUDIO_STAFF_USERNAME "
					+ "and STUDIO_STAFF_PASSWORD, or studio.staff.users, to choose one)", password);
		}
		return new InMemoryUserDetailsManager(users);
	}

	private static String[] roles(StaffProperties staff, String username) {
		return staff.jurors().contains(username) ? new String[] { STAFF, JURY } : new String[] { STAFF };
	}

}
