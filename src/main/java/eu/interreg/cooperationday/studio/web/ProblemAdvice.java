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

import eu.interreg.cooperationday.studio.storage.StorageException;
import eu.interreg.cooperationday.studio.problem.NotFoundException;
import eu.interreg.cooperationday.studio.problem.StudioBusyException;
import eu.interreg.cooperationday.studio.problem.ProblemWriter;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;
import eu.interreg.cooperationday.studio.problem.TooManyRequestsException;
import eu.interreg.cooperationday.studio.programme.UploadLimits;

/**
 * Every refusal a controller raises, in any module, answered through the {@link ProblemWriter}. No
 * stack traces or paths leak.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

	private final ProblemWriter problems;

	private final UploadLimits limits;

	ProblemAdvice(ProblemWriter problems, UploadLimits limits) {
		this.problems = problems;
		this.limits = limits;
	}

	@ExceptionHandler(RequestRefusedException.class)
	ProblemDetail refused(RequestRefusedException ex) {
		return this.problems.refused(ex.refusal());
	}

	@ExceptionHandler(TooManyRequestsException.class)
	ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException ex) {
		return this.problems.answer(this.problems.tooManyRequests(ex.getMessage(), ex.retryAfterSeconds()));
	}

	@ExceptionHandler(StudioBusyException.class)
	ResponseEntity<ProblemDetail> busy(StudioBusyException ex) {
		return this.problems.answer(this.problems.busy(ex.getMessage(), ex.retryAfterSeconds()));
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return this.problems.notFound(ex.getMessage());
	}

	@ExceptionHandler(StorageException.class)
	ProblemDetail storage(StorageException ex) {
		log.error("Object storage failed", ex);
		return this.problems.status(HttpStatus.SERVICE_UNAVAILABLE, "Storage unavailable",
				"File storage is not available at the moment. Please try again in a few minutes.");
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return handleExceptionInternal(ex, this.problems.refused(this.limits.logoTooLarge()), headers, HttpStatus.CONTENT_TOO_LARGE, request);
	}

	@ExceptionHandler(MultipartException.class)
	ProblemDetail multipart(MultipartException ex) {
		return this.problems.status(HttpStatus.BAD_REQUEST, "Incomplete request",
				"The request must be multipart/form-data with the fields of a render request.");
	}

}
