package eu.interreg.cooperationday.studio.render;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How requests are taken and run ({@code studio.render.*}); the farm's own settings under the same
 * prefix are the {@code farm} module's.
 *
 * @param mode {@code local} (partitions run in this process), {@code manager} (requests are taken and
 * their partitions sent to workers over RabbitMQ; nothing is rendered here) or {@code worker} (renders
 * partitions sent by a manager; no pages but {@code /actuator/health})
 * @param threads partitions rendered at once in the local mode (0: one per core)
 * @param concurrentRequests requests whose jobs run at once (0: 2 in the local mode, 16 on a manager, whose
 * job threads only wait for workers); waiting requests start interactive ones (the form, the API) first,
 * then bulk rows, each in the order they came
 * @param maxPublicBacklog how many public requests may wait to start; beyond it a submission gets 503 with
 * {@code Retry-After} rather than an ever longer wait
 * @param orphanAfter how long a QUEUED or RENDERING request with no job of it in this process is left
 * alone before it is started again (checked every {@code studio.render.recovery-interval}, 30 s)
 */
@ConfigurationProperties("studio.render")
public record RenderProperties(@DefaultValue("local") RenderMode mode, @DefaultValue("0") int threads,
		@DefaultValue("0") int concurrentRequests, @DefaultValue("100") int maxPublicBacklog,
		@DefaultValue("1m") Duration orphanAfter) {

	/** Where partitions are rendered. */
	public enum RenderMode {

		LOCAL, MANAGER, WORKER

	}

	/** Partitions rendered at once in this process in the local mode. */
	public int localThreads() {
		return this.threads > 0 ? this.threads : Runtime.getRuntime().availableProcessors();
	}

	public int effectiveConcurrentRequests() {
		if (this.concurrentRequests > 0) {
			return this.concurrentRequests;
		}
		return (this.mode == RenderMode.MANAGER) ? 16 : 2;
	}

}
