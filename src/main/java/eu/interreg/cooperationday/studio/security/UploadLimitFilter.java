package eu.interreg.cooperationday.studio.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import eu.interreg.cooperationday.studio.programme.UploadLimits;
import eu.interreg.cooperationday.studio.web.ProblemWriter;

/**
 * Public uploads (the form, the render-request API and the preview) may carry one logo of at most
 * {@code studio.limits.logo-max-size} plus the form's words; a larger body is refused with 413 before it
 * is read. The staff bulk upload has its own, larger limit.
 */
@Component
class UploadLimitFilter extends OncePerRequestFilter {

	/** Room for the text fields and the multipart framing beside the logo. */
	static final long FORM_FIELDS_ALLOWANCE = 1024 * 1024;

	private final long maxPublicBody;

	private final ProblemWriter problems;

	UploadLimitFilter(UploadLimits limits, ProblemWriter problems) {
		this.maxPublicBody = limits.logoMaxSize().toBytes() + FORM_FIELDS_ALLOWANCE;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !"POST".equals(request.getMethod())
				|| !(path.equals("/") || path.equals("/api/render-requests") || path.equals("/api/previews"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxPublicBody) {
			response.setHeader("Connection", "close");
			this.problems.write(response, this.problems.logoTooLarge());
			return;
		}
		chain.doFilter(request, response);
	}

}
