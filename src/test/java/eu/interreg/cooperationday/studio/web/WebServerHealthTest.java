package eu.interreg.cooperationday.studio.web;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

class WebServerHealthTest {

	@Test
	void isUpWhileTomcatAcceptsAndPollsAndDownWhenEitherThreadIsGone() {
		Set<String> both = Set.of("main", "http-nio-8080-exec-1", "http-nio-8080-Acceptor", "http-nio-8080-Poller");
		assertThat(new WebServerHealth(() -> "http-nio-8080", () -> both).health().getStatus()).isEqualTo(Status.UP);
		assertThat(new WebServerHealth(() -> "http-nio-8080", () -> Set.of("http-nio-8080-Poller")).health().getStatus())
			.isEqualTo(Status.DOWN);
		assertThat(new WebServerHealth(() -> "http-nio-8080", () -> Set.of("http-nio-8080-Acceptor")).health().getStatus())
			.isEqualTo(Status.DOWN);
		// threads named before a random port was known
		assertThat(new WebServerHealth(() -> "http-nio-auto-1-33625",
				() -> Set.of("http-nio-auto-1-Acceptor", "http-nio-auto-1-Poller")).health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void theRealServerOfThisProcessIsNotThereInAUnitTest() {
		assertThat(new WebServerHealth(() -> null, Set::of).health().getStatus()).isEqualTo(Status.UNKNOWN);
	}

}
