package eu.interreg.cooperationday.studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

import eu.interreg.cooperationday.studio.support.StudioProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the packaged jar carries: FFmpeg's and JavaCPP's natives for the platform it was built for
 * ({@code -Djavacpp.platform}, by default the one Maven ran on) and for no other, or for all five with
 * {@code -Pall-platforms}; and nothing that only tests use, nor libraries the studio never calls.
 */
class PackagedJarIT {

	static final List<String> PLATFORMS = List.of("linux-x86_64", "linux-arm64", "macosx-x86_64", "macosx-arm64",
			"windows-x86_64");

	static final Pattern NATIVES = Pattern.compile("BOOT-INF/lib/(ffmpeg|javacpp)-[0-9.-]+?-("
			+ String.join("|", PLATFORMS) + ")(-gpl)?\\.jar");

	@Test
	void theJarHoldsTheNativesItClaimsAndNothingItDoesNotNeed() throws IOException {
		Path jar = StudioProcess.packagedJar();
		String claimed = System.getProperty("studio.natives", "linux-x86_64");
		Set<String> ffmpeg = new TreeSet<>();
		Set<String> javacpp = new TreeSet<>();
		List<String> libraries;
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			libraries = zip.stream().map((entry) -> entry.getName()).filter((name) -> name.startsWith("BOOT-INF/lib/")).toList();
		}
		for (String library : libraries) {
			Matcher matcher = NATIVES.matcher(library);
			if (matcher.matches()) {
				(matcher.group(1).equals("ffmpeg") ? ffmpeg : javacpp).add(matcher.group(2));
			}
		}
		Set<String> expected = claimed.equals("all") ? new TreeSet<>(PLATFORMS) : Set.of(claimed);
		System.out.printf("%s: %.1f MB, FFmpeg natives for %s%n", jar.getFileName(), Files.size(jar) / 1048576.0, ffmpeg);
		assertThat(ffmpeg).as("FFmpeg natives in %s", jar).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(javacpp).as("JavaCPP natives in %s", jar).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(libraries).as("nothing test-only or unused")
			.noneMatch((name) -> name.contains("/archunit-") || name.contains("/javafx-") || name.contains("/junit-")
					|| name.contains("/assertj-") || name.contains("/mockito-") || name.contains("/selenium-")
					|| name.contains("/greenmail-") || name.contains("/azure-") || name.contains("/aws-java-sdk-")
					|| name.contains("/netty-codec-native-quic-") || name.contains("/spring-modulith-core-"));
	}

}
