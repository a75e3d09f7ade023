package eu.interreg.cooperationday.studio.notify;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import eu.interreg.cooperationday.studio.storage.AssetStore;
import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.Mails;
import eu.interreg.cooperationday.studio.support.StudioClient;
import eu.interreg.cooperationday.studio.support.StudioClient.FilePart;
import eu.interreg.cooperationday.studio.support.TestStudio;

import static eu.interreg.cooperationday.studio.support.StudioClient.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Confirmed senders with SMTP configured (so confirmation is on by default): a new address waits until
 * the link mailed to it is opened, then renders; the link works once; a confirmed address and one at a
 * trusted domain render at once; an unconfirmed request is deleted with its logos when its link expires.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConfirmationIT {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestStudio.embedded(registry);
		TestStudio.smtp(registry, ServerSetupTest.SMTP);
		registry.add("studio.confirmation.mode", () -> "auto");
		registry.add("studio.confirmation.link-valid-for", () -> "8s");
		registry.add("studio.confirmation.cleanup-interval", () -> "500ms");
		registry.add("studio.confirmation.trusted-domains", () -> "secretariat.interreg.example");
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AssetStore store;

	StudioClient client() {
		return new StudioClient(this.port);
	}

	Map<String, Object> request(String email) {
		return form("programmeName", "Interreg Danube", "language", "en", "contactEmail", email, "logo",
				new FilePart("logo.png", "image/png", Fixtures.png(80, 40)), "assets", "social");
	}

	@Test
	@Order(1)
	void aNewAddressWaitsForItsLinkThenRenders() throws Exception {
		HttpResponse<String> accepted = client().submit(request("new@programme.example"));
		assertThat(accepted.statusCode()).isEqualTo(202);
		JsonNode body = client().json(accepted.body());
		assertThat(body.get("status").asString()).isEqualTo("AWAITING_CONFIRMATION");
		String id = body.get("id").asString();

		MimeMessage mail = awaitMail("new@programme.example", 1).get(0);
		assertThat(mail.getSubject()).contains("confirm");
		String text = Mails.part(mail, "text/plain");
		Matcher link = Pattern.compile("http://localhost:\\d+/confirm/([A-Za-z0-9_-]{43})").matcher(text);
		assertThat(link.find()).as(text).isTrue();
		assertThat(status(id)).as("nothing is made before the link is opened").isEqualTo("AWAITING_CONFIRMATION");
		assertThat(client().json(client().get("/api/render-requests/" + id).body()).get("assets")).isEmpty();

		HttpResponse<String> confirmed = client().get(link.group());
		assertThat(confirmed.statusCode()).isEqualTo(200);
		assertThat(confirmed.body()).contains("your address is confirmed");
		JsonNode done = client().awaitFinished(id, Duration.ofSeconds(60));
		assertThat(done.get("status").asString()).isEqualTo("DONE");
		awaitMail("new@programme.example", 2);
		assertThat(client().get(link.group()).statusCode()).as("a link works once").isEqualTo(404);
		assertThat(client().get("/confirm/" + "x".repeat(43)).statusCode()).isEqualTo(404);
		assertThat(this.jdbc.sql("select count(*) from sender_confirmation where token_sha256 = ?").param(link.group(1))
			.query(Long.class).single()).as("tokens are kept as hashes only").isZero();
	}

	@Test
	@Order(2)
	void aConfirmedAddressAndATrustedDomainRenderAtOnce() throws Exception {
		for (String email : List.of("NEW@programme.example", "comms@secretariat.interreg.example")) {
			HttpResponse<String> accepted = client().submit(request(email));
			assertThat(client().json(accepted.body()).get("status").asString()).as(email).isEqualTo("QUEUED");
			String id = client().json(accepted.body()).get("id").asString();
			assertThat(client().awaitFinished(id, Duration.ofSeconds(60)).get("status").asString()).isEqualTo("DONE");
		}
		long confirmations = 0;
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getSubject().contains("confirm")) {
				confirmations++;
			}
		}
		assertThat(confirmations).as("only the first request asked for a confirmation").isEqualTo(1);
	}

	@Test
	@Order(3)
	void anUnconfirmedRequestIsDeletedWithItsLogosWhenItsLinkExpires() throws Exception {
		String id = client().json(client().submit(request("late@programme.example")).body()).get("id").asString();
		awaitMail("late@programme.example", 1);
		assertThat(this.store.list("requests/" + id + "/")).hasSize(2);
		await("the expiry").atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> client().get("/api/render-requests/" + id).statusCode() == 404);
		assertThat(this.store.list("requests/" + id + "/")).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from outbox_email where request_id = ?").param(id).query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from sender_confirmation where request_id = ?").param(id)
			.query(Long.class).single()).isZero();
	}

	private String status(String id) throws Exception {
		return client().json(client().get("/api/render-requests/" + id).body()).get("status").asString();
	}

	private static List<MimeMessage> awaitMail(String recipient, int count) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> List.of(smtp.getReceivedMessagesForDomain(recipient)), (m) -> m.size() >= count);
	}

}
