package eu.interreg.cooperationday.studio.poster.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;

/**
 * The structure of a poster page for assistive technology (PDF/UA-1): a Document holding the programme's
 * logo as a figure with its name as alternative text, then one paragraph per line of text in reading order,
 * each in its language where it is the second one; the drawn art, the
 * crop marks and everything else on the page marked as artifacts. The page's marked content is linked to
 * its paragraphs through the parent tree, and viewers show the document's title.
 */
final class TaggedPdf {

	private final PDPage page;

	private final PDStructureElement document;

	private final List<COSObjectable> byMcid = new ArrayList<>();

	private final PDStructureTreeRoot root;

	TaggedPdf(PDDocument pdf, PDPage page) {
		this.page = page;
		PDDocumentCatalog catalog = pdf.getDocumentCatalog();
		PDMarkInfo mark = new PDMarkInfo();
		mark.setMarked(true);
		catalog.setMarkInfo(mark);
		PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
		preferences.setDisplayDocTitle(true);
		catalog.setViewerPreferences(preferences);
		this.root = new PDStructureTreeRoot();
		catalog.setStructureTreeRoot(this.root);
		this.document = new PDStructureElement(StandardStructureTypes.DOCUMENT, this.root);
		this.root.appendKid(this.document);
		page.setStructParents(0);
	}

	/** Begins content that carries no meaning of its own (art drawn behind the words, crop marks). */
	static void beginArtifact(PDPageContentStream stream) throws IOException {
		stream.beginMarkedContent(COSName.ARTIFACT);
	}

	/**
	 * Begins a paragraph of real text: its marked content and its structure element.
	 *
	 * @param language the paragraph's language when it differs from the document's, else null
	 */
	void beginParagraph(PDPageContentStream stream, String language) throws IOException {
		int mcid = this.byMcid.size();
		PDStructureElement paragraph = new PDStructureElement(StandardStructureTypes.P, this.document);
		paragraph.setPage(this.page);
		if (language != null) {
			paragraph.setLanguage(language);
		}
		COSDictionary properties = new COSDictionary();
		properties.setInt(COSName.MCID, mcid);
		paragraph.appendKid(new PDMarkedContent(COSName.P, properties));
		this.document.appendKid(paragraph);
		this.byMcid.add(paragraph);
		stream.beginMarkedContent(COSName.P, PDPropertyList.create(properties));
	}

	/** Begins a figure (the programme's logo) with its alternative text. */
	void beginFigure(PDPageContentStream stream, String alternative) throws IOException {
		int mcid = this.byMcid.size();
		PDStructureElement figure = new PDStructureElement(StandardStructureTypes.Figure, this.document);
		figure.setPage(this.page);
		figure.setAlternateDescription(alternative);
		COSDictionary properties = new COSDictionary();
		properties.setInt(COSName.MCID, mcid);
		figure.appendKid(new PDMarkedContent(COSName.getPDFName(StandardStructureTypes.Figure), properties));
		this.document.appendKid(figure);
		this.byMcid.add(figure);
		stream.beginMarkedContent(COSName.getPDFName(StandardStructureTypes.Figure), PDPropertyList.create(properties));
	}

	/** Links the page's marked content to its paragraphs: the parent tree, by the page's StructParents. */
	void finish() {
		COSArray paragraphs = new COSArray();
		this.byMcid.forEach((element) -> paragraphs.add(element));
		PDNumberTreeNode parents = new PDNumberTreeNode(PDParentTreeValue.class);
		parents.setNumbers(java.util.Map.of(0, new PDParentTreeValue(paragraphs)));
		this.root.setParentTree(parents);
		this.root.setParentTreeNextKey(1);
	}

}
