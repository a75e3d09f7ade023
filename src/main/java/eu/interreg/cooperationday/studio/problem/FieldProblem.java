package eu.interreg.cooperationday.studio.problem;

/** One refused form field and why, in words for the person who filled it in. */
public record FieldProblem(String field, String reason) {
}
