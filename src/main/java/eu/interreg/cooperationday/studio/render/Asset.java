package eu.interreg.cooperationday.studio.render;

/**
 * A rendered file that is stored: where (object key), what (content type, size, sha256 of the bytes)
 * and the unguessable token of its stable download link.
 */
public record Asset(String requestId, String kind, String format, String objectKey, String contentType,
		long sizeBytes, String sha256, String downloadToken) {
}
