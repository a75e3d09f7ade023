package eu.interreg.cooperationday.studio.bulk.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A bulk render that works as it is, to start from: a CSV of two programmes (one bilingual, with its
 * event; one with nothing optional) and the two logos it names, drawn here as SVG.
 */
@RestController
class BulkSamples {

	static final String CSV = """
			code,name,language,contact_email,logo_file,event_title,event_date,event_venue,event_url,second_language,name_second
			ALCOTRA,Interreg France-Italia ALCOTRA,fr,comms@alcotra.example,alcotra.svg,Journée portes ouvertes,2026-09-21,"Palais des congrès, Annecy",https://www.interreg-alcotra.eu/,it,Interreg Francia-Italia ALCOTRA
			NWE,Interreg North-West Europe,en,comms@nweurope.example,nwe.svg,,,,,,
			""";

	private static final String ALCOTRA = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 240 80'>"
			+ "<rect width='240' height='80' rx='12' fill='#003399'/><circle cx='40' cy='40' r='24' fill='#FFCC00'/>"
			+ "<path d='M80 58 L110 22 L140 58 Z' fill='#FFFFFF'/><path d='M130 58 L165 14 L200 58 Z' fill='#9BB8FF'/></svg>";

	private static final String NWE = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 160 160'>"
			+ "<rect width='160' height='160' fill='#FFFFFF'/><rect x='16' y='16' width='60' height='60' fill='#003399'/>"
			+ "<rect x='84' y='16' width='60' height='60' fill='#0B1B4D'/><rect x='16' y='84' width='128' height='60' fill='#FFCC00'/></svg>";

	private BulkSamples() {
	}

	/** The zip of the sample's logos; {@code nwe.svg} in a folder, which the bulk render ignores. */
	static byte[] logos() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("alcotra.svg"));
			zip.write(ALCOTRA.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("logos/nwe.svg"));
			zip.write(NWE.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}


	/** A CSV of two programmes that a bulk render takes as it is, with {@link #sampleLogos()}. */
	@GetMapping(path = "/staff/bulk/sample.csv", produces = "text/csv;charset=UTF-8")
	ResponseEntity<String> sampleCsv() {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"programmes-sample.csv\"")
			.body(CSV);
	}

	/** The logos the sample CSV names, in a zip. */
	@GetMapping(path = "/staff/bulk/sample-logos.zip", produces = "application/zip")
	ResponseEntity<byte[]> sampleLogos() throws IOException {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"logos-sample.zip\"")
			.body(logos());
	}

}
