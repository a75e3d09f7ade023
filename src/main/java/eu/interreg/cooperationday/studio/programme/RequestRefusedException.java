package eu.interreg.cooperationday.studio.programme;

import java.util.List;

/**
 * Input from outside that the studio will not take. Carries the HTTP status that fits (400, 413, 415
 * or 422), a sentence for people and, for form fields, which field and why.
 */
public class RequestRefusedException extends RuntimeException {

	private final int status;

	private final List<FieldProblem> problems;

	public RequestRefusedException(int status, String message, List<FieldProblem> problems) {
		super(message);
		this.status = status;
		this.problems = List.copyOf(problems);
	}

	public static RequestRefusedException field(int status, String field, String reason) {
		return new RequestRefusedException(status, reason, List.of(new FieldProblem(field, reason)));
	}

	public int status() {
		return this.status;
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

}
