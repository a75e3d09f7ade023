package eu.interreg.cooperationday.studio.render;

import eu.interreg.cooperationday.studio.visibility.VisibilityReport;

import java.util.List;

/**
 * A request as the API shows it ({@code GET /api/render-requests/{id}}) and as its webhook carries it:
 * its status, its languages, each stored file with a stable download link, the reason it failed, and its share page's
 * address once it is DONE (null before, and while the page is unpublished).
 */
public record RequestStatus(String id, String status, String programmeName, String language,
		String secondLanguage, String programmeNameSecond, List<AssetLink> assets, String error, String shareUrl) {

	/**
	 * One stored file of the request, with what the visibility checker measured on it (null for a file
	 * that shows no logo, such as captions).
	 */
	public record AssetLink(String kind, String format, String contentType, long sizeBytes, String sha256,
			String downloadUrl, VisibilityReport visibility) {
	}

}
