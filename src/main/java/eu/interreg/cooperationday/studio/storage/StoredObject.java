package eu.interreg.cooperationday.studio.storage;

/** What the object store holds under a key, as it reports it. */
public record StoredObject(String key, long sizeBytes, String contentType, String sha256) {
}
