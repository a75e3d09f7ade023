package eu.interreg.cooperationday.studio.storage;

/** The object store refused or could not be reached. Operators see the cause; users see a 503. */
public class StorageException extends RuntimeException {

	public StorageException(String message, Throwable cause) {
		super(message, cause);
	}

}
