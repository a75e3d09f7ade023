package eu.interreg.cooperationday.studio.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import eu.interreg.cooperationday.studio.system.RateLimitProperties;
import eu.interreg.cooperationday.studio.system.RateLimits;
import eu.interreg.cooperationday.studio.web.ProblemWriter;

/**
 * Limits per client address, before anything is read: submissions (the form, {@code POST
 * /api/render-requests}), previews ({@code POST /api/previews}), downloads ({@code GET /d/...}) and staff
 * sign-in attempts ({@code POST /login}). Over a limit is a 429 problem+json with {@code Retry-After}. Runs
 * before the upload checks and the security chain, so a flood costs the studio no decoding. (The limit per
 * contact email is checked where the email is read, after the request is parsed.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RateLimitFilter extends OncePerRequestFilter {

	private final ProblemWriter problems;

	private final ClientAddress clients;

	private final RateLimits limits;

	RateLimitFilter(RateLimitProperties properties, RateLimits limits, ProblemWriter problems) {
		this.problems = problems;
		this.clients = new ClientAddress(properties.trustedProxies());
		this.limits = limits;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return kind(request) == null;
	}

	private static RateLimits.Kind kind(HttpServletRequest request) {
		String path = request.getRequestURI();
		if ("GET".equals(request.getMethod())) {
			return path.startsWith("/d/") ? RateLimits.Kind.DOWNLOADS : null;
		}
		if (!"POST".equals(request.getMethod())) {
			return null;
		}
		return switch (path) {
			case "/", "/api/render-requests" -> RateLimits.Kind.SUBMISSIONS;
			case "/api/previews" -> RateLimits.Kind.PREVIEWS;
			case "/login" -> RateLimits.Kind.LOGINS;
			default -> null;
		};
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			this.limits.acquire(kind(request), this.clients.of(request));
		}
		catch (RateLimits.ExceededException ex) {
			response.setHeader("Retry-After", Long.toString(ex.retryAfterSeconds()));
			response.setHeader("Connection", "close");
			this.problems.write(response, this.problems.tooManyRequests(ex.getMessage(), ex.retryAfterSeconds()));
			return;
		}
		chain.doFilter(request, response);
	}

}
