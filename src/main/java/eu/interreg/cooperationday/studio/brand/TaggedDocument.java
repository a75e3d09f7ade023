package eu.interreg.cooperationday.studio.brand;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import eu.interreg.cooperationday.studio.system.ArchivalXmp;

/**
 * What makes a document the studio writes (the practical guide, a winner's certificate, the impact report)
 * a tagged, archival PDF: the structure tree (a Document element and its kids, each page's marked content
 * linked to its elements through the parent tree, by the page's StructParents), the catalog's marks
 * (tagged, its language, its title shown), and at the end the information, the XMP packet (PDF/A-2b,
 * PDF/UA-1) and an sRGB output intent. Content that carries no meaning (bands, rules, frames) is marked
 * as an artifact with {@link #beginArtifact}.
 */
public final class TaggedDocument {

	private static final String SRGB = "sRGB IEC61966-2.1";

	private final PDDocument document;

	private final String language;

	private final PDStructureTreeRoot root = new PDStructureTreeRoot();

	private final PDStructureElement top;

	private final Map<Integer, List<COSObjectable>> byPage = new HashMap<>();

	public TaggedDocument(PDDocument document, String language) {
		this.document = document;
		this.language = language;
		PDDocumentCatalog catalog = document.getDocumentCatalog();
		PDMarkInfo mark = new PDMarkInfo();
		mark.setMarked(true);
		catalog.setMarkInfo(mark);
		PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
		preferences.setDisplayDocTitle(true);
		catalog.setViewerPreferences(preferences);
		catalog.setStructureTreeRoot(this.root);
		catalog.setLanguage(language);
		this.top = new PDStructureElement(StandardStructureTypes.DOCUMENT, this.root);
		this.root.appendKid(this.top);
	}

	public PDStructureElement top() {
		return this.top;
	}

	/** A new page, its index its key in the parent tree. */
	public void page(int index, PDPage page) {
		page.setStructParents(index);
		this.byPage.put(index, new ArrayList<>());
	}

	/** An element under {@code parent}, in {@code language} where it is not the document's. */
	public PDStructureElement element(String type, PDStructureElement parent, PDPage page, String language) {
		PDStructureElement element = new PDStructureElement(type, parent);
		element.setPage(page);
		if (language != null && !language.equals(this.language)) {
			element.setLanguage(language);
		}
		parent.appendKid(element);
		return element;
	}

	/** The next marked content of a page for {@code element}: its properties, with the MCID that links them. */
	public COSDictionary mark(PDStructureElement element, COSName tag, int pageIndex, PDPage page) {
		List<COSObjectable> here = this.byPage.get(pageIndex);
		COSDictionary properties = new COSDictionary();
		properties.setInt(COSName.MCID, here.size());
		element.setPage(page);
		element.appendKid(new PDMarkedContent(tag, properties));
		here.add(element);
		return properties;
	}

	/**
	 * Begins, on {@code out}, the next marked content of {@code element} on the page at {@code pageIndex}: text
	 * or drawing that {@code element} stands for, up to {@code out.endMarkedContent()}.
	 */
	public void begin(PDPageContentStream out, PDStructureElement element, int pageIndex, PDPage page) throws IOException {
		COSName tag = COSName.getPDFName(element.getStructureType());
		out.beginMarkedContent(tag, PDPropertyList.create(mark(element, tag, pageIndex, page)));
	}

	/** Begins content that carries no meaning of its own (a band, a rule, a frame), up to {@code out.endMarkedContent()}. */
	public static void beginArtifact(PDPageContentStream out) throws IOException {
		out.beginMarkedContent(COSName.ARTIFACT);
	}

	/** The parent tree, the information, the XMP packet and the output intent. */
	public void finish(String title, Instant created) throws IOException {
		Map<Integer, COSObjectable> parents = new HashMap<>();
		this.byPage.forEach((index, elements) -> {
			COSArray array = new COSArray();
			elements.forEach(array::add);
			parents.put(index, new PDParentTreeValue(array));
		});
		PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
		tree.setNumbers(parents);
		this.root.setParentTree(tree);
		this.root.setParentTreeNextKey(this.byPage.size());
		Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
		when.setTimeInMillis(created.toEpochMilli());
		PDDocumentInformation info = this.document.getDocumentInformation();
		info.setTitle(title);
		info.setCreator("Cooperation Day Studio");
		info.setProducer("Cooperation Day Studio (Apache PDFBox)");
		info.setCreationDate(when);
		info.setModificationDate(when);
		PDDocumentCatalog catalog = this.document.getDocumentCatalog();
		PDMetadata metadata = new PDMetadata(this.document);
		metadata.importXMPMetadata(ArchivalXmp.packet(title, this.language, created, info.getCreator(), info.getProducer(), null)
			.getBytes(StandardCharsets.UTF_8));
		catalog.setMetadata(metadata);
		PDOutputIntent intent = new PDOutputIntent(this.document,
				new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
		intent.setInfo(SRGB);
		intent.setOutputCondition(SRGB);
		intent.setOutputConditionIdentifier(SRGB);
		intent.setRegistryName("http://www.color.org");
		catalog.addOutputIntent(intent);
	}

}
