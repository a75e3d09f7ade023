package eu.interreg.cooperationday.studio.poster.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

import eu.interreg.cooperationday.studio.system.ArchivalXmp;

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

	/** The XMP packet: PDF/A-2b, PDF/UA-1 and PDF/X-4 identification and the same title, tool, producer and dates as the info. */
	static String xmp(String title, String language, Instant created) {
		return ArchivalXmp.packet(title, language, created, CREATOR, PRODUCER, PDFX);
	}

}
