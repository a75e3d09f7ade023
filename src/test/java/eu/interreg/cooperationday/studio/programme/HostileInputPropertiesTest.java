package eu.interreg.cooperationday.studio.programme;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

import eu.interreg.cooperationday.studio.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;
import eu.interreg.cooperationday.studio.programme.internal.CsvReader;
import eu.interreg.cooperationday.studio.programme.internal.LogoIntake;
import eu.interreg.cooperationday.studio.programme.internal.SvgSanitiser;

/**
 * Property-based checks of what reads outside input, 10,000 generated inputs each: the CSV reader, the
 * request parser and the SVG sanitiser give a result or a typed refusal ({@link RequestRefusedException}),
 * never another exception; the CSV reader gives back any table written by the rules; and an SVG the
 * sanitiser accepts refers to nothing outside itself.
 */
class HostileInputPropertiesTest {

	static final ProgrammeRequestParser parser = new ProgrammeRequestParser(new LogoIntake(1L << 20, 4_000_000L),
			Fixtures.brand().bold()::missing);

	static final String CSV_CHARS = "ab ,;\"\r\n\t=+-@é\u202Eא\uFEFF";

	@Property(tries = 10_000)
	void anyTextReadsAsRows(@ForAll("csvText") String text) {
		List<CsvReader.Row> rows = CsvReader.read(text);
		for (CsvReader.Row row : rows) {
			assertThat(row.number()).isPositive();
			assertThat(row.fields()).isNotEmpty().anyMatch((field) -> !field.isBlank());
		}
	}

	@Property(tries = 10_000)
	void aTableWrittenByTheRulesReadsBackTheSame(@ForAll("tables") List<List<String>> table) {
		String csv = table.stream()
			.map((row) -> row.stream().map((f) -> "\"" + f.replace("\"", "\"\"") + "\"").collect(Collectors.joining(",")))
			.collect(Collectors.joining("\r\n"));
		List<CsvReader.Row> rows = CsvReader.read(csv);
		assertThat(rows.stream().map(CsvReader.Row::fields).toList()).isEqualTo(table);
	}

	@Property(tries = 10_000)
	void anyCsvIsABulkOrARefusal(@ForAll("csvText") String body, @ForAll boolean withHeader) throws Exception {
		String csv = (withHeader ? String.join(",", BulkImport.HEADER) + "\n" : "") + body;
		try {
			BulkImport.Result result = new BulkImport(parser).read(csv.getBytes(StandardCharsets.UTF_8),
					LogoArchive.read(new java.io.ByteArrayInputStream(Fixtures.zip(java.util.Map.of()))));
			assertThat(result.accepted().size() + result.rejected().size()).isLessThanOrEqualTo(result.rowsRead());
		}
		catch (RequestRefusedException refused) {
			assertThat(refused.problems()).isNotEmpty();
		}
	}

	@Property(tries = 10_000)
	void anyFieldsAreARequestOrARefusal(@ForAll("texts") String name, @ForAll("languages") String language,
			@ForAll("texts") String email, @ForAll("logos") byte[] logo, @ForAll("texts") String title,
			@ForAll("texts") String date, @ForAll("texts") String url, @ForAll("languages") String second) {
		try {
			ProgrammeRequest request = parser.parse(new ProgrammeRequestParser.RawFields(name, language, email, "logo.png",
					"image/png", logo, title, date, null, url, null, second, null));
			assertThat(request.programmeName()).isNotBlank().doesNotContain("\r", "\n", "\u202E");
			assertThat(request.contactEmail()).doesNotContain("\r", "\n", ",");
		}
		catch (RequestRefusedException refused) {
			assertThat(refused.problems()).isNotEmpty();
		}
	}

	@Property(tries = 10_000)
	void anySvgIsCheckedOrRefusedAndWhatPassesStaysInside(@ForAll("svgs") String svg) {
		SvgSanitiser.CheckedSvg checked;
		try {
			checked = SvgSanitiser.check(svg.getBytes(StandardCharsets.UTF_8));
		}
		catch (RequestRefusedException refused) {
			assertThat(refused.problems()).isNotEmpty();
			return;
		}
		String kept = new String(checked.bytes(), StandardCharsets.UTF_8);
		org.w3c.dom.Document document = parse(checked.bytes());
		org.w3c.dom.NodeList all = document.getElementsByTagNameNS("*", "*");
		for (int i = 0; i < all.getLength(); i++) {
			org.w3c.dom.Element element = (org.w3c.dom.Element) all.item(i);
			String name = element.getLocalName().toLowerCase(java.util.Locale.ROOT);
			assertThat(name).as(kept).isNotIn("script", "foreignobject");
			if (name.equals("style")) {
				assertOnlyInnerUrls(element.getTextContent(), kept);
			}
			org.w3c.dom.NamedNodeMap attributes = element.getAttributes();
			for (int j = 0; j < attributes.getLength(); j++) {
				org.w3c.dom.Attr attribute = (org.w3c.dom.Attr) attributes.item(j);
				String local = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
				assertThat(local.toLowerCase(java.util.Locale.ROOT)).as(kept).doesNotStartWith("on");
				if (local.equals("href") || local.equals("src")) {
					assertThat(attribute.getValue().trim()).as(kept).matches("#.*|data:image/(png|jpeg|jpg);base64,.*");
				}
				assertOnlyInnerUrls(attribute.getValue(), kept);
			}
		}
	}

