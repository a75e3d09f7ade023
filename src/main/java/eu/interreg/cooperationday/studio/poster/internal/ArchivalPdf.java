package eu.interreg.cooperationday.studio.poster.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.UUID;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * What makes a poster PDF a PDF/X-4 and PDF/A-2b file, one a print shop prints and an archive keeps: one
 * printing condition (FOGRA39, coated offset, from {@code brand-assets/icc}) as the output intent of both
 * standards, sharing its profile; the document's language; PDF/X's version and trapping in the information,
 * and XMP metadata that says PDF/A-2b and PDF/UA-1 (with the extension schema PDF/A asks for the latter)
 * and agrees with the document information (title, tool, producer, dates). veraPDF checks it
 * (PosterStandardsTest); the structure PDF/UA asks for is {@link TaggedPdf}'s.
 */
final class ArchivalPdf {

	static final String CREATOR = "Cooperation Day Studio";

	static final String PRODUCER = "Cooperation Day Studio (Apache PDFBox)";

	/** The printing condition of the output intent (brand-assets/icc). */
	static final String CONDITION = "Coated FOGRA39 (ISO 12647-2:2004/Amd 1)";

	static final String PDFX = "PDF/X-4";

	private ArchivalPdf() {
	}

	/**
	 * Marks the document: information, XMP, output intent, language.
	 *
	 * @param created when the poster was made; a fixed instant keeps the bytes a function of the inputs
	 */
	static void mark(PDDocument document, String title, String language, Instant created, byte[] cmykProfile)
			throws IOException {
		Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
		when.setTimeInMillis(created.toEpochMilli());
		PDDocumentInformation info = document.getDocumentInformation();
		info.setTitle(title);
		info.setCreator(CREATOR);
		info.setProducer(PRODUCER);
		info.setCreationDate(when);
		info.setModificationDate(when);
		info.setTrapped("False");
		info.getCOSObject().setString(COSName.getPDFName("GTS_PDFXVersion"), PDFX);
		PDDocumentCatalog catalog = document.getDocumentCatalog();
		catalog.setLanguage(language);
		PDMetadata metadata = new PDMetadata(document);
		metadata.importXMPMetadata(xmp(title, language, created).getBytes(StandardCharsets.UTF_8));
		catalog.setMetadata(metadata);
		// one printing condition for both standards: PDF/A asks that every output intent share its profile
		PDOutputIntent archive = new PDOutputIntent(document, new ByteArrayInputStream(cmykProfile));
		condition(archive);
		catalog.addOutputIntent(archive);
		COSDictionary print = new COSDictionary();
		print.setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
		print.setItem(COSName.S, COSName.getPDFName("GTS_PDFX"));
		print.setItem(COSName.DEST_OUTPUT_PROFILE, archive.getCOSObject().getItem(COSName.DEST_OUTPUT_PROFILE));
		PDOutputIntent printing = new PDOutputIntent(print);
		condition(printing);
		catalog.addOutputIntent(printing);
	}

	private static void condition(PDOutputIntent intent) {
		intent.setInfo(CONDITION);
		intent.setOutputCondition(CONDITION);
		intent.setOutputConditionIdentifier("FOGRA39");
		intent.setRegistryName("http://www.color.org");
	}

	/** The XMP packet: PDF/A-2b identification and the same title, tool, producer and dates as the info. */
	static String xmp(String title, String language, Instant created) {
		String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(created.atOffset(ZoneOffset.UTC));
		return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
				+ "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
				+ " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
				+ "  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\""
				+ " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
				+ " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\""
				+ " xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
				+ " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
				+ " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\""
				+ " xmlns:pdfxid=\"http://www.npes.org/pdfx/ns/id/\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n"
				+ "   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
				+ "    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
				+ "    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
				+ "    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
				+ "    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
				+ "     <pdfaProperty:name>part</pdfaProperty:name><pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
				+ "     <pdfaProperty:category>internal</pdfaProperty:category>\n"
				+ "     <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>\n"
				+ "    </rdf:li></rdf:Seq></pdfaSchema:property>\n"
				+ "   </rdf:li><rdf:li rdf:parseType=\"Resource\">\n"
				+ "    <pdfaSchema:schema>PDF/X ID Schema</pdfaSchema:schema>\n"
				+ "    <pdfaSchema:namespaceURI>http://www.npes.org/pdfx/ns/id/</pdfaSchema:namespaceURI>\n"
				+ "    <pdfaSchema:prefix>pdfxid</pdfaSchema:prefix>\n"
				+ "    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
				+ "     <pdfaProperty:name>GTS_PDFXVersion</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType>\n"
				+ "     <pdfaProperty:category>internal</pdfaProperty:category>\n"
				+ "     <pdfaProperty:description>ID of PDF/X standard</pdfaProperty:description>\n"
				+ "    </rdf:li></rdf:Seq></pdfaSchema:property>\n"
				+ "   </rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
				+ "   <pdfxid:GTS_PDFXVersion>" + PDFX + "</pdfxid:GTS_PDFXVersion>\n"
				+ "   <xmpMM:DocumentID>uuid:" + UUID.nameUUIDFromBytes((title + date).getBytes(StandardCharsets.UTF_8))
				+ "</xmpMM:DocumentID>\n"
				+ "   <xmpMM:VersionID>1</xmpMM:VersionID>\n"
				+ "   <xmpMM:RenditionClass>default</xmpMM:RenditionClass>\n"
				+ "   <pdfaid:part>2</pdfaid:part>\n"
				+ "   <pdfuaid:part>1</pdfuaid:part>\n"
				+ "   <pdfaid:conformance>B</pdfaid:conformance>\n"
				+ "   <dc:format>application/pdf</dc:format>\n"
				+ "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title) + "</rdf:li></rdf:Alt></dc:title>\n"
				+ "   <dc:language><rdf:Bag><rdf:li>" + escape(language) + "</rdf:li></rdf:Bag></dc:language>\n"
				+ "   <xmp:CreatorTool>" + CREATOR + "</xmp:CreatorTool>\n"
				+ "   <xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
				+ "   <xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
				+ "   <pdf:Producer>" + escape(PRODUCER) + "</pdf:Producer>\n"
				+ "  </rdf:Description>\n"
				+ " </rdf:RDF>\n"
				+ "</x:xmpmeta>\n"
				+ "<?xpacket end=\"w\"?>";
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
