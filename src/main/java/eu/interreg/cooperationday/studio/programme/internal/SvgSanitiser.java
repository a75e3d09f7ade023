package eu.interreg.cooperationday.studio.programme.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import eu.interreg.cooperationday.studio.problem.Refusal;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;
import eu.interreg.cooperationday.studio.programme.internal.SvgExpansion;

/**
 * Checks an uploaded SVG before anything renders it: no DOCTYPE (so no entities and no DTD loading),
 * no scripts or event handlers, no foreign objects, and no reference to anything outside the document
 * (only {@code #fragment} links and embedded PNG/JPEG {@code data:} images). Refusals name what was
 * found. Gives back the document serialised again, which is what the studio keeps and renders.
 */
public final class SvgSanitiser {

	static final String SVG_NS = "http://www.w3.org/2000/svg";

	/** SVG animation elements: they may not change a link, a source or a style. */
	private static final java.util.Set<String> ANIMATIONS = java.util.Set.of("animate", "set", "animatemotion",
			"animatetransform", "animatecolor");

	private static final Pattern URL_REFERENCE = Pattern.compile("url\\(\\s*['\"]?\\s*([^)'\"\\s]*)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern EMBEDDED_IMAGE = Pattern.compile("data:image/(png|jpeg|jpg);base64,.*",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(px|pt|pc|mm|cm|in)?\\s*");

	private SvgSanitiser() {
	}

	/** A checked SVG: the document again, and its size in CSS pixels. */
	public record CheckedSvg(byte[] bytes, double width, double height) {
	}

	/** The default bound on an SVG's expanded size ({@code studio.limits.svg-max-elements}). */
	static final int DEFAULT_MAX_ELEMENTS = 10_000;

	public static CheckedSvg check(byte[] svg) {
		return check(svg, DEFAULT_MAX_ELEMENTS);
	}

	/**
	 * Checks {@code svg}, refusing it when its elements, with every {@code <use>} and {@code url(#...)}
	 * expanded, are more than {@code maxElements}: measured here, before Batik builds a node.
	 */
	public static CheckedSvg check(byte[] svg, int maxElements) {
		Document document = parse(svg);
		Element root = document.getDocumentElement();
		if (!"svg".equals(root.getLocalName()) || !SVG_NS.equals(root.getNamespaceURI())) {
			throw refuse("The logo is not an SVG document: its root element must be <svg> in the SVG namespace.");
		}
		inspect(root);
		if (SvgExpansion.measure(root, maxElements) > maxElements) {
			throw refuse("The SVG logo expands to more than " + String.format(Locale.ROOT, "%,d", maxElements)
					+ " elements once its <use> references and patterns are repeated; export it with fewer elements"
					+ " (or as a PNG).");
		}
		double[] size = size(root);
		return new CheckedSvg(serialise(document), size[0], size[1]);
	}

