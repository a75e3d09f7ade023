package eu.interreg.cooperationday.studio.security.internal;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import eu.interreg.cooperationday.studio.programme.UploadLimits;
import eu.interreg.cooperationday.studio.problem.ProblemWriter;

/**
 * Every body is measured by its {@code Content-Length} before a byte of it is read, first of all filters
 * (before the CSRF check, which would parse a multipart form to find its token): the public uploads (the
 * form, the render-request API, the preview) may carry one logo of at most
 * {@code studio.limits.logo-max-size} plus the form's words, a competition entry five photos of at most
 * {@code studio.limits.photo-max-size} and its words, the staff bulk upload
 * {@code studio.limits.bulk-max-size}, anything else {@code studio.limits.other-max-body}. A larger one
 * gets 413, and a body sent without a length (chunked) gets 411: its size could only be known by reading
 * it. The connection is closed after either answer, so the body is never read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class BodyLimitFilter extends OncePerRequestFilter {

	/** Room for the text fields and the multipart framing beside the logo. */
	static final long FORM_FIELDS_ALLOWANCE = 1024 * 1024;

	/**
	 * Where the form's page for an upload over the limit is drawn (web's form controller): a browser that
	 * posted the form gets the form back, a program the problem+json.
	 */
	static final String FORM_TOO_LARGE = "/form/upload-too-large";

	private static final Set<String> UPLOADS = Set.of("/", "/api/render-requests", "/api/previews");

	private static final Set<String> BULK_UPLOADS = Set.of("/staff/bulk", "/api/bulk-renders");

	/** A competition entry's form: its photos with their words. */
	private static final java.util.regex.Pattern ENTRY_FORM = java.util.regex.Pattern.compile("/p/[^/]+/competition(/[a-z0-9]+)?");

	private final UploadLimits limits;

	private final ProblemWriter problems;

	BodyLimitFilter(UploadLimits limits, ProblemWriter problems) {
		this.limits = limits;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		String transferEncoding = request.getHeader("Transfer-Encoding");
		if (length < 0 && transferEncoding != null && !"identity".equalsIgnoreCase(transferEncoding.strip())) {
			refuse(response, this.problems.status(HttpStatus.LENGTH_REQUIRED, "Length required",
					"Send the body with a Content-Length; bodies of unknown length are not accepted."));
			return;
		}
		String path = request.getRequestURI();
		boolean upload = UPLOADS.contains(path);
		long limit = upload ? this.limits.logoMaxSize().toBytes() + FORM_FIELDS_ALLOWANCE
				: ENTRY_FORM.matcher(path).matches() ? this.limits.entryMaxBody()
				: (BULK_UPLOADS.contains(path) ? this.limits.bulkMaxSize() : this.limits.otherMaxBody()).toBytes();
		if (length > limit && "/".equals(path) && accepts(request, "text/html")) {
			// a person at the form: the form again, the reason beside the logo field (the body is never read)
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setHeader("Connection", "close");
			request.getRequestDispatcher(FORM_TOO_LARGE).forward(new Bodiless(request), response);
			return;
		}
		if (length > limit) {
			refuse(response, upload ? this.problems.refused(this.limits.logoTooLarge())
					: this.problems.status(HttpStatus.CONTENT_TOO_LARGE, "Content too large", "The request body is larger than "
							+ UploadLimits.describe(DataSize.ofBytes(limit)) + ", the most this address takes."));
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean accepts(HttpServletRequest request, String type) {
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains(type);
	}

	/** The request without its body, so that nothing on the way to the page tries to read it. */
	private static final class Bodiless extends HttpServletRequestWrapper {

		Bodiless(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public String getHeader(String name) {
			return "Content-Type".equalsIgnoreCase(name) || "Content-Length".equalsIgnoreCase(name) ? null
					: super.getHeader(name);
		}

		@Override
		public int getContentLength() {
			return 0;
		}

		@Override
		public long getContentLengthLong() {
			return 0;
		}

	}

	private void refuse(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setHeader("Connection", "close");
		this.problems.write(response, problem);
	}

}
