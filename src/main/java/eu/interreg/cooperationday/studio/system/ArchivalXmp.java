package eu.interreg.cooperationday.studio.system;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * The XMP metadata packet of the studio's archival PDFs (the posters, the practical guide): it says
 * PDF/A-2b and PDF/UA-1 (with the extension schema PDF/A asks for the latter), and PDF/X when the file is
 * one, and agrees with the document information (title, tool, producer, dates). veraPDF reads it.
 */
public final class ArchivalXmp {

	private ArchivalXmp() {
	}

	/**
	 * @param created the file's date; a fixed instant keeps the bytes a function of the inputs
	 * @param pdfx the PDF/X version the file meets ({@code PDF/X-4}), or null when it is not a print file
	 */
	public static String packet(String title, String language, Instant created, String creator, String producer,
			String pdfx) {
		String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(created.atOffset(ZoneOffset.UTC));
		String pdfxNamespace = pdfx == null ? "" : " xmlns:pdfxid=\"http://www.npes.org/pdfx/ns/id/\"";
		String pdfxSchema = pdfx == null ? "" : "   </rdf:li><rdf:li rdf:parseType=\"Resource\">\n"
				+ "    <pdfaSchema:schema>PDF/X ID Schema</pdfaSchema:schema>\n"
				+ "    <pdfaSchema:namespaceURI>http://www.npes.org/pdfx/ns/id/</pdfaSchema:namespaceURI>\n"
				+ "    <pdfaSchema:prefix>pdfxid</pdfaSchema:prefix>\n"
				+ "    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
				+ "     <pdfaProperty:name>GTS_PDFXVersion</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType>\n"
				+ "     <pdfaProperty:category>internal</pdfaProperty:category>\n"
				+ "     <pdfaProperty:description>ID of PDF/X standard</pdfaProperty:description>\n"
				+ "    </rdf:li></rdf:Seq></pdfaSchema:property>\n";
		return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
				+ "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
				+ " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
				+ "  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\""
				+ " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
				+ " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\""
				+ " xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
				+ " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
				+ " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\""
				+ pdfxNamespace + " xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n"
				+ "   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
				+ "    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
				+ "    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
				+ "    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
				+ "    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
				+ "     <pdfaProperty:name>part</pdfaProperty:name><pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
				+ "     <pdfaProperty:category>internal</pdfaProperty:category>\n"
				+ "     <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>\n"
				+ "    </rdf:li></rdf:Seq></pdfaSchema:property>\n"
				+ pdfxSchema
				+ "   </rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
				+ (pdfx == null ? "" : "   <pdfxid:GTS_PDFXVersion>" + pdfx + "</pdfxid:GTS_PDFXVersion>\n")
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
				+ "   <xmp:CreatorTool>" + escape(creator) + "</xmp:CreatorTool>\n"
				+ "   <xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
				+ "   <xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
				+ "   <pdf:Producer>" + escape(producer) + "</pdf:Producer>\n"
				+ "  </rdf:Description>\n"
				+ " </rdf:RDF>\n"
				+ "</x:xmpmeta>\n"
				+ "<?xpacket end=\"w\"?>";
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