	static Document parse(byte[] svg) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(new ByteArrayInputStream(svg));
		}
		catch (SAXException ex) {
			String detail = String.valueOf(ex.getMessage());
			if (detail.contains("DOCTYPE")) {
				throw refuse("The SVG logo declares a DOCTYPE; DTDs and entities are not accepted. "
						+ "Export the SVG without a DOCTYPE.");
			}
			throw refuse("The SVG logo is not well-formed XML.");
		}
		catch (ParserConfigurationException | IOException ex) {
			throw refuse("The SVG logo could not be read.");
		}
	}

	private static void inspect(Element element) {
		String name = element.getLocalName() == null ? element.getNodeName() : element.getLocalName();
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.equals("script")) {
			throw refuse("The SVG logo contains a script; scripts are not accepted.");
		}
		if (lower.equals("foreignobject")) {
			throw refuse("The SVG logo contains a <foreignObject>; only SVG drawing is accepted.");
		}
		if (lower.equals("style")) {
			checkCss(element.getTextContent());
		}
		if (ANIMATIONS.contains(lower)) {
			String target = element.getAttribute("attributeName").trim().toLowerCase(Locale.ROOT);
			if (target.endsWith("href") || target.equals("src") || target.equals("style")) {
				throw refuse("The SVG logo animates a link (" + abbreviate(target)
						+ "); a logo may not change what it refers to.");
			}
		}
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Attr attribute = (Attr) attributes.item(i);
			String attributeName = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
			String value = attribute.getValue();
			if (attributeName.toLowerCase(Locale.ROOT).startsWith("on")) {
				throw refuse("The SVG logo has an event handler (" + attribute.getName()
						+ "); scripts are not accepted.");
			}
			if (attributeName.equals("href") || attributeName.equals("src")) {
				checkReference(value, lower);
			}
			checkCss(value);
		}
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element childElement) {
				inspect(childElement);
			}
		}
	}

	private static void checkReference(String reference, String element) {
		String trimmed = reference.trim();
		if (trimmed.startsWith("#")) {
			return;
		}
		if (element.equals("image") && EMBEDDED_IMAGE.matcher(trimmed).matches()) {
			return;
		}
		throw refuse("The SVG logo refers to something outside itself (" + abbreviate(trimmed)
				+ "); embed everything in the file.");
	}

	private static void checkCss(String raw) {
		if (raw == null) {
			return;
		}
		String css = unescapeCss(raw);
		if (css.toLowerCase(Locale.ROOT).contains("@import")) {
			throw refuse("The SVG logo imports a style sheet; embed everything in the file.");
		}
		Matcher matcher = URL_REFERENCE.matcher(css);
		while (matcher.find()) {
			String target = matcher.group(1);
			if (!target.startsWith("#")) {
				throw refuse("The SVG logo refers to something outside itself (url(" + abbreviate(target)
						+ ")); embed everything in the file.");
			}
		}
	}

	/** CSS text with its escapes resolved ({@code \75 rl(} is {@code url(}), so they hide nothing. */
	public static String unescapeCss(String css) {
		if (css.indexOf('\\') < 0) {
			return css;
		}
		StringBuilder out = new StringBuilder(css.length());
		for (int i = 0; i < css.length(); i++) {
			char c = css.charAt(i);
			if (c != '\\' || i + 1 >= css.length()) {
				out.append(c);
				continue;
			}
			int j = i + 1;
			while (j < css.length() && j - i <= 6 && Character.digit(css.charAt(j), 16) >= 0) {
				j++;
			}
			if (j > i + 1) {
				int codePoint = Integer.parseInt(css.substring(i + 1, j), 16);
				out.appendCodePoint(Character.isValidCodePoint(codePoint) && codePoint != 0 ? codePoint : 0xFFFD);
				if (j < css.length() && Character.isWhitespace(css.charAt(j))) {
					j++; // one white space ends a hex escape
				}
				i = j - 1;
			}
			else {
				out.append(css.charAt(j));
				i = j;
			}
		}
		return out.toString();
	}

	private static double[] size(Element root) {
		double width = length(root.getAttribute("width"));
		double height = length(root.getAttribute("height"));
		String viewBox = root.getAttribute("viewBox").trim();
		if ((width <= 0 || height <= 0) && !viewBox.isEmpty()) {
			String[] parts = viewBox.split("[\\s,]+");
			if (parts.length == 4) {
				try {
					double vw = Double.parseDouble(parts[2]);
					double vh = Double.parseDouble(parts[3]);
					if (width <= 0 && height <= 0) {
						width = vw;
						height = vh;
					}
					else if (width <= 0) {
						width = height * vw / vh;
					}
					else {
						height = width * vh / vw;
					}
				}
				catch (NumberFormatException ex) {
					throw refuse("The SVG logo has a viewBox that is not four numbers.");
				}
			}
		}
		if (!(width > 0 && height > 0) || Double.isInfinite(width) || Double.isInfinite(height)) {
			throw refuse("The SVG logo has no size: give its <svg> a viewBox (or width and height in px).");
		}
		return new double[] { width, height };
	}

	/** A length in CSS px, or -1 when absent or relative (percentages size nothing here). */
	private static double length(String value) {
		if (value == null || value.isBlank()) {
			return -1;
		}
		Matcher matcher = LENGTH.matcher(value);
		if (!matcher.matches()) {
			return -1;
		}
		double number = Double.parseDouble(matcher.group(1));
		String unit = matcher.group(2) == null ? "px" : matcher.group(2);
		return switch (unit) {
			case "pt" -> number * 96 / 72;
			case "pc" -> number * 16;
			case "mm" -> number * 96 / 25.4;
			case "cm" -> number * 96 / 2.54;
			case "in" -> number * 96;
			default -> number;
		};
	}

	private static byte[] serialise(Document document) {
		try {
			TransformerFactory factory = TransformerFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
			Transformer transformer = factory.newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			transformer.transform(new DOMSource(document), new StreamResult(out));
			return out.toByteArray();
		}
		catch (TransformerException ex) {
			throw new IllegalStateException("Cannot serialise a parsed SVG", ex);
		}
	}

	private static String abbreviate(String text) {
		return text.length() <= 60 ? text : text.substring(0, 57) + "...";
	}

	private static RequestRefusedException refuse(String reason) {
		return RequestRefusedException.field(Refusal.Kind.INVALID, "logo", reason);
	}

}
