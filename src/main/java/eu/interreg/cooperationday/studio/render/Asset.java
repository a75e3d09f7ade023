package eu.interreg.cooperationday.studio.render;

import eu.interreg.cooperationday.studio.visibility.VisibilityReport;

/**
 * A rendered file that is stored: where (object key), what (content type, size, sha256 of the bytes),
 * the unguessable token of its stable download link, the hash of the inputs it was made from, and what
 * the visibility checker measured on it (null for a file that shows no logo, or one made before files
 * were checked).
 */
public record Asset(String requestId, String kind, String format, String objectKey, String contentType,
		long sizeBytes, String sha256, String downloadToken, String inputHash, VisibilityReport visibility) {

	public Asset(String requestId, String kind, String format, String objectKey, String contentType, long sizeBytes,
			String sha256, String downloadToken, String inputHash) {
		this(requestId, kind, format, objectKey, contentType, sizeBytes, sha256, downloadToken, inputHash, null);
	}

	/** Whether the checker found the file breaking the visibility rules. */
	public boolean nonCompliant() {
		return this.visibility != null && !this.visibility.compliant();
	}

	/** What this file is among the files a request gets. */
	public AssetSpec spec() {
		return AssetSpec.of(this.kind, this.format);
	}

}
