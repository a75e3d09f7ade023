package eu.interreg.cooperationday.studio.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * axe-core, the accessibility engine, run in the page a real browser shows: the script comes from npm's
 * {@code axe-core} ({@code STUDIO_IT_AXE_JS} names its {@code axe.min.js}; {@code .ci/run} installs it), and
 * each page is checked against WCAG 2.0, 2.1 and 2.2 A and AA.
 */
public final class Axe {

	public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private Axe() {
	}

	/** The axe-core script, when it is installed. */
	public static Optional<String> script() throws IOException {
		String file = System.getenv().getOrDefault("STUDIO_IT_AXE_JS", "");
		if (file.isBlank() || !Files.isRegularFile(Path.of(file))) {
			return Optional.empty();
		}
		return Optional.of(Files.readString(Path.of(file), StandardCharsets.UTF_8));
	}

	/** The violations axe finds in the page the browser shows now: "rule (impact): where, ..." each. */
	public static List<String> violations(WebDriver browser, String axe) {
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		JavascriptExecutor js = (JavascriptExecutor) browser;
		js.executeScript(axe);
		Object result = js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: arguments[0] } })
				  .then((r) => done(JSON.stringify(r.violations.map((v) => ({ id: v.id, impact: v.impact,
				    nodes: v.nodes.map((n) => n.target.join(' ')) })))))
				  .catch((e) => done(JSON.stringify([{ id: 'axe-failed', impact: String(e), nodes: [] }])));
				""", TAGS);
		List<String> violations = new ArrayList<>();
		for (JsonNode violation : JsonMapper.builder().build().readTree(String.valueOf(result))) {
			List<String> where = new ArrayList<>();
			violation.get("nodes").forEach((node) -> where.add(node.asString()));
			violations.add(violation.get("id").asString() + " (" + violation.get("impact").asString() + "): "
					+ String.join(", ", where));
		}
		return violations;
	}

}
