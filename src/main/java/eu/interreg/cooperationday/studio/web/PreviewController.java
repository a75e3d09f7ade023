package eu.interreg.cooperationday.studio.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import eu.interreg.cooperationday.studio.poster.PosterContent;
import eu.interreg.cooperationday.studio.poster.PosterFormat;
import eu.interreg.cooperationday.studio.poster.PosterRenderer;
import eu.interreg.cooperationday.studio.programme.ProgrammeRequest;
import eu.interreg.cooperationday.studio.programme.ProgrammeRequestParser;
import eu.interreg.cooperationday.studio.problem.StudioBusyException;
import eu.interreg.cooperationday.studio.render.AssetRenderer;

/**
 * The live preview of the form: the square social image at {@value #SIZE} x {@value #SIZE} of what the
 * fields would make, as {@code image/png}. The fields are checked and refused exactly as a render
 * request's (no email needed); nothing is stored. At most one preview per core is drawn at a time; a
 * preview that cannot start within a second gets 503 with {@code Retry-After}.
 */
@RestController
class PreviewController {

	static final int SIZE = 540;

	private final ProgrammeRequestParser parser;

	private final AssetRenderer renderer;

	private final PosterRenderer posters;

	private final Semaphore drawing = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

	PreviewController(ProgrammeRequestParser parser, AssetRenderer renderer, PosterRenderer posters) {
		this.parser = parser;
		this.renderer = renderer;
		this.posters = posters;
	}

	@Operation(summary = "A 540 x 540 PNG preview of the square social image; the same fields as a render request, no email")
	@PostMapping(path = "/api/previews", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> preview(@RequestParam(required = false) String programmeName,
			@RequestParam(required = false) String language, @RequestPart(required = false) MultipartFile logo,
			@RequestParam(required = false) String eventTitle, @RequestParam(required = false) String eventDate,
			@RequestParam(required = false) String eventVenue, @RequestParam(required = false) String eventUrl,
			@RequestParam(required = false) String secondLanguage,
			@RequestParam(required = false) String programmeNameSecond) throws IOException, InterruptedException {
		ProgrammeRequest request = this.parser.parseForPreview(ProgrammeRequestParser.RawFields.upload(programmeName,
				language, null, logo, eventTitle, eventDate, eventVenue, eventUrl, null, secondLanguage,
				programmeNameSecond, null, null));
		if (!this.drawing.tryAcquire(1, TimeUnit.SECONDS)) {
			throw new StudioBusyException("Every preview slot is drawing: please try again in a second.", 1);
		}
		try {
			PosterContent content = this.renderer.posterContent(request.programme(), request.logo().format(),
					request.logo().normalised(), request.logo().marks());
			ByteArrayOutputStream png = new ByteArrayOutputStream(256 * 1024);
			this.posters.renderAt(PosterFormat.SQUARE_1080, content, SIZE, png);
			return ResponseEntity.ok()
				.contentType(MediaType.IMAGE_PNG)
				.cacheControl(CacheControl.noStore())
				.body(png.toByteArray());
		}
		finally {
			this.drawing.release();
		}
	}

}
