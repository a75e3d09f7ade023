package eu.interreg.cooperationday.studio.kit.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import eu.interreg.cooperationday.studio.problem.NotFoundException;
import eu.interreg.cooperationday.studio.render.RenderRequest;
import eu.interreg.cooperationday.studio.render.RenderRequests;
import eu.interreg.cooperationday.studio.render.RenderStatus;

/**
 * The kits of every programme of a staff bulk render in one download ({@code /staff/bulk/{id}/kits.zip},
 * behind the staff sign-in): a folder per programme, named by its row's code, with its posts, posting
 * calendar and guides, and {@code programmes.csv} saying which programme is in which folder (and which are
 * not finished yet, so have no kit). Each programme's kit is the stored one (written again first where its
 * inputs changed).
 */
@RestController
class StaffKitController {

	private static final Logger log = LoggerFactory.getLogger(StaffKitController.class);

	private final RenderRequests renders;

	private final KitStore kits;

	StaffKitController(RenderRequests renders, KitStore kits) {
		this.renders = renders;
		this.kits = kits;
	}

	@GetMapping("/staff/bulk/{id}/kits.zip")
	ResponseEntity<StreamingResponseBody> kits(@PathVariable String id) {
		List<RenderRequest> requests = id.length() > 64 ? List.of() : this.renders.ofBulk(id);
		if (requests.isEmpty()) {
			throw new NotFoundException("There is no bulk render " + id + ".");
		}
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"campaign-kits.zip\"")
			.contentType(MediaType.parseMediaType("application/zip"))
			.body((out) -> write(requests, out));
	}

	private void write(List<RenderRequest> requests, OutputStream out) throws IOException {
		long started = System.nanoTime();
		StringBuilder index = new StringBuilder("code,programme,languages,status,folder\r\n");
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (RenderRequest request : requests) {
				String folder = folder(request);
				boolean done = request.status() == RenderStatus.DONE;
				index.append(String.join(",", PostFiles.cell(request.origin().code()),
						PostFiles.cell(request.programmeName()),
						String.join("+", KitFiles.languages(request).stream().map((l) -> l.code()).toList()),
						request.status().name(), done ? folder : "")).append("\r\n");
				if (!done) {
					continue;
				}
				for (KitStore.Stored file : KitController.ordered(this.kits.current(request))) {
					zip.putNextEntry(new ZipEntry(folder + "/" + file.name()));
					try (java.io.InputStream in = this.kits.open(file)) {
						in.transferTo(zip);
					}
					zip.closeEntry();
				}
			}
			zip.putNextEntry(new ZipEntry("programmes.csv"));
			zip.write(index.toString().getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		log.info("Kits of {} programmes written in {} ms", requests.size(), (System.nanoTime() - started) / 1_000_000);
	}

	/** The programme's folder: its row's code, kept to letters, digits, dot, dash and underscore. */
	static String folder(RenderRequest request) {
		String code = request.origin().code() == null ? request.id() : request.origin().code();
		String safe = code.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[.-]+", "");
		return safe.isEmpty() ? request.id() : safe;
	}

}
