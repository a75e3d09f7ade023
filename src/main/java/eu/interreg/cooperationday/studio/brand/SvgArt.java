package eu.interreg.cooperationday.studio.brand;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.DocumentLoader;
import org.apache.batik.bridge.EmbededExternalResourceSecurity;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.NoLoadScriptSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.util.ParsedURL;
import org.apache.batik.util.XMLResourceDescriptor;
import org.w3c.dom.svg.SVGDocument;

/**
 * An SVG turned into Batik's graphics tree, ready to paint into any Graphics2D (an image, a PDF page).
 * Batik runs with scripts off and may load nothing but {@code data:} URIs embedded in the document.
 * Not thread-safe: each render builds its own.
 */
public final class SvgArt {

	private final GraphicsNode node;

	private final double width;

	private final double height;

	private SvgArt(GraphicsNode node, double width, double height) {
		this.node = node;
		this.width = width;
		this.height = height;
	}

	/** Parses and builds {@code svg}; fails with {@link IOException} if Batik cannot make art of it. */
	public static SvgArt load(byte[] svg) throws IOException {
		SAXSVGDocumentFactory factory = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
		factory.setValidating(false);
		SVGDocument document = (SVGDocument) factory.createDocument("urn:studio:art.svg",
				new ByteArrayInputStream(svg));
		return of(document);
	}

	/** Builds art from a document already in memory (a filled poster template). */
	public static SvgArt of(SVGDocument document) throws IOException {
		UserAgentAdapter agent = new LockedDownAgent();
		BridgeContext context = new BridgeContext(agent, new DocumentLoader(agent));
		context.setDynamicState(BridgeContext.STATIC);
		try {
			GraphicsNode node = new GVTBuilder().build(context, document);
			Dimension2D size = context.getDocumentSize();
			return new SvgArt(node, size.getWidth(), size.getHeight());
		}
		catch (RuntimeException ex) {
			throw new IOException("The SVG cannot be drawn: " + ex.getMessage(), ex);
		}
		finally {
			context.dispose();
		}
	}

	/** Width in the document's own units (its {@code width}, else its viewBox). */
	public double width() {
		return this.width;
	}

	public double height() {
		return this.height;
	}

	/** Paints the art scaled to {@code box}, keeping its proportions, centred. */
	public void paintFit(Graphics2D g, Rectangle2D box) {
		double scale = Math.min(box.getWidth() / this.width, box.getHeight() / this.height);
		double x = box.getX() + (box.getWidth() - this.width * scale) / 2;
		double y = box.getY() + (box.getHeight() - this.height * scale) / 2;
		paint(g, new AffineTransform(scale, 0, 0, scale, x, y));
	}

	/** Paints the art with its user space mapped by {@code transform}. */
	public void paint(Graphics2D g, AffineTransform transform) {
		// a child context: Batik sets transforms and clips of its own, which must not leak to the caller
		Graphics2D child = (Graphics2D) g.create();
		try {
			child.transform(transform);
			this.node.paint(child);
		}
		finally {
			child.dispose();
		}
	}

	private static final class LockedDownAgent extends UserAgentAdapter {

		@Override
		public ScriptSecurity getScriptSecurity(String scriptType, ParsedURL scriptURL, ParsedURL docURL) {
			return new NoLoadScriptSecurity(scriptType);
		}

		@Override
		public ExternalResourceSecurity getExternalResourceSecurity(ParsedURL resourceURL, ParsedURL docURL) {
			return new EmbededExternalResourceSecurity(resourceURL);
		}

		@Override
		public void displayError(Exception ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}

		@Override
		public void displayMessage(String message) {
			// Batik's chatter is not for operators
		}

	}

}
