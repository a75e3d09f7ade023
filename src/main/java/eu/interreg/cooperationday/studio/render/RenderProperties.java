package eu.interreg.cooperationday.studio.render;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How renders run ({@code studio.render.*}).
 *
 * @param mode {@code local} (partitions run in this process), {@code manager} (requests are taken and
 * their partitions sent to workers over RabbitMQ; nothing is rendered here) or {@code worker} (renders
 * partitions sent by a manager; no pages but {@code /actuator/health})
 * @param threads partitions rendered at once (0: one per core in the local mode, one per two cores on a
 * worker, where each is a video encode that uses two cores well)
 * @param queue the durable RabbitMQ queue of partition requests; one per farm
 * @param workerName how a worker is listed in the staff console (default: host and process id)
 * @param pollInterval how often a manager looks in the job repository for finished partitions
 * @param noWorkerTimeout how long a manager lets partitions wait with no worker connected to the queue
 * before it fails them; the requests restart by themselves when a worker connects
 * @param stallTimeout how long a partition may run on a worker without finishing before the manager fails
 * it (a worker that hangs rather than dies); longer than the longest render
 * @param watchdogInterval how often the manager checks for both
 * @param heartbeat how often a worker records that it is alive and what it renders
 * @param concurrentRequests requests whose jobs run at once (0: 2 in the local mode, 16 on a manager, whose
 * job threads only wait for workers); waiting requests start interactive ones (the form, the API) first,
 * then bulk rows, each in the order they came
 * @param maxPublicBacklog how many public requests may wait to start; beyond it a submission gets 503 with
 * {@code Retry-After} rather than an ever longer wait
 * @param orphanAfter how long a QUEUED or RENDERING request with no job of it in this process is left
 * alone before it is started again (checked every {@code studio.render.recovery-interval}, 30 s)
 */
@ConfigurationProperties("studio.render")
record RenderProperties(@DefaultValue("local") RenderMode mode, @DefaultValue("0") int threads,
		@DefaultValue("studio.render.partitions") String queue, String workerName,
		@DefaultValue("1s") Duration pollInterval, @DefaultValue("5m") Duration noWorkerTimeout,
		@DefaultValue("45m") Duration stallTimeout, @DefaultValue("5s") Duration watchdogInterval,
		@DefaultValue("5s") Duration heartbeat, @DefaultValue("0") int concurrentRequests,
		@DefaultValue("100") int maxPublicBacklog, @DefaultValue("1m") Duration orphanAfter) {

	/** Where partitions are rendered. */
	enum RenderMode {

		LOCAL, MANAGER, WORKER

	}

	public int effectiveThreads() {
		if (this.threads > 0) {
			return this.threads;
		}
		int cores = Runtime.getRuntime().availableProcessors();
		return (this.mode == RenderMode.WORKER) ? Math.max(1, cores / 2) : cores;
	}

	int effectiveConcurrentRequests() {
		if (this.concurrentRequests > 0) {
			return this.concurrentRequests;
		}
		return (this.mode == RenderMode.MANAGER) ? 16 : 2;
	}

	String effectiveWorkerName() {
		if (this.workerName != null && !this.workerName.isBlank()) {
			return this.workerName.strip();
		}
		return host() + ":" + ProcessHandle.current().pid();
	}

	static String host() {
		try {
			return java.net.InetAddress.getLocalHost().getHostName();
		}
		catch (java.io.IOException ex) {
			return "unknown-host";
		}
	}

}
