package eu.interreg.cooperationday.studio.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /favicon.ico}, which browsers ask for whatever a page links: the campaign mark (SVG, which every
 * current browser takes as an icon), instead of a 404 in every page's console.
 */
@Controller
class FaviconController {

	private final byte[] icon;

	FaviconController() throws IOException {
		try (InputStream in = new ClassPathResource("static/favicon.svg").getInputStream()) {
			this.icon = in.readAllBytes();
		}
	}

	@GetMapping("/favicon.ico")
	ResponseEntity<byte[]> favicon() {
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
			.body(this.icon);
	}

}
