package eu.interreg.cooperationday.studio.programme.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import eu.interreg.cooperationday.studio.problem.Refusal;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;

/**
 * How many elements an SVG becomes once its references are expanded, measured on the parsed document
 * before Batik builds anything. A {@code <use>} (or {@code tref}, {@code feImage}) instantiates what it
 * points to, and a {@code url(#id)} paint, marker, mask, clip path or filter instantiates a pattern's,
 * marker's, mask's or filter's content for each element that names it: nested ten to a level, seven
 * levels of either turn a 2 KB file into 10^7 nodes. Each element's expanded size is computed once
 * (memoised), counting stops just past the budget, and a reference that leads back to itself is refused.
 */
final class SvgExpansion {

	private static final Pattern LOCAL_URL = Pattern.compile("url\\(\\s*['\"]?\\s*#([^)'\"\\s]+)", Pattern.CASE_INSENSITIVE);

	/**
	 * Elements whose content is drawn again wherever they are referenced; a reference to anything else
	 * (a gradient, say) costs one node.
	 */
	private static final Set<String> INSTANTIATED = Set.of("pattern", "marker", "mask", "clippath", "filter", "symbol",
			"svg", "g", "use", "a", "switch", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text",
			"image", "tref", "textpath");

	/** What a style sheet's paint, marker or filter may apply to. */
	private static final Set<String> SHAPES = Set.of("path", "rect", "circle", "ellipse", "line", "polyline",
			"polygon", "text", "use", "image");

	private final long budget;

	private final Map<String, Element> byId = new HashMap<>();

	private final Map<Element, Long> sizes = new HashMap<>();

	private final Set<Element> open = new HashSet<>();

	/**
	 * The ids {@code <style>} elements reference: a selector may apply them to any shape, so each shape is
	 * charged for each of them.
	 */
	private final List<String> styled = new ArrayList<>();

	private SvgExpansion(long budget) {
		this.budget = budget;
	}

	/**
	 * The expanded size of the document under {@code root}, or {@code budget + 1} when it is larger.
	 *
	 * @throws RequestRefusedException when a reference leads back to the element that makes it
	 */
	static long measure(Element root, long budget) {
		SvgExpansion expansion = new SvgExpansion(budget);
		expansion.index(root);
		return expansion.size(root);
	}

	private void index(Element element) {
		String id = element.getAttribute("id");
		if (!id.isEmpty()) {
			this.byId.putIfAbsent(id, element);
		}
		if ("style".equals(name(element))) {
			Matcher matcher = LOCAL_URL.matcher(SvgSanitiser.unescapeCss(element.getTextContent()));
			while (matcher.find()) {
				this.styled.add(matcher.group(1));
			}
		}
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element childElement) {
				index(childElement);
			}
		}
	}

	private long size(Element element) {
		Long known = this.sizes.get(element);
		if (known != null) {
			return known;
		}
		if (!this.open.add(element)) {
			throw RequestRefusedException.field(Refusal.Kind.INVALID, "logo",
					"The SVG logo refers to itself (through <use> or url(#...)); it could never be drawn.");
		}
		long size = 1;
		for (Node child = element.getFirstChild(); child != null && size <= this.budget; child = child.getNextSibling()) {
			if (child instanceof Element childElement) {
				size = add(size, size(childElement));
			}
		}
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength() && size <= this.budget; i++) {
			Attr attribute = (Attr) attributes.item(i);
			String attributeName = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
			String value = attribute.getValue().trim();
			if (attributeName.equals("href") && value.startsWith("#")) {
				size = add(size, referenced(value.substring(1)));
			}
			Matcher matcher = LOCAL_URL.matcher(SvgSanitiser.unescapeCss(value));
			while (matcher.find() && size <= this.budget) {
				size = add(size, referenced(matcher.group(1)));
			}
		}
		if (SHAPES.contains(name(element))) {
			for (String id : this.styled) {
				Element target = this.byId.get(id);
				if (size > this.budget) {
					break;
				}
				// a shape inside what a style sheet points to is not drawn into itself (Batik refuses that)
				if (target != null && !this.open.contains(target)) {
					size = add(size, referenced(id));
				}
			}
		}
		this.open.remove(element);
		this.sizes.put(element, size);
		return size;
	}

	private long referenced(String id) {
		Element target = this.byId.get(id);
		if (target == null) {
			return 0;
		}
		return INSTANTIATED.contains(name(target)) ? size(target) : 1;
	}

	private long add(long a, long b) {
		return Math.min(this.budget + 1, a + b);
	}

	private static String name(Element element) {
		String name = element.getLocalName() == null ? element.getNodeName() : element.getLocalName();
		return name.toLowerCase(Locale.ROOT);
	}

}
