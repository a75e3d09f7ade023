package eu.interreg.cooperationday.studio.problem;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;


/**
 * The one place a refusal becomes HTTP: RFC 9457 {@code application/problem+json} with a title, a
 * sentence for people and, for form fields, an {@code errors} list of {@code {field, reason}}. Used by
 * the controllers' advice and by the filters that answer before a controller is reached. Limits named
 * in messages are the configured ones.
 */
@Component
public class ProblemWriter {

	private final JsonMapper json = JsonMapper.builder().build();

	/** The HTTP status of a kind of refusal. */
	public static HttpStatus status(Refusal.Kind kind) {
		return switch (kind) {
			case INCOMPLETE -> HttpStatus.BAD_REQUEST;
			case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
			case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
			case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
		};
	}

	public ProblemDetail refused(Refusal refusal) {
		HttpStatus status = status(refusal.kind());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refusal.message());
		problem.setTitle(title(refusal.kind()));
		problem.setProperty("errors", errors(refusal.problems()));
		return problem;
	}

	/** Any other status, with its title and what to do. */
	public ProblemDetail status(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

	public ProblemDetail notFound(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
		problem.setTitle("Not found");
		return problem;
	}

	public ProblemDetail unauthorized(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
		problem.setTitle("Unauthorized");
		return problem;
	}

	/** 429: a client asked more often than its limit allows; {@code Retry-After} goes beside it. */
	public ProblemDetail tooManyRequests(String detail, long retryAfterSeconds) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, detail);
		problem.setTitle("Too many requests");
		problem.setProperty("retryAfterSeconds", retryAfterSeconds);
		return problem;
	}

	/** 503: the studio cannot take more now; {@code Retry-After} goes beside it. */
	public ProblemDetail busy(String detail, long retryAfterSeconds) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
		problem.setTitle("Busy");
		problem.setProperty("retryAfterSeconds", retryAfterSeconds);
		return problem;
	}

	/** A problem as a controller's answer, with {@code Retry-After} when it carries {@code retryAfterSeconds}. */
	public ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		retryAfter(problem).ifPresent((seconds) -> answer.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)));
		return answer.body(problem);
	}

	/** Writes a problem as the whole response, for code that runs before any controller. */
	public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		retryAfter(problem).ifPresent((seconds) -> response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds)));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType() != null ? problem.getType().toString() : "about:blank");
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			body.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		response.getOutputStream().write(this.json.writeValueAsBytes(body));
	}

	private static java.util.Optional<Long> retryAfter(ProblemDetail problem) {
		return problem.getProperties() != null && problem.getProperties().get("retryAfterSeconds") instanceof Number n
				? java.util.Optional.of(n.longValue()) : java.util.Optional.empty();
	}

	private static List<Map<String, String>> errors(List<FieldProblem> problems) {
		return problems.stream().map((p) -> Map.of("field", p.field(), "reason", p.reason())).toList();
	}

	private static String title(Refusal.Kind kind) {
		return switch (kind) {
			case INCOMPLETE -> "Incomplete request";
			case TOO_LARGE -> "Upload too large";
			case UNSUPPORTED_TYPE -> "Unsupported file type";
			case INVALID -> "Invalid request";
		};
	}

}
