package eu.interreg.cooperationday.studio.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import eu.interreg.cooperationday.studio.support.Expected;
import eu.interreg.cooperationday.studio.programme.BulkImport;
import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.StudioClient;
import eu.interreg.cooperationday.studio.support.StudioProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * kill -9 of the service (the packaged jar) in the middle of a 10-row bulk, then a start on the same data:
 * every row ends DONE, no file is rendered twice apart from those in flight at the kill, and each
 * programme gets one email.
 */
class KillDuringBulkIT {

	static final Pattern RENDERED = Pattern.compile("Rendered (\\S+) of request (\\S+) in");

	@TempDir
	Path directory;

	@Test
	void aBulkCutByKillNineFinishesAtTheNextStartWithOneEmailEach() throws Exception {
		GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.port(StudioProcess.freePort()));
		smtp.start();
		try {
			List<String> arguments = List.of("--studio.s3.embedded-port=0", "--studio.staff.username=staff-kill",
					"--studio.staff.password=kill-pass-1", "--spring.mail.host=127.0.0.1",
					"--spring.mail.port=" + smtp.getSmtp().getPort(), "--studio.mail.poll-interval=300ms",
					"--studio.confirmation.mode=off", "--studio.render.threads=2");
			StringBuilder csv = new StringBuilder(String.join(",", BulkImport.HEADER)).append('\n');
			for (int i = 1; i <= 10; i++) {
				csv.append("R").append(i).append(",Interreg Row ").append(i).append(",pl,row").append(i)
					.append("@programme.example,logo.png,,,,\n");
			}
			String bulk;
			String firstLog;
			try (StudioProcess studio = StudioProcess.start("studio-1", this.directory, "768m", arguments)) {
				studio.awaitUp("/", Duration.ofSeconds(120));
				StudioClient client = new StudioClient(studio.port());
				bulk = client.json(client.bulk(csv.toString().getBytes(StandardCharsets.UTF_8),
						Fixtures.zip(Map.of("logo.png", Fixtures.png(300, 150))), "staff-kill", "kill-pass-1").body())
					.get("id").asString();
				await("three rows done").atMost(Duration.ofSeconds(240))
					.pollInterval(Duration.ofMillis(200))
					.until(() -> status(client, bulk).get("done").asInt() >= 3);
				studio.kill();
				assertThat(studio.alive()).isFalse();
				firstLog = studio.log();
			}
			try (StudioProcess studio = StudioProcess.start("studio-2", this.directory, "768m", arguments)) {
				studio.awaitUp("/", Duration.ofSeconds(120));
				StudioClient client = new StudioClient(studio.port());
				JsonNode status = await("the whole bulk").atMost(Duration.ofSeconds(300))
					.pollInterval(Duration.ofSeconds(1))
					.until(() -> status(client, bulk), (s) -> s.get("done").asInt() + s.get("failed").asInt() == 10);
				List<String> requests = new ArrayList<>();
				status.get("requests").forEach((r) -> requests.add(r.asString()));
				StringBuilder failures = new StringBuilder();
				for (String id : requests) {
					JsonNode request = client.json(client.get("/api/render-requests/" + id).body());
					if (!request.get("status").asString().equals("DONE")) {
						failures.append(id).append(": ").append(request.get("error")).append('\n');
					}
				}
				assertThat(status.get("done").asInt()).as("%s%n%s%nerrors before the kill:%n%s%nerrors after:%n%s%n%s", status,
						failures, errors(firstLog), errors(studio.log()), studio.tail()).isEqualTo(10);
				for (String id : requests) {
					assertThat(client.json(client.get("/api/render-requests/" + id).body()).get("assets"))
						.hasSize(Expected.filesPerRequest());
				}
				Map<String, Set<String>> before = rendered(firstLog);
				Map<String, Set<String>> after = rendered(studio.log());
				int twice = 0;
				for (String id : requests) {
					Set<String> both = new HashSet<>(before.getOrDefault(id, Set.of()));
					both.retainAll(after.getOrDefault(id, Set.of()));
					twice += both.size();
				}
				assertThat(twice).as("files rendered in both runs: only those in flight at the kill (2 threads)")
					.isLessThanOrEqualTo(2);

				await("an email per programme").atMost(Duration.ofSeconds(60)).until(() -> smtp.getReceivedMessages().length >= 10);
				// more rounds of the outbox (300 ms each), in any of which another email would have gone out
				Thread.sleep(2000);
				// one email each: a send cut off by the kill may be handed over again, as the same message
				// (its Message-ID), which mail systems show once
				Map<String, Set<String>> messageIds = new HashMap<>();
				for (Message message : smtp.getReceivedMessages()) {
					messageIds.computeIfAbsent(message.getAllRecipients()[0].toString(), (k) -> new HashSet<>())
						.add(message.getHeader("Message-ID")[0]);
				}
				assertThat(messageIds).as("recipients and their messages").hasSize(10)
					.allSatisfy((recipient, ids) -> assertThat(ids).as(recipient).hasSize(1));
				assertThat(smtp.getReceivedMessages().length).as("copies handed over: at most one send was cut off")
					.isBetween(10, 11);
			}
		}
		finally {
			smtp.stop();
		}
	}

	private static JsonNode status(StudioClient client, String bulk) throws Exception {
		return client.json(client.get("/api/bulk-renders/" + bulk, "staff-kill", "kill-pass-1").body());
	}

	/** The log's ERROR lines, each with the first lines of its stack trace, for a failure's message. */
	private static String errors(String log) {
		StringBuilder errors = new StringBuilder();
		String[] lines = log.split("\\R");
		for (int i = 0; i < lines.length && errors.length() < 20_000; i++) {
			if (lines[i].contains(" ERROR ") || lines[i].contains(" WARN ")) {
				errors.append(lines[i]).append('\n');
				for (int j = i + 1; j < lines.length && j <= i + 12 && !lines[j].matches("^\\d{4}-.*"); j++) {
					errors.append(lines[j]).append('\n');
				}
			}
		}
		return errors.toString();
	}

	private static Map<String, Set<String>> rendered(String log) {
		Map<String, Set<String>> files = new HashMap<>();
		Matcher matcher = RENDERED.matcher(log);
		while (matcher.find()) {
			files.computeIfAbsent(matcher.group(2), (k) -> new HashSet<>()).add(matcher.group(1));
		}
		return files;
	}

}
