package eu.interreg.cooperationday.studio.video.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import eu.interreg.cooperationday.studio.video.internal.SegmentCache;

/**
 * Where encoded segments are kept between renders (the object store, in the service): by name, a path
 * of {@code /}-separated parts whose first part is the generation (see {@link SegmentCache}).
 */
public interface SegmentStore {

	/** Copies the segment {@code name} to {@code target}; false, and {@code target} untouched, when there is none. */
	boolean fetch(String name, Path target) throws IOException;

	/** Keeps {@code file} as the segment {@code name}, whole or not at all. */
	void store(String name, Path file) throws IOException;

	/** The names kept, every generation. */
	List<String> names() throws IOException;

	void delete(String name) throws IOException;

}
