package eu.interreg.cooperationday.studio.web;

/** Something asked for by id or token that does not exist; answered 404. */
class NotFoundException extends RuntimeException {

	NotFoundException(String message) {
		super(message);
	}

}
