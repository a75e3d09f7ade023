package eu.interreg.cooperationday.studio.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium, headless, driven by Selenium through chromedriver, for the browser tests; they are
 * skipped, with the reason, where it is not installed ({@code .ci/run} installs it). It starts with a
 * profile of its own and without the background networking a closed network refuses.
 */
public final class Chromium {

	public static final Path BINARY = Path.of("/usr/bin/chromium");

	public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private Chromium() {
	}

	/** Skips the calling test class unless chromium and chromedriver are installed. */
	public static void assumeInstalled() {
		Assumptions.assumeTrue(Files.isExecutable(BINARY) && Files.isExecutable(DRIVER),
				"Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
	}

	/** A new headless browser with a window of {@code width} x {@code height}. */
	public static WebDriver start(int width, int height) throws IOException {
		Path profile = Files.createTempDirectory("chromium-profile");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BINARY.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

}
