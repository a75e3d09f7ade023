package eu.interreg.cooperationday.studio.competition.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DisposableDomainsTest {

	@Test
	void theBundledListKnowsTheCommonThrowawayServicesAndTheirSubdomains() {
		DisposableDomains domains = new DisposableDomains(null);
		assertThat(domains.size()).isGreaterThan(100_000);
		assertThat(domains.listed("mailinator.com")).isTrue();
		assertThat(domains.listed("a.b.mailinator.com")).isTrue();
		assertThat(domains.listed("33mail.com")).isTrue();
		for (String kept : new String[] { "gmail.com", "outlook.com", "example.org", "europa.eu", "interreg.eu", "com" }) {
			assertThat(domains.listed(kept)).as(kept).isFalse();
		}
	}

	@Test
	void aConfiguredListIsReadAgainWhenItChanges(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("index.json");
		Files.writeString(file, "[\n  \"throwaway.example\",\n  \"*.burner.example\"\n]\n");
		DisposableDomains domains = new DisposableDomains(file);
		assertThat(domains.listed("throwaway.example")).isTrue();
		assertThat(domains.listed("x.burner.example")).isTrue();
		assertThat(domains.listed("mailinator.com")).isFalse();
		Files.writeString(file, "# one a line\nnewburner.example\n");
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
		assertThat(domains.listed("newburner.example")).isTrue();
		assertThat(domains.listed("throwaway.example")).isFalse();
	}

}
