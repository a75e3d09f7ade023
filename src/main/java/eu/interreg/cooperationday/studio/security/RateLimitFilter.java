package eu.interreg.cooperationday.studio.security;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import eu.interreg.cooperationday.studio.web.ProblemWriter;

/**
 * Limits how often one client submits (the form, {@code POST /api/render-requests}) and asks for a
 * preview ({@code POST /api/previews}), with a resilience4j rate limiter per client and kind: over the
 * limit is a 429 problem+json with {@code Retry-After}, before the body is read. Runs before the upload
 * checks, so a flood costs the studio no decoding.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RateLimitFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

	private final ProblemWriter problems;

	private final ClientAddress clients;

	private final RateLimiterConfig submissions;

	private final RateLimiterConfig previews;

	private final Map<String, RateLimiter> limiters;

	RateLimitFilter(RateLimitProperties properties, ProblemWriter problems) {
		this.problems = problems;
		this.clients = new ClientAddress(properties.trustedProxies());
		this.submissions = config(properties.submissions(), properties.submissionsPeriod());
		this.previews = config(properties.previews(), properties.previewsPeriod());
		int remembered = properties.clients();
		this.limiters = new LinkedHashMap<>(1024, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, RateLimiter> eldest) {
				return size() > remembered;
			}
		};
	}

	private static RateLimiterConfig config(int permits, Duration period) {
		return RateLimiterConfig.custom()
			.limitForPeriod(permits)
			.limitRefreshPeriod(period)
			.timeoutDuration(Duration.ZERO)
			.build();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return kind(request) == null;
	}

	private static String kind(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod())) {
			return null;
		}
		return switch (request.getRequestURI()) {
			case "/", "/api/render-requests" -> "submissions";
			case "/api/previews" -> "previews";
			default -> null;
		};
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String kind = kind(request);
		String client = this.clients.of(request);
		RateLimiter limiter = limiter(kind, client);
		if (limiter.acquirePermission()) {
			chain.doFilter(request, response);
			return;
		}
		long nanos = (limiter instanceof AtomicRateLimiter atomic) ? atomic.getDetailedMetrics().getNanosToWait()
				: limiter.getRateLimiterConfig().getLimitRefreshPeriod().toNanos();
		long seconds = Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
		log.info("Refused {} from {}: over the limit of {} per {}", kind, client,
				limiter.getRateLimiterConfig().getLimitForPeriod(), limiter.getRateLimiterConfig().getLimitRefreshPeriod());
		response.setHeader("Retry-After", Long.toString(seconds));
		response.setHeader("Connection", "close");
		this.problems.write(response, this.problems.tooManyRequests("Too many " + kind + " from your address: at most "
				+ limiter.getRateLimiterConfig().getLimitForPeriod() + " per "
				+ limiter.getRateLimiterConfig().getLimitRefreshPeriod().toSeconds() + " s. Try again in " + seconds + " s.",
				seconds));
	}

	private RateLimiter limiter(String kind, String client) {
		String key = kind + " " + client;
		synchronized (this.limiters) {
			return this.limiters.computeIfAbsent(key,
					(k) -> RateLimiter.of(k, kind.equals("previews") ? this.previews : this.submissions));
		}
	}

}
