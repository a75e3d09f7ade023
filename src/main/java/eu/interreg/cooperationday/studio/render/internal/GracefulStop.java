package eu.interreg.cooperationday.studio.render.internal;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * What SIGTERM does to renders (before the web server and the executors stop): no waiting request starts
 * any more (those still queued stay QUEUED and start at the next start), and the jobs that run are let
 * finish what they render for {@code studio.shutdown-grace} (the executors wait that long). A job cut off
 * after that is not marked FAILED ({@link #stopping()}): its request stays RENDERING and resumes at the
 * next start, where only the files it does not have yet are rendered.
 */
@Component
class GracefulStop implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);

	private final ThreadPoolTaskExecutor dispatcher;

	private volatile boolean running;

	private volatile boolean stopping;

	GracefulStop(@Qualifier("renderDispatcher") ThreadPoolTaskExecutor dispatcher) {
		this.dispatcher = dispatcher;
	}

	/** Whether the service is shutting down (a job that ends now was cut off, not broken). */
	boolean stopping() {
		return this.stopping;
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.stopping = true;
		List<Runnable> waiting = new ArrayList<>();
		this.dispatcher.getThreadPoolExecutor().getQueue().drainTo(waiting);
		int running = this.dispatcher.getActiveCount();
		log.info("Stopping: {} waiting requests start at the next start; {} running render jobs may finish", waiting.size(),
				running);
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Before the web server's graceful stop and the schedulers: first thing at SIGTERM. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

}
