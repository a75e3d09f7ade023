package eu.interreg.cooperationday.studio.render;

import eu.interreg.cooperationday.studio.visibility.VisibilityReport;

import java.util.List;

/**
 * A request as the API shows it ({@code GET /api/render-requests/{id}}) and as its webhook carries it:
 * its status, its languages, each stored file with a stable download link, the reason it failed, and its share page's
 * address once it is DONE (null before, and while the page is unpublished), and its campaign kit's files once
 * it is DONE (empty before).
 */
public record RequestStatus(String id, String status, String programmeName, String language,
		String secondLanguage, String programmeNameSecond, List<AssetLink> assets, String error, String shareUrl,
		List<KitLink> kit) {

	public RequestStatus {
		kit = kit == null ? List.of() : List.copyOf(kit);
	}

	/**
	 * One file of the request's campaign kit: {@code campaign-kit.zip}, {@code posts.md}, {@code posts.csv},
	 * {@code posting-calendar.ics}, {@code guide-{language}.pdf}; {@code language} is the language its words
	 * are in (English for a language the kit does not speak yet), null for the zip and the calendar.
	 */
	public record KitLink(String name, String contentType, String language, String url) {
	}

	/**
	 * One stored file of the request, with what the visibility checker measured on it (null for a file
	 * that shows no logo, such as captions).
	 */
	public record AssetLink(String kind, String format, String contentType, long sizeBytes, String sha256,
			String downloadUrl, VisibilityReport visibility) {
	}

}
