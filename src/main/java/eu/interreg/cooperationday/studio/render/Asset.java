package eu.interreg.cooperationday.studio.render;

/**
 * A rendered file that is stored: where (object key), what (content type, size, sha256 of the bytes),
 * the unguessable token of its stable download link, and the hash of the inputs it was made from.
 */
public record Asset(String requestId, String kind, String format, String objectKey, String contentType,
		long sizeBytes, String sha256, String downloadToken, String inputHash) {

	/** What this file is among the files a request gets. */
	public AssetSpec spec() {
		return AssetSpec.of(this.kind, this.format);
	}

}
