package eu.interreg.cooperationday.studio.farm.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import eu.interreg.cooperationday.studio.render.RenderProperties.RenderMode;

/**
 * How a render farm runs ({@code studio.render.*}, beside the render module's own settings there).
 *
 * @param mode the render mode, as {@code render} reads it
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
 */
@ConfigurationProperties("studio.render")
public record FarmProperties(@DefaultValue("local") RenderMode mode, @DefaultValue("0") int threads,
		@DefaultValue("studio.render.partitions") String queue, String workerName,
		@DefaultValue("1s") Duration pollInterval, @DefaultValue("5m") Duration noWorkerTimeout,
		@DefaultValue("45m") Duration stallTimeout, @DefaultValue("5s") Duration watchdogInterval,
		@DefaultValue("5s") Duration heartbeat) {

	public int effectiveThreads() {
		if (this.threads > 0) {
			return this.threads;
		}
		int cores = Runtime.getRuntime().availableProcessors();
		return (this.mode == RenderMode.WORKER) ? Math.max(1, cores / 2) : cores;
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
