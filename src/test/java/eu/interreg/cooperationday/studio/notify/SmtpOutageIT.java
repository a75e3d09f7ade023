package eu.interreg.cooperationday.studio.notify;

import java.time.Duration;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.StudioClient;
import eu.interreg.cooperationday.studio.support.StudioClient.FilePart;
import eu.interreg.cooperationday.studio.support.StudioProcess;
import eu.interreg.cooperationday.studio.support.TestStudio;

import static eu.interreg.cooperationday.studio.support.StudioClient.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SMTP is down when a request finishes: its email waits in the outbox with the error, is tried again
 * with backoff, and once the mail server is back it is delivered, once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SmtpOutageIT {

	/** A port of its own: nothing listens there until the test starts the mail server. */
	static final ServerSetup SMTP = ServerSetupTest.SMTP.port(freePort());

	static GreenMail smtp;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestStudio.embedded(registry);
		TestStudio.smtp(registry, SMTP);
		registry.add("studio.mail.first-retry", () -> "1s");
		registry.add("studio.mail.max-retry", () -> "2s");
	}

	private static int freePort() {
		try {
			return StudioProcess.freePort();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@AfterAll
	static void stop() {
		if (smtp != null) {
			smtp.stop();
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anEmailWaitsForTheMailServerAndIsSentOnce() throws Exception {
		StudioClient client = new StudioClient(this.port);
		String id = client.json(client.submit(form("programmeName", "Interreg North Sea", "language", "en",
				"contactEmail", "comms@northsea.example", "logo", new FilePart("logo.png", "image/png", Fixtures.png(80, 40)),
				"assets", "social")).body()).get("id").asString();
		assertThat(client.awaitFinished(id, Duration.ofSeconds(60)).get("status").asString()).isEqualTo("DONE");

		// tried twice, and waiting (not in the middle of a third try) with its error
		await("tries while SMTP is down").atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("select count(*) from outbox_email where request_id = ? and attempts >= 2 and status = 'PENDING'")
				.param(id).query(Integer.class).single() == 1);
		assertThat(this.jdbc.sql("select last_error from outbox_email where request_id = ?").param(id).query(String.class)
			.single()).isNotBlank();

		smtp = new GreenMail(SMTP);
		smtp.start();
		await("the email, once SMTP is back").atMost(Duration.ofSeconds(30))
			.until(() -> smtp.getReceivedMessages().length >= 1);
		await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(this.jdbc
			.sql("select status from outbox_email where request_id = ?").param(id).query(String.class).single()));
		// several more rounds of the outbox (300 ms each), in any of which a second copy would have gone out
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> smtp.getReceivedMessages().length == 1);
		assertThat(smtp.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo("comms@northsea.example");
	}

}
