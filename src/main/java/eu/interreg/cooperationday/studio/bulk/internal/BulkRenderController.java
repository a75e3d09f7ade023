package eu.interreg.cooperationday.studio.bulk.internal;

import java.io.IOException;
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

import eu.interreg.cooperationday.studio.problem.NotFoundException;
import eu.interreg.cooperationday.studio.system.PublicUrls;
import eu.interreg.cooperationday.studio.bulk.BulkRenders;
import eu.interreg.cooperationday.studio.render.RenderRequest;

/** The staff API: render every programme of a CSV (and a zip of logos), follow it, restart what failed. */
@RestController
@RequestMapping("/api/bulk-renders")
class BulkRenderController {

	private final BulkRenders bulks;

	private final PublicUrls urls;

	BulkRenderController(BulkRenders bulks, PublicUrls urls) {
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
		String id = this.bulks.start(programmes, logos, staff.getName());
		return ResponseEntity.accepted()
			.location(URI.create("/api/bulk-renders/" + id))
			.body(new Started(id, this.urls.base() + "/api/bulk-renders/" + id));
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
