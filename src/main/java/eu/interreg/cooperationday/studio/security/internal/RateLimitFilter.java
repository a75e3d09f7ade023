package eu.interreg.cooperationday.studio.security.internal;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import eu.interreg.cooperationday.studio.problem.ProblemWriter;
import eu.interreg.cooperationday.studio.problem.TooManyRequestsException;
import eu.interreg.cooperationday.studio.security.internal.ClientAddress;
import eu.interreg.cooperationday.studio.security.ClientNetworks;
import eu.interreg.cooperationday.studio.security.RateLimits;

/**
 * Limits per client address: submissions (the form, {@code POST /api/render-requests}), previews
 * ({@code POST /api/previews}), competition votes (per address and per network, {@link ClientNetworks}), campaign pages and feeds ({@code GET /events...}, {@code /embed/...}) and downloads ({@code GET /d/...}, {@code GET /requests/{id}/download.zip}).
 * Over a limit is a 429 problem+json with {@code Retry-After}. The API's limits are taken before the
 * security chain, so a flood costs the studio no decoding; the form's after it
 * ({@link #afterCsrf}), so a forged post without the page's CSRF token gets its 403 and uses no one's
 * quota. Staff sign-ins have their own limit ({@link SignInLimit}); the limit per contact email is checked
 * where the email is read, after the request is parsed.
 */
class RateLimitFilter extends OncePerRequestFilter {

	private static final Pattern EVENTS_FORM = Pattern.compile("/p/[^/]+/events(/.*)?|/requests/[^/]+/kit/handles");

	private static final Pattern VOTE = Pattern.compile("/competition/[^/]+/vote");

	private static final Pattern ZIP_DOWNLOAD = Pattern.compile("/requests/[^/]+/(download\\.zip|kit/campaign-kit\\.zip)");

	private final ProblemWriter problems;

	private final ClientAddress clients;

	private final RateLimits limits;

	private final boolean afterCsrf;

	/**
	 * @param afterCsrf whether this one runs after the security chain and limits the form's posts, or
	 * before it and limits everything else
	 */
	RateLimitFilter(RateLimitProperties properties, RateLimits limits, ProblemWriter problems, boolean afterCsrf) {
		this.problems = problems;
		this.clients = new ClientAddress(properties.trustedProxies());
		this.limits = limits;
		this.afterCsrf = afterCsrf;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		RateLimits.Kind kind = kind(request);
		boolean form = "/".equals(request.getRequestURI());
		return kind == null || form != this.afterCsrf;
	}

	static RateLimits.Kind kind(HttpServletRequest request) {
		String path = request.getRequestURI();
		if ("GET".equals(request.getMethod())) {
			if (path.startsWith("/events") || path.startsWith("/embed/")) {
				return RateLimits.Kind.PAGES;
			}
			return path.startsWith("/d/") || ZIP_DOWNLOAD.matcher(path).matches() ? RateLimits.Kind.DOWNLOADS : null;
		}
		if (!"POST".equals(request.getMethod())) {
			return null;
		}
		if (VOTE.matcher(path).matches()) {
			return RateLimits.Kind.VOTES;
		}
		if (path.startsWith("/events/") || EVENTS_FORM.matcher(path).matches()) {
			return RateLimits.Kind.PAGES;
		}
		return switch (path) {
			case "/", "/api/render-requests" -> RateLimits.Kind.SUBMISSIONS;
			case "/api/previews" -> RateLimits.Kind.PREVIEWS;
			default -> null;
		};
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String client = this.clients.of(request);
		request.setAttribute(RateLimits.CLIENT, client);
		try {
			RateLimits.Kind kind = kind(request);
			this.limits.acquire(kind, client);
			if (kind == RateLimits.Kind.VOTES) {
				this.limits.acquire(RateLimits.Kind.VOTES_PER_NETWORK, ClientNetworks.of(client));
			}
		}
		catch (TooManyRequestsException ex) {
			response.setHeader("Retry-After", Long.toString(ex.retryAfterSeconds()));
			response.setHeader("Connection", "close");
			this.problems.write(response, this.problems.tooManyRequests(ex.getMessage(), ex.retryAfterSeconds()));
			return;
		}
		chain.doFilter(request, response);
	}

}
