package eu.interreg.cooperationday.studio.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import eu.interreg.cooperationday.studio.programme.BulkImport;
import eu.interreg.cooperationday.studio.programme.LogoArchive;
import eu.interreg.cooperationday.studio.programme.RequestRefusedException;
import eu.interreg.cooperationday.studio.render.BulkRenders;
import eu.interreg.cooperationday.studio.render.RenderRequest;
import eu.interreg.cooperationday.studio.system.PublicUrls;

/** The staff API: render every programme of a CSV (and a zip of logos), follow it, restart what failed. */
@RestController
@RequestMapping("/api/bulk-renders")
class BulkRenderController {

	static final long MAX_CSV_BYTES = 5L * 1024 * 1024;

	private final BulkImport bulkImport;

	private final BulkRenders bulks;

	private final PublicUrls urls;

	BulkRenderController(BulkImport bulkImport, BulkRenders bulks, PublicUrls urls) {
		this.bulkImport = bulkImport;
		this.bulks = bulks;
		this.urls = urls;
	}

	record Started(String id, String statusUrl) {
	}

	record Rejection(int row, String code, String reason) {
	}

	record BulkView(String id, String status, int total, int done, int failed, List<Rejection> rejected,
			List<String> requests) {
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Started> start(@RequestPart(required = false) MultipartFile programmes,
			@RequestPart(required = false) MultipartFile logos, Principal staff) throws IOException {
		String id = start(this.bulkImport, this.bulks, programmes, logos, staff.getName());
		return ResponseEntity.accepted()
			.location(URI.create("/api/bulk-renders/" + id))
			.body(new Started(id, this.urls.base() + "/api/bulk-renders/" + id));
	}

	/** Shared with the console's upload form: the same checks and the same refusals. */
	static String start(BulkImport bulkImport, BulkRenders bulks, MultipartFile programmes, MultipartFile logos,
			String user) throws IOException {
		if (programmes == null || programmes.isEmpty() || logos == null || logos.isEmpty()) {
			throw new RequestRefusedException(400, "Both files are needed: programmes (CSV) and logos (zip).",
					List.of(new eu.interreg.cooperationday.studio.programme.FieldProblem(
							programmes == null || programmes.isEmpty() ? "programmes" : "logos", "This file is required.")));
		}
		if (programmes.getSize() > MAX_CSV_BYTES) {
			throw RequestRefusedException.field(413, "programmes", "The CSV is larger than 5 MB.");
		}
		LogoArchive archive;
		try (InputStream in = logos.getInputStream()) {
			archive = LogoArchive.read(in);
		}
		BulkImport.Result result = bulkImport.read(programmes.getBytes(), archive);
		return bulks.start(result, user);
	}

	@GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	BulkView status(@PathVariable String id) {
		BulkRenders.Status status = this.bulks.status(id)
			.orElseThrow(() -> new NotFoundException("There is no bulk render " + clip(id) + "."));
		return new BulkView(status.id(), status.status(), status.total(), status.done(), status.failed(),
				status.rejected().stream().map((r) -> new Rejection(r.row(), r.code(), r.reason())).toList(),
				status.requests().stream().map(RenderRequest::id).toList());
	}

	@PostMapping(path = "/{id}/restart", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> restart(@PathVariable String id) {
		this.bulks.status(id).orElseThrow(() -> new NotFoundException("There is no bulk render " + clip(id) + "."));
		int restarted = this.bulks.restartFailed(id);
		return ResponseEntity.accepted().body(Map.of("id", id, "restarted", restarted));
	}

	private static String clip(String id) {
		return id.length() > 60 ? id.substring(0, 60) + "…" : id;
	}

}
