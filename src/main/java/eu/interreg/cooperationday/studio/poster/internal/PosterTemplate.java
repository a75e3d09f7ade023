package eu.interreg.cooperationday.studio.poster.internal;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.util.XMLResourceDescriptor;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.w3c.dom.svg.SVGDocument;

import eu.interreg.cooperationday.studio.brand.SvgArt;

/**
 * A poster template from {@code brand-assets/posters}: SVG art plus named slots ({@code rect} elements
 * whose id starts with {@code slot-}). Loading checks that the file parses and has the slots a poster
 * needs; each render then builds its own art from the stored bytes (Batik trees are not shared
 * between threads).
 */
public final class PosterTemplate {

	static final List<String> REQUIRED_SLOTS = List.of("campaign", "slogan", "logo", "mark", "emblem", "name", "cofunded");

	private final String name;

	private final byte[] svg;

	private final Map<String, Slot> slots;

	private final double width;

	private final double height;

	private final double bleed;

	private PosterTemplate(String name, byte[] svg, Map<String, Slot> slots, double width, double height,
			double bleed) {
		this.name = name;
		this.svg = svg;
		this.slots = slots;
		this.width = width;
		this.height = height;
		this.bleed = bleed;
	}

	public static PosterTemplate load(Path file) {
		try {
			byte[] bytes = Files.readAllBytes(file);
			SVGDocument document = parse(bytes);
			Map<String, Slot> slots = takeSlots(document);
			for (String required : REQUIRED_SLOTS) {
				if (!slots.containsKey(required)) {
					throw new IllegalStateException("Poster template " + file + " has no slot-" + required);
				}
			}
			SvgArt art = SvgArt.of(document);
			String bleed = document.getRootElement().getAttribute("data-bleed");
			return new PosterTemplate(file.getFileName().toString(), bytes, slots, art.width(), art.height(),
					bleed.isEmpty() ? 0 : Double.parseDouble(bleed));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot load poster template " + file + ": " + ex.getMessage(), ex);
		}
	}

	public String name() {
		return this.name;
	}

	/** Width of the whole art (trim plus bleed) in user units. */
	public double width() {
		return this.width;
	}

	double height() {
		return this.height;
	}

	/** Bleed around the trim box in user units; 0 for screen templates. */
	double bleed() {
		return this.bleed;
	}

	public Rectangle2D trim() {
		return new Rectangle2D.Double(this.bleed, this.bleed, this.width - 2 * this.bleed,
				this.height - 2 * this.bleed);
	}

	public Slot slot(String name) {
		return this.slots.get(name);
	}

	/** Fresh art of this template without its slot boxes, for one render. */
	SvgArt art() {
		try {
			SVGDocument document = parse(this.svg);
			takeSlots(document);
			return SvgArt.of(document);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Poster template " + this.name + " no longer builds", ex);
		}
	}

	private static SVGDocument parse(byte[] bytes) throws IOException {
		SAXSVGDocumentFactory factory = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
		return (SVGDocument) factory.createDocument("urn:studio:poster.svg", new ByteArrayInputStream(bytes));
	}

	/** Reads the slot boxes and removes them from the document, so they are never drawn. */
	private static Map<String, Slot> takeSlots(SVGDocument document) {
		Map<String, Slot> slots = new LinkedHashMap<>();
		NodeList rects = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
		List<Element> found = new ArrayList<>();
		for (int i = 0; i < rects.getLength(); i++) {
			Element rect = (Element) rects.item(i);
			if (rect.getAttribute("id").startsWith("slot-")) {
				found.add(rect);
			}
		}
		for (Element rect : found) {
			String name = rect.getAttribute("id").substring("slot-".length());
			Map<String, String> hints = new LinkedHashMap<>();
			NamedNodeMap attributes = rect.getAttributes();
			for (int i = 0; i < attributes.getLength(); i++) {
				Attr attribute = (Attr) attributes.item(i);
				if (attribute.getName().startsWith("data-")) {
					hints.put(attribute.getName().substring("data-".length()), attribute.getValue());
				}
			}
			Rectangle2D box = new Rectangle2D.Double(number(rect, "x"), number(rect, "y"), number(rect, "width"),
					number(rect, "height"));
			slots.put(name, new Slot(name, box, Slot.Text.of(name, hints)));
			rect.getParentNode().removeChild(rect);
		}
		return slots;
	}

	private static double number(Element element, String attribute) {
		String value = element.getAttribute(attribute);
		return value.isEmpty() ? 0 : Double.parseDouble(value);
	}

}
