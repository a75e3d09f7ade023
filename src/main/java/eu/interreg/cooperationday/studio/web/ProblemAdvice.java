package eu.interreg.cooperationday.studio.web;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import eu.interreg.cooperationday.studio.programme.FieldProblem;
import eu.interreg.cooperationday.studio.programme.RequestRefusedException;
import eu.interreg.cooperationday.studio.storage.StorageException;

/**
 * Every refusal as RFC 9457 {@code application/problem+json}: a title, a sentence for people and, for
 * form fields, an {@code errors} list of {@code {field, reason}}. No stack traces or paths leak.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

	@ExceptionHandler(RequestRefusedException.class)
	ProblemDetail refused(RequestRefusedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(ex.status()), ex.getMessage());
		problem.setTitle(title(ex.status()));
		problem.setProperty("errors", errors(ex.problems()));
		return problem;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler(StorageException.class)
	ProblemDetail storage(StorageException ex) {
		log.error("Object storage failed", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"File storage is not available at the moment. Please try again in a few minutes.");
		problem.setTitle("Storage unavailable");
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				"The upload is too large: the logo may be at most 10 MB.");
		problem.setTitle(title(413));
		problem.setProperty("errors", errors(List.of(new FieldProblem("logo", "The logo is larger than 10 MB."))));
		return handleExceptionInternal(ex, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
	}

	@ExceptionHandler(MultipartException.class)
	ProblemDetail multipart(MultipartException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request must be multipart/form-data with the fields of a render request.");
		problem.setTitle(title(400));
		return problem;
	}

	private static List<Map<String, String>> errors(List<FieldProblem> problems) {
		return problems.stream().map((p) -> Map.of("field", p.field(), "reason", p.reason())).toList();
	}

	private static String title(int status) {
		return switch (status) {
			case 400 -> "Incomplete request";
			case 413 -> "Upload too large";
			case 415 -> "Unsupported file type";
			case 422 -> "Invalid request";
			default -> HttpStatus.valueOf(status).getReasonPhrase();
		};
	}

}
