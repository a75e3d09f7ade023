package eu.interreg.cooperationday.studio.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Public uploads (the form and the render-request API) may carry one logo of at most 10 MB; a larger
 * body is refused with 413 before it is read. The staff bulk upload has its own, larger limit.
 */
@Component
class UploadLimitFilter extends OncePerRequestFilter {

	static final long MAX_PUBLIC_BODY = 11L * 1024 * 1024;

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !"POST".equals(request.getMethod()) || !(path.equals("/") || path.equals("/api/render-requests"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > MAX_PUBLIC_BODY) {
			response.setStatus(413);
			response.setHeader("Connection", "close");
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getOutputStream()
				.write(("{\"type\":\"about:blank\",\"title\":\"Upload too large\",\"status\":413,"
						+ "\"detail\":\"The upload is too large: the logo may be at most 10 MB.\","
						+ "\"errors\":[{\"field\":\"logo\",\"reason\":\"The logo is larger than 10 MB.\"}]}")
					.getBytes(StandardCharsets.UTF_8));
			return;
		}
		chain.doFilter(request, response);
	}

}
