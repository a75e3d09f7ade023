package eu.interreg.cooperationday.studio.render;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Render workers ({@code studio.render.*}): partitions run in parallel on this many threads (0: one per core). */
@ConfigurationProperties("studio.render")
record RenderProperties(@DefaultValue("0") int threads) {

	public int effectiveThreads() {
		return this.threads > 0 ? this.threads : Runtime.getRuntime().availableProcessors();
	}

}
