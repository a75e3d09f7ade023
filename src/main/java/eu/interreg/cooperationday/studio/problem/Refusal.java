package eu.interreg.cooperationday.studio.problem;

import java.util.List;

/**
 * Why the studio will not take an input, as a value: what kind of refusal it is, a sentence for people
 * and, for form fields, which field and why. The web layer alone turns a kind into an HTTP status.
 */
public record Refusal(Kind kind, String message, List<FieldProblem> problems) {

	/** The kinds of refusal. */
	public enum Kind {

		/** A required field or file is missing. */
		INCOMPLETE,
		/** An upload is larger than its limit. */
		TOO_LARGE,
		/** A file is not of a type the studio takes, or not what its name or declared type says. */
		UNSUPPORTED_TYPE,
		/** Anything else that is not valid. */
		INVALID

	}

	public Refusal {
		problems = List.copyOf(problems);
	}

	/** One field refused for one reason, which is also the message. */
	public static Refusal field(Kind kind, String field, String reason) {
		return new Refusal(kind, reason, List.of(new FieldProblem(field, reason)));
	}

}
