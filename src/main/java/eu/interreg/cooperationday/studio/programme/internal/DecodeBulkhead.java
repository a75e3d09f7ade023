package eu.interreg.cooperationday.studio.programme.internal;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.apache.batik.util.HaltingThread;

import eu.interreg.cooperationday.studio.problem.StudioBusyException;
import eu.interreg.cooperationday.studio.problem.Refusal;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;

/**
 * Bounds what decoding files from outside may cost at once. At most {@link #permits()} decodes run
 * together, a number sized from the heap so that they fit in it whatever the files are; a caller waits
 * at most {@code wait} for a turn and then gets a 503 (never an {@code OutOfMemoryError}). Each decode
 * has a time budget: past it the caller is refused and the work is stopped (Batik's builder checks for
 * a halt between nodes, an image reader is aborted between rows). A decode keeps its turn until it has
 * really stopped, so abandoned work cannot pile up beside new work.
 */
public final class DecodeBulkhead implements AutoCloseable {

	/** Work that can be told to stop: it registers what stops it. */
	@FunctionalInterface
	public interface Work<T> {

		T call(Consumer<Runnable> onTimeout) throws Exception;

	}

	private final Semaphore turns;

	private final int permits;

	private final ExecutorService workers;

	private final Duration wait;

	private final Duration timeBudget;

	public DecodeBulkhead(int permits, Duration wait, Duration timeBudget) {
		this.permits = permits;
		this.turns = new Semaphore(permits, true);
		this.wait = wait;
		this.timeBudget = timeBudget;
		AtomicInteger count = new AtomicInteger();
		this.workers = Executors.newFixedThreadPool(permits, (runnable) -> {
			// Batik stops building a graphics tree when its thread, a HaltingThread, is halted
			Thread thread = new HaltingThread(runnable, "logo-decode-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * How many decodes of at most {@code bytesPerDecode} fit in a quarter of {@code maxHeap} (the rest
	 * is for rendering and the web), at least one and at most one per core.
	 */
	static int permitsFor(long maxHeap, long bytesPerDecode, int cores) {
		return (int) Math.max(1, Math.min(cores, maxHeap / 4 / Math.max(1, bytesPerDecode)));
	}

	int permits() {
		return this.permits;
	}

	Duration timeBudget() {
		return this.timeBudget;
	}

	/**
	 * Runs {@code work} in its turn within the time budget.
	 *
	 * @throws StudioBusyException when no turn comes within the wait
	 * @throws RequestRefusedException when the work takes longer than its budget, or refuses the file
	 */
	public <T> T run(String what, Work<T> work) {
		takeTurn();
		AtomicReference<Runnable> stop = new AtomicReference<>(() -> {
		});
		// whoever sets this owns the turn's release: the work when it starts, the caller when it gives up
		// on work that never started (a cancelled task that is still queued never runs its finally)
		AtomicBoolean claimed = new AtomicBoolean();
		Future<T> future;
		try {
			future = this.workers.submit(() -> {
				if (!claimed.compareAndSet(false, true)) {
					return null; // given up on before it started; the caller released the turn
				}
				Thread worker = Thread.currentThread();
				((HaltingThread) worker).clearHalted();
				stop.set(() -> HaltingThread.haltThread(worker));
				try {
					return work.call((also) -> {
						Runnable halt = stop.get();
						stop.set(() -> {
							halt.run();
							also.run();
						});
					});
				}
				finally {
					this.turns.release();
				}
			});
		}
		catch (RuntimeException ex) {
			this.turns.release();
			throw busy();
		}
		try {
			return future.get(this.timeBudget.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			stop.get().run();
			giveUp(future, claimed);
			throw RequestRefusedException.field(Refusal.Kind.INVALID, "logo", "The " + what + " took longer than "
					+ this.timeBudget.toSeconds() + " s to read; simplify it or export it as a smaller PNG.");
		}
		catch (InterruptedException ex) {
			stop.get().run();
			giveUp(future, claimed);
			Thread.currentThread().interrupt();
			throw busy();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	/** Waits for a turn at most {@code wait}; busy when none comes. */
	private void takeTurn() {
		try {
			if (!this.turns.tryAcquire(this.wait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw busy();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw busy();
		}
	}

	private void giveUp(Future<?> future, AtomicBoolean claimed) {
		future.cancel(true);
		if (claimed.compareAndSet(false, true)) {
			this.turns.release();
		}
	}

	private static StudioBusyException busy() {
		return new StudioBusyException("The studio is reading as many logos as it safely can at once; "
				+ "please try again in a few seconds. Nothing was stored.", 5);
	}

	@Override
	public void close() {
		this.workers.shutdownNow();
	}

}