	/** Every url() in CSS text points inside the document, and nothing is imported. */
	private static void assertOnlyInnerUrls(String css, String document) {
		String plain = SvgSanitiser.unescapeCss(css);
		assertThat(plain.toLowerCase(java.util.Locale.ROOT)).as(document).doesNotContain("@import");
		Matcher url = Pattern.compile("url\\(\\s*['\"]?\\s*([^)'\"\\s]*)", Pattern.CASE_INSENSITIVE).matcher(plain);
		while (url.find()) {
			assertThat(url.group(1)).as(document).startsWith("#");
		}
	}

	private static org.w3c.dom.Document parse(byte[] xml) {
		try {
			javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
		}
		catch (Exception ex) {
			throw new AssertionError("the sanitiser's output is not well-formed", ex);
		}
	}

	@Property(tries = 10_000)
	void anyBytesAreASvgOrARefusal(@ForAll @Size(max = 300) byte[] bytes) {
		try {
			SvgSanitiser.check(bytes);
		}
		catch (RequestRefusedException refused) {
			assertThat(refused.problems()).isNotEmpty();
		}
	}

	@Provide
	Arbitrary<String> csvText() {
		return Arbitraries.strings().withChars(CSV_CHARS).ofMaxLength(200);
	}

	@Provide
	Arbitrary<List<List<String>>> tables() {
		Arbitrary<String> field = Arbitraries.strings().withChars("ab ,;\"\r\n=é").ofMaxLength(8);
		Arbitrary<String> headerField = Arbitraries.strings().withChars("ab ,;\"=é").ofMaxLength(8);
		Arbitrary<List<String>> header = headerField.list().ofMinSize(2).ofMaxSize(5)
			.filter((row) -> row.stream().anyMatch((f) -> !f.isBlank()));
		Arbitrary<List<String>> row = field.list().ofMinSize(1).ofMaxSize(5)
			.filter((r) -> r.stream().anyMatch((f) -> !f.isBlank()));
		return Combinators.combine(header, row.list().ofMaxSize(6)).as((h, rows) -> {
			List<List<String>> table = new ArrayList<>();
			table.add(h);
			table.addAll(rows);
			return table;
		});
	}

	@Provide
	Arbitrary<String> texts() {
		return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40), Arbitraries.strings()
			.withChars("Interg -@.comé\r\n\u202E\u200B\u0007אב<>&\"'/:")
			.ofMaxLength(60), Arbitraries.of("comms@programme.example", "2026-09-21", "https://programme.example/day",
					"Interreg Euro-MED", "a@b.c\r\nBcc: x@y.z"), Arbitraries.just(null));
	}

	@Provide
	Arbitrary<String> languages() {
		return Arbitraries.oneOf(Arbitraries.of("de", "fr", "ar", "EN", " nl ", "xx", "", "deu"), Arbitraries.just(null),
				Arbitraries.strings().ofMaxLength(4));
	}

	@Provide
	Arbitrary<byte[]> logos() {
		byte[] png = Fixtures.png(8, 4);
		byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 2 1'/>".getBytes(StandardCharsets.UTF_8);
		return Arbitraries.oneOf(Arbitraries.of(png, svg), Arbitraries.bytes().array(byte[].class).ofMaxSize(64),
				Arbitraries.just(null));
	}

	@Provide
	Arbitrary<String> svgs() {
		Arbitrary<String> value = Arbitraries.of("#a", "http://evil.example/x", "file:///etc/passwd", "jar:file:/x!/y",
				"data:image/png;base64,AAAA", "data:text/html,<b>", "url(#g)", "url(http://evil.example/p)",
				"\\75 rl(http://evil.example)", "u\\rl(file:/x)", "red", "href", "xlink:href", "style", "javascript:alert(1)",
				"@import 'x.css'", "10", "0 0 10 10", "&amp;", "\"", "'");
		Arbitrary<String> attribute = Combinators.combine(
				Arbitraries.of("href", "xlink:href", "src", "style", "fill", "onload", "attributeName", "to", "values",
						"width", "viewBox", "class", "id"),
				value).as((name, v) -> name + "='" + v.replace("'", "&apos;") + "'");
		Arbitrary<String> name = Arbitraries.of("rect", "image", "use", "style", "set", "animate", "a", "g", "text",
				"script", "foreignObject", "pattern", "feImage", "mpath", "animateMotion");
		Arbitrary<String> element = Combinators.combine(name, attribute.list().ofMaxSize(3).uniqueElements((a) -> a.split("=")[0]),
				value).as((n, attributes, text) -> "<" + n + " " + String.join(" ", attributes) + ">"
						+ text.replace("&", "&amp;").replace("<", "&lt;") + "</" + n + ">");
		return element.list().ofMaxSize(5).map((children) -> "<svg xmlns='http://www.w3.org/2000/svg' "
				+ "xmlns:xlink='http://www.w3.org/1999/xlink' viewBox='0 0 10 10'>" + String.join("", children) + "</svg>");
	}

}
