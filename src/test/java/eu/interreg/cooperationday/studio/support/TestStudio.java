package eu.interreg.cooperationday.studio.support;

import java.util.UUID;

import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Settings shared by the application tests: a data directory of their own, a free S3 port, fast mail. */
public final class TestStudio {

	private TestStudio() {
	}

	/**
	 * Each test class gets a fresh data directory under target/ and the embedded S3 on a free port; one
	 * test client submits more than a person would, so the per-client limits are raised (PreviewIT
	 * tests them at their real size).
	 */
	public static void embedded(DynamicPropertyRegistry registry) {
		registry.add("studio.data-dir", () -> "./target/it/" + UUID.randomUUID());
		registry.add("studio.s3.embedded-port", () -> 0);
		registry.add("studio.rate-limits.submissions", () -> 1000);
		registry.add("studio.rate-limits.submissions-per-email", () -> 1000);
		registry.add("studio.rate-limits.previews", () -> 1000);
		registry.add("studio.rate-limits.downloads", () -> 10000);
		registry.add("studio.rate-limits.pages", () -> 10000);
		// kits are written when first asked for here (EventsIT also checks the write when a request is DONE):
		// writing a guide for each of the suite's requests would cost minutes of CPU
		registry.add("studio.kit.write-when-done", () -> false);
	}

	/**
	 * SMTP is the GreenMail server, and the outbox looks for mail to send every 300 ms. Senders need not
	 * confirm their address here (ConfirmationIT tests that with confirmation on).
	 */
	public static void smtp(DynamicPropertyRegistry registry, ServerSetup smtp) {
		registry.add("studio.confirmation.mode", () -> "off");
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", smtp::getPort);
		registry.add("studio.mail.poll-interval", () -> "300ms");
	}

}
