package eu.interreg.cooperationday.studio.web;

import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.coyote.AbstractProtocol;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.tomcat.TomcatWebServer;
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

	private final Supplier<String> connector;

	private final Supplier<Set<String>> threadNames;

	@Autowired
	WebServerHealth(ApplicationContext context) {
		this(() -> connectorName(context), WebServerHealth::liveThreadNames);
	}

	/**
	 * @param connector the name Tomcat gives the connector and its threads ({@code http-nio-8080}), or
	 * null when this process has no Tomcat
	 */
	WebServerHealth(Supplier<String> connector, Supplier<Set<String>> threadNames) {
		this.connector = connector;
		this.threadNames = threadNames;
	}

	@Override
	public Health health() {
		String name = this.connector.get();
		if (name == null) {
			return Health.unknown().withDetail("reason", "no web server in this process").build();
		}
		// Tomcat names the threads when it starts them, before a random port is known ("http-nio-auto-1-"),
		// and may rename the connector after; its threads keep the protocol's prefix
		String prefix = name.startsWith("http-nio-") ? "http-nio-" : name;
		Set<String> names = this.threadNames.get();
		boolean acceptor = names.stream().anyMatch((n) -> n.startsWith(prefix) && n.endsWith("-Acceptor"));
		boolean poller = names.stream().anyMatch((n) -> n.startsWith(prefix) && n.endsWith("-Poller"));
		Health.Builder health = (acceptor && poller) ? Health.up() : Health.down();
		return health.withDetail("connector", name).withDetail("acceptor", acceptor).withDetail("poller", poller).build();
	}

	private static String connectorName(ApplicationContext context) {
		if (context instanceof WebServerApplicationContext web && web.getWebServer() instanceof TomcatWebServer tomcat
				&& tomcat.getTomcat().getConnector().getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
			return protocol.getName().replace("\"", "");
		}
		return null;
	}

	private static Set<String> liveThreadNames() {
		return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
			.collect(Collectors.toSet());
	}

}
