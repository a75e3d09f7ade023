package eu.interreg.cooperationday.studio.security.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.OptionalLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import eu.interreg.cooperationday.studio.problem.ProblemWriter;
import eu.interreg.cooperationday.studio.security.internal.ClientAddress;
import eu.interreg.cooperationday.studio.security.internal.SignInLimit;

/**
 * Puts every sign-in attempt under the {@link SignInLimit}: a {@code POST /login} of the form and any
 * request carrying HTTP Basic credentials to the staff API. Runs inside the security chains, after the
 * CSRF check (a forged form post uses no one's attempts) and before authentication (a locked-out address
 * gets 429 with {@code Retry-After}, even with the right password). What authentication answered tells a
 * failure: 401 for Basic, the form's redirect to {@code /login?error}.
 */
final class SignInLimitFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(SignInLimitFilter.class);

	private final SignInLimit limit;

	private final ClientAddress clients;

	private final ProblemWriter problems;

	SignInLimitFilter(SignInLimit limit, ClientAddress clients, ProblemWriter problems) {
		this.limit = limit;
		this.clients = clients;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !(formSignIn(request) || basic(request) != null);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String address = this.clients.of(request);
		boolean form = formSignIn(request);
		String username = form ? request.getParameter("username") : basicUsername(basic(request));
		OptionalLong locked = this.limit.lockedFor(address, username);
		if (locked.isPresent()) {
			log.info("Refused a sign-in from {}: over the limit of {} failures per {}", address, this.limit.attempts(),
					this.limit.window());
			response.setHeader("Retry-After", Long.toString(locked.getAsLong()));
			this.problems.write(response, this.problems.tooManyRequests("Too many failed sign-in attempts: at most "
					+ this.limit.attempts() + " per " + this.limit.window().toSeconds() + " s. Try again in "
					+ locked.getAsLong() + " s.", locked.getAsLong()));
			return;
		}
		chain.doFilter(request, response);
		boolean failed = form ? isFormFailure(response) : response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED;
		if (failed) {
			this.limit.failed(address, username);
		}
	}

	private static boolean formSignIn(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && "/login".equals(request.getRequestURI());
	}

	private static String basic(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Basic ", 0, 6) ? header.substring(6).strip() : null;
	}

	/** The username of Basic credentials; an undecodable header counts under the address alone. */
	static String basicUsername(String credentials) {
		try {
			String decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? null : decoded.substring(0, colon);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean isFormFailure(HttpServletResponse response) {
		String location = response.getHeader("Location");
		return response.getStatus() == HttpServletResponse.SC_FOUND && location != null && location.contains("/login?error");
	}

}
