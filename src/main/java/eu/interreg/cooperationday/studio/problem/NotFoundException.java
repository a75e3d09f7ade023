package eu.interreg.cooperationday.studio.problem;

/** Something asked for by id or token that does not exist; answered 404. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
