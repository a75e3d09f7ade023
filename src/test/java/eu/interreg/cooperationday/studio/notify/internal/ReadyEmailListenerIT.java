package eu.interreg.cooperationday.studio.notify.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.StudioClient;
import eu.interreg.cooperationday.studio.support.StudioClient.FilePart;
import eu.interreg.cooperationday.studio.support.TestStudio;

import static eu.interreg.cooperationday.studio.support.StudioClient.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import eu.interreg.cooperationday.studio.notify.EmailOutbox;

/**
 * The promise across the module boundary: a finished request always gets its email, exactly once,
 * even when the listener that queues it fails. The outbox is the real one with a fault put in front of
 * it: its first call throws, as a database outage would. The event stays in the publication registry
 * (H2, the real table) as failed, is delivered again, and GreenMail receives one message.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadyEmailListenerIT {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestStudio.embedded(registry);
		TestStudio.smtp(registry, ServerSetupTest.SMTP);
		registry.add("studio.redeliver-events-after", () -> "2s");
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@MockitoSpyBean
	EmailOutbox outbox;

	@Test
	void aListenerThatFailsOnceStillSendsTheEmailExactlyOnce() throws Exception {
		AtomicInteger calls = new AtomicInteger();
		doAnswer((invocation) -> {
			if (calls.incrementAndGet() == 1) {
				throw new IllegalStateException("Injected: the outbox is not reachable");
			}
			return invocation.callRealMethod();
		}).when(this.outbox).enqueueReady(any());

		StudioClient client = new StudioClient(this.port);
		Map<String, Object> fields = form("programmeName", "Interreg Alpine Space", "language", "fr", "contactEmail",
				"comms@alpine.example", "logo", new FilePart("logo.png", "image/png", Fixtures.png(300, 150)), "assets",
				"posters");
		String id = client.json(client.submit(fields).body()).get("id").asString();
		assertThat(client.awaitFinished(id, Duration.ofSeconds(120)).get("status").asString()).isEqualTo("DONE");

		// the first delivery failed and is recorded as such
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(calls.get()).isGreaterThanOrEqualTo(1));
		// delivered again, the email is queued and sent
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(smtp.getReceivedMessages()).hasSize(1));
		MimeMessage message = smtp.getReceivedMessages()[0];
		assertThat(message.getAllRecipients()[0].toString()).isEqualTo("comms@alpine.example");
		assertThat(message.getSubject()).contains("Interreg Alpine Space");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.jdbc
				.sql("select count(*) from event_publication where completion_date is null")
				.query(Integer.class)
				.single()).isZero());

		// and nothing more: later redeliveries find no failed event, and the outbox holds one email
		Thread.sleep(Duration.ofSeconds(5).toMillis());
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		assertThat(calls.get()).isEqualTo(2);
		assertThat(this.jdbc.sql("select count(*) from outbox_email where request_id = ?").param(id)
			.query(Integer.class).single()).isEqualTo(1);
	}

}
