package eu.interreg.cooperationday.studio.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import eu.interreg.cooperationday.studio.programme.RequestRefusedException;
import eu.interreg.cooperationday.studio.storage.StorageException;
import eu.interreg.cooperationday.studio.system.NotFoundException;
import eu.interreg.cooperationday.studio.system.RateLimits;
import eu.interreg.cooperationday.studio.system.StudioBusyException;

/**
 * Every refusal a controller raises, in any module, answered through the {@link ProblemWriter}. No
 * stack traces or paths leak.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

	private final ProblemWriter problems;

	ProblemAdvice(ProblemWriter problems) {
		this.problems = problems;
	}

	@ExceptionHandler(RequestRefusedException.class)
	ProblemDetail refused(RequestRefusedException ex) {
		return this.problems.refused(ex.refusal());
	}

	@ExceptionHandler(RateLimits.ExceededException.class)
	ResponseEntity<ProblemDetail> tooMany(RateLimits.ExceededException ex) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header("Retry-After", Long.toString(ex.retryAfterSeconds()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(this.problems.tooManyRequests(ex.getMessage(), ex.retryAfterSeconds()));
	}

	@ExceptionHandler(StudioBusyException.class)
	ResponseEntity<ProblemDetail> busy(StudioBusyException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
		problem.setTitle("Busy");
		problem.setProperty("retryAfterSeconds", ex.retryAfterSeconds());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header("Retry-After", Long.toString(ex.retryAfterSeconds()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return this.problems.notFound(ex.getMessage());
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
		return handleExceptionInternal(ex, this.problems.logoTooLarge(), headers, HttpStatus.CONTENT_TOO_LARGE, request);
	}

	@ExceptionHandler(MultipartException.class)
	ProblemDetail multipart(MultipartException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request must be multipart/form-data with the fields of a render request.");
		problem.setTitle("Incomplete request");
		return problem;
	}

}
