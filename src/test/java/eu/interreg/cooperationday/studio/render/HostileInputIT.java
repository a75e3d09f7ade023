package eu.interreg.cooperationday.studio.render;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import eu.interreg.cooperationday.studio.storage.AssetStore;
import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.HostileFiles;
import eu.interreg.cooperationday.studio.support.StudioClient;
import eu.interreg.cooperationday.studio.support.StudioClient.FilePart;
import eu.interreg.cooperationday.studio.support.TestStudio;

import static eu.interreg.cooperationday.studio.support.StudioClient.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile-input catalogue, each case through the real API with its expected answer: SVGs that reach
 * outside themselves (links, external uses, style sheets, url() in attributes and style elements, CSS
 * escapes, animations that rewrite a link, entities), a PNG polyglot, decompression bombs declared in a
 * header, other formats disguised as PNG (415 naming the real type), SVGs whose uses or patterns expand
 * to 10^7 nodes, names with direction overrides, control characters or bytes that are not UTF-8, header
 * injection in every mailed field, event links to internal addresses, dates out of any campaign, and
 * empty or unknown material. Nothing of a refused request is stored:
 * no row, no object.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileInputIT {

	static final String SVG = "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' viewBox='0 0 10 10'>";

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestStudio.embedded(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AssetStore store;

	static Stream<Arguments> catalogue() {
		return Stream.of(
				svg("svg-href-file", "<image xlink:href='file:///etc/passwd' width='1' height='1'/>", 422, "outside itself"),
				svg("svg-href-http", "<image href='http://127.0.0.1:9/logo.png' width='1' height='1'/>", 422, "outside itself"),
				svg("svg-href-jar", "<image href='jar:file:///tmp/x.jar!/a.png' width='1' height='1'/>", 422, "outside itself"),
				svg("svg-use-external", "<use href='https://evil.example/sprite.svg#a'/>", 422, "outside itself"),
				svg("svg-css-import", "<style>@import url(https://evil.example/a.css);</style>", 422, "style sheet"),
				svg("svg-url-in-attribute", "<rect fill='url(https://evil.example/p.svg#g)' width='1' height='1'/>", 422, "outside itself"),
				svg("svg-url-in-style-element", "<style>rect { fill: url(http://evil.example/#x) }</style>", 422, "outside itself"),
				svg("svg-url-css-escaped", "<style>rect { fill: \\75 rl(http://evil.example/#x) }</style>", 422, "outside itself"),
				svg("svg-set-href", "<a href='#x'><set attributeName='href' to='https://evil.example/'/></a>", 422, "animates a link"),
				svg("svg-animate-xlink-href", "<image href='#a' width='1' height='1'><animate attributeName='xlink:href' values='file:///etc/passwd'/></image>", 422, "animates a link"),
				svg("svg-script", "<script>fetch('/staff')</script>", 422, "script"),
				svg("svg-event-handler", "<rect onclick='alert(1)' width='1' height='1'/>", 422, "event handler"),
				svg("svg-foreign-object", "<foreignObject><body xmlns='http://www.w3.org/1999/xhtml'>x</body></foreignObject>", 422, "foreignObject"),
				logo("svg-external-entity", "logo.svg", "image/svg+xml", ("<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
						+ SVG + "<text>&x;</text></svg>").getBytes(StandardCharsets.UTF_8), 422, "DOCTYPE"),
				logo("svg-billion-laughs", "logo.svg", "image/svg+xml", ("<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY a 'aaaaaaaaaa'>"
						+ "<!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'><!ENTITY c '&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;'>]>" + SVG
						+ "<text>&c;</text></svg>").getBytes(StandardCharsets.UTF_8), 422, "DOCTYPE"),
				logo("png-polyglot", "logo.png", "image/png", concat(Fixtures.png(20, 10),
						"<script>alert(document.cookie)</script>".getBytes(StandardCharsets.UTF_8)), 422, "after the end of the image"),
				logo("png-bomb-header", "logo.png", "image/png", pngHeaderOnly(60_000, 60_000), 422, "megapixels"),
				logo("jpeg-bomb-header", "logo.jpg", "image/jpeg", jpegHeaderOnly(65_000, 65_000), 422, "megapixels"),
				logo("webp-as-png", "logo.png", "image/png", concat("RIFF\u0024\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1), new byte[32]), 415, "WebP"),
				logo("heic-as-png", "logo.png", "image/png", concat(new byte[] { 0, 0, 0, 24 }, "ftypheic\0\0\0\0mif1heic".getBytes(StandardCharsets.ISO_8859_1)), 415, "HEIC"),
				logo("gif-as-png", "logo.png", "image/png", "GIF89a\u0001\0\u0001\0\0\0\0;".getBytes(StandardCharsets.ISO_8859_1), 415, "GIF"),
				logo("tiff-as-png", "logo.png", "image/png", concat("II*\0".getBytes(StandardCharsets.ISO_8859_1), new byte[16]), 415, "TIFF"),
				logo("pdf-as-png", "logo.png", "image/png", "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1), 415, "PDF"),
				field("name-bidi-override", "programmeName", "Interreg \u202Egnirts\u202C", 422, "direction overrides"),
				field("name-bidi-isolate", "programmeName", "Interreg \u2067x\u2069", 422, "direction overrides"),
				field("name-control", "programmeName", "Interreg\u0007 Bell", 422, "control characters"),
				field("name-header-injection", "programmeName", "Interreg\r\nBcc: victim@example.org", 422, "one line"),
				field("event-title-header-injection", "eventTitle", "Day\nBcc: victim@example.org", 422, "one line"),
				field("event-venue-line-separator", "eventVenue", "Hall\u2028Bcc: victim@example.org", 422, "one line"),
				field("second-name-injection", "programmeNameSecond", "Interreg\r\nSubject: x", 422, "one line"),
				field("email-header-injection", "contactEmail", "comms@programme.example\r\nBcc: victim@example.org", 422, "not a valid address"),
				field("email-two-addresses", "contactEmail", "comms@programme.example, victim@example.org", 422, "not a valid address"),
				field("event-url-javascript", "eventUrl", "javascript:alert(1)", 422, "http"),
				field("callback-metadata", "callbackUrl", "http://169.254.169.254/latest/meta-data/", 422, "webhooks"),
				logo("svg-nested-use-bomb", "bomb.svg", "image/svg+xml", HostileFiles.nestedUseSvg(7, 10), 422, "expands to more than"),
				logo("svg-nested-pattern-bomb", "bomb.svg", "image/svg+xml", HostileFiles.nestedPatternSvg(7, 10), 422, "expands to more than"),
				field("event-url-loopback", "eventUrl", "http://127.0.0.1:8080/staff", 422, "public website"),
				field("event-url-metadata", "eventUrl", "http://169.254.169.254/latest/meta-data/", 422, "public website"),
				field("event-url-private", "eventUrl", "https://[fd00::1]/", 422, "public website"),
				field("event-url-localhost", "eventUrl", "http://localhost/", 422, "public website"),
				field("event-date-far-past", "eventDate", "-999999999-01-01", 422, "between 2000-01-01 and 2100-12-31"),
				field("event-date-far-future", "eventDate", "9999-12-31", 422, "between 2000-01-01 and 2100-12-31"),
				field("name-invalid-utf8", "programmeName", new byte[] { 'I', 'n', 't', (byte) 0xC3, (byte) 0x28, (byte) 0xFF }, 422, "not valid UTF-8"),
				field("assets-empty-entries", "assets", ",", 422, "empty"),
				field("assets-trailing-comma", "assets", "posters,", 422, "empty"),
				field("assets-unknown", "assets", "posters,brochures", 422, "Unknown material"));
	}

	static Arguments svg(String name, String body, int status, String reason) {
		return logo(name, "logo.svg", "image/svg+xml", (SVG + body + "</svg>").getBytes(StandardCharsets.UTF_8), status, reason);
	}

	static Arguments logo(String name, String filename, String type, byte[] bytes, int status, String reason) {
		return Arguments.of(name, Map.of("logo", new FilePart(filename, type, bytes)), status, reason);
	}

	static Arguments field(String name, String field, Object value, int status, String reason) {
		Map<String, Object> fields = new java.util.HashMap<>();
		fields.put(field, value);
		if (field.equals("programmeNameSecond")) {
			fields.put("secondLanguage", "fr");
		}
		return Arguments.of(name, fields, status, reason);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("catalogue")
	void isRefusedWithItsReasonAndNothingStored(String name, Map<String, Object> hostile, int status, String reason)
			throws Exception {
		StudioClient client = new StudioClient(this.port);
		Map<String, Object> fields = form("programmeName", "Hostile " + name, "language", "de", "contactEmail",
				"comms@programme.example", "logo", new FilePart("logo.png", "image/png", Fixtures.png(40, 20)));
		fields.putAll(hostile);
		HttpResponse<String> answer = client.submit(fields);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
		assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		JsonNode problem = client.json(answer.body());
		assertThat(problem.toString()).as(name).containsIgnoringCase(reason);
		assertThat(answer.body()).as("the problem does not echo raw control characters").doesNotContain("\u202E", "\r\nBcc");
		assertThat(this.jdbc.sql("select count(*) from render_request").query(Long.class).single()).isZero();
		assertThat(this.store.list("requests/")).isEmpty();
	}

	static byte[] concat(byte[] a, byte[] b) {
		byte[] out = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, out, a.length, b.length);
		return out;
	}

	/** A PNG signature and an IHDR that declares {@code width} x {@code height}, and no pixels. */
	static byte[] pngHeaderOnly(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
		byte[] ihdr = new byte[] { 'I', 'H', 'D', 'R', (byte) (width >>> 24), (byte) (width >>> 16), (byte) (width >>> 8),
				(byte) width, (byte) (height >>> 24), (byte) (height >>> 16), (byte) (height >>> 8), (byte) height, 8, 6, 0, 0, 0 };
		out.writeBytes(new byte[] { 0, 0, 0, 13 });
		out.writeBytes(ihdr);
		CRC32 crc = new CRC32();
		crc.update(ihdr);
		long c = crc.getValue();
		out.writeBytes(new byte[] { (byte) (c >>> 24), (byte) (c >>> 16), (byte) (c >>> 8), (byte) c });
		return out.toByteArray();
	}

	/** A JPEG start, and a baseline frame header that declares {@code width} x {@code height}, and no scan. */
	static byte[] jpegHeaderOnly(int width, int height) {
		return new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xC0, 0, 17, 8, (byte) (height >>> 8), (byte) height,
				(byte) (width >>> 8), (byte) width, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1 };
	}

}
