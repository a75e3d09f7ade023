package eu.interreg.cooperationday.studio.render.internal;

import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A request's job waiting to start: interactive requests (the form, the API) go before rows of a staff
 * bulk, and within each, first come first served. So a programme asking through the form is not stuck
 * behind a 300-row bulk: it starts as soon as a running job ends.
 */
record QueuedLaunch(boolean interactive, long sequence, Runnable launch) implements Runnable {

	private static final AtomicLong SEQUENCE = new AtomicLong();

	/** Interactive first, then in order; anything else the executor holds after both. */
	static final Comparator<Runnable> ORDER = Comparator
		.comparing((Runnable r) -> (r instanceof QueuedLaunch q) ? (q.interactive ? 0 : 1) : 2)
		.thenComparingLong((r) -> (r instanceof QueuedLaunch q) ? q.sequence : Long.MAX_VALUE);

	static QueuedLaunch of(boolean interactive, Runnable launch) {
		return new QueuedLaunch(interactive, SEQUENCE.incrementAndGet(), launch);
	}

	@Override
	public void run() {
		this.launch.run();
	}

}
