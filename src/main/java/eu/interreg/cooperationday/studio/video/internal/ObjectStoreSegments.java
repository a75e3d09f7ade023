package eu.interreg.cooperationday.studio.video.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import eu.interreg.cooperationday.studio.storage.AssetStore;
import eu.interreg.cooperationday.studio.storage.StoredObject;
import eu.interreg.cooperationday.studio.system.Sha256;

/**
 * Segments in the object store, under {@value #PREFIX}, each with its sha256: one store for every
 * render of the service (and every worker of a farm). A download is checked against its size and hash
 * before it is used; an upload is one PUT, so a segment is there whole or not at all.
 */
final class ObjectStoreSegments implements SegmentStore {

	static final String PREFIX = "video-segments/";

	private final AssetStore store;

	ObjectStoreSegments(AssetStore store) {
		this.store = store;
	}

	@Override
	public boolean fetch(String name, Path target) throws IOException {
		StoredObject object = this.store.stat(PREFIX + name + ".mp4");
		if (object == null) {
			return false;
		}
		Path partial = Files.createTempFile(target.toAbsolutePath().getParent(), "segment-", ".part");
		try {
			try (InputStream in = this.store.open(object.key())) {
				Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
			}
			if (Files.size(partial) != object.sizeBytes()
					|| (object.sha256() != null && !object.sha256().equals(Sha256.hex(partial)))) {
				throw new IOException("Video segment " + name + " did not download whole");
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
			return true;
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	@Override
	public void store(String name, Path file) throws IOException {
		this.store.put(PREFIX + name + ".mp4", file, "video/mp4", Sha256.hex(file));
	}

	@Override
	public List<String> names() {
		// a file-system backed store may list its folders too ("video-segments/<generation>/")
		return this.store.list(PREFIX)
			.stream()
			.filter((key) -> key.endsWith(".mp4"))
			.map((key) -> key.substring(PREFIX.length(), key.length() - ".mp4".length()))
			.toList();
	}

	@Override
	public void delete(String name) {
		this.store.delete(PREFIX + name + ".mp4");
	}

}
