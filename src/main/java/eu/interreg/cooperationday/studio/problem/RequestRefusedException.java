package eu.interreg.cooperationday.studio.problem;

import java.util.List;
import eu.interreg.cooperationday.studio.problem.Refusal;
import eu.interreg.cooperationday.studio.problem.FieldProblem;

/** Input from outside that the studio will not take; carries the {@link Refusal}. */
public class RequestRefusedException extends RuntimeException {

	private final Refusal refusal;

	public RequestRefusedException(Refusal refusal) {
		super(refusal.message());
		this.refusal = refusal;
	}

	public RequestRefusedException(Refusal.Kind kind, String message, List<FieldProblem> problems) {
		this(new Refusal(kind, message, problems));
	}

	public static RequestRefusedException field(Refusal.Kind kind, String field, String reason) {
		return new RequestRefusedException(Refusal.field(kind, field, reason));
	}

	public Refusal refusal() {
		return this.refusal;
	}

	public List<FieldProblem> problems() {
		return this.refusal.problems();
	}

}
