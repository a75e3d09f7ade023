package eu.interreg.cooperationday.studio.problem;

/** The studio cannot take more work now (503): the client should come back after {@code retryAfterSeconds}. */
public class StudioBusyException extends RuntimeException {

	private final long retryAfterSeconds;

	public StudioBusyException(String message, long retryAfterSeconds) {
		super(message);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
