package eu.interreg.cooperationday.studio.web;

import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Whether the web server can still take connections: Tomcat accepts them on one thread (the Acceptor)
 * and hands their reads to another (the Poller). An error that kills either (an
 * {@code OutOfMemoryError} did, before the studio exited on one) leaves a port that accepts and never
 * answers; the process looks alive to anyone who only checks it runs. This reports DOWN then, for a
 * supervisor that asks from inside (a container health check over a fresh connection fails anyway).
 */
@Component("webServer")
class WebServerHealth implements HealthIndicator {

	private final Supplier<Integer> port;

	private final Supplier<Set<String>> threadNames;

	@Autowired
	WebServerHealth(ApplicationContext context) {
		this(() -> context instanceof WebServerApplicationContext web && web.getWebServer() != null
				? web.getWebServer().getPort() : -1, WebServerHealth::liveThreadNames);
	}

	WebServerHealth(Supplier<Integer> port, Supplier<Set<String>> threadNames) {
		this.port = port;
		this.threadNames = threadNames;
	}

	@Override
	public Health health() {
		int port = this.port.get();
		if (port <= 0) {
			return Health.unknown().withDetail("reason", "no web server in this process").build();
		}
		Set<String> names = this.threadNames.get();
		String prefix = "http-nio-" + port + "-";
		boolean acceptor = names.contains(prefix + "Acceptor");
		boolean poller = names.contains(prefix + "Poller");
		Health.Builder health = (acceptor && poller) ? Health.up() : Health.down();
		return health.withDetail("port", port).withDetail("acceptor", acceptor).withDetail("poller", poller).build();
	}

	private static Set<String> liveThreadNames() {
		return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
			.collect(Collectors.toSet());
	}

}
