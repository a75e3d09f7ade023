package eu.interreg.cooperationday.studio.video.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encoded segments that every programme's video shares (see {@link Segments}), kept in a
 * {@link SegmentStore} and reused by every later render. A segment missing when several renders want it
 * at once is encoded by one of them; the others wait for it. Turned off, every render encodes its whole
 * video in one pass, as before reuse, which is the reference a stitched video is compared with.
 */
public final class SegmentCache {

	private static final Logger log = LoggerFactory.getLogger(SegmentCache.class);

	/** Makes a segment into a file. */
	@FunctionalInterface
	public interface Maker {

		void make(Path target) throws IOException;

	}

	/** How a segment was had: from the store, or encoded here (and stored). */
	enum Outcome {

		FETCHED, ENCODED

	}

	private final SegmentStore store;

	private final ConcurrentMap<String, CompletableFuture<Void>> encoding = new ConcurrentHashMap<>();

	private final AtomicLong fetched = new AtomicLong();

	private final AtomicLong encoded = new AtomicLong();

	private SegmentCache(SegmentStore store) {
		this.store = store;
	}

	/** Reuse through {@code store}. */
	public static SegmentCache in(SegmentStore store) {
		return new SegmentCache(store);
	}

	/** No reuse: every video encoded in one pass. */
	public static SegmentCache off() {
		return new SegmentCache(null);
	}

	public boolean enabled() {
		return this.store != null;
	}

	/** Segments fetched from the store so far. */
	public long fetched() {
		return this.fetched.get();
	}

	/** Segments encoded (and stored) here so far, for want of a stored one. */
	public long encoded() {
		return this.encoded.get();
	}

	/**
	 * Puts the segment {@code name} at {@code target}: the stored one, or one made by {@code maker} and
	 * stored. While one render makes a segment, others wanting it wait and then fetch it.
	 */
	public Outcome obtain(String name, Path target, Maker maker) throws IOException {
		CompletableFuture<Void> mine = new CompletableFuture<>();
		while (true) {
			if (this.store.fetch(name, target)) {
				this.fetched.incrementAndGet();
				return Outcome.FETCHED;
			}
			CompletableFuture<Void> other = this.encoding.putIfAbsent(name, mine);
			if (other == null) {
				break;
			}
			// another render makes it now: wait, then fetch it (or make it, if that render failed)
			try {
				other.join();
			}
			catch (RuntimeException ex) {
				// that render's own failure; this one tries for itself
			}
		}
		try {
			if (this.store.fetch(name, target)) {
				this.fetched.incrementAndGet();
				return Outcome.FETCHED;
			}
			maker.make(target);
			this.encoded.incrementAndGet();
			try {
				this.store.store(name, target);
			}
			catch (IOException | RuntimeException ex) {
				// the render goes on with the segment it made; a later one makes it again
				log.warn("Could not keep video segment {}: {}", name, ex.toString());
			}
			return Outcome.ENCODED;
		}
		finally {
			this.encoding.remove(name, mine);
			mine.complete(null);
		}
	}

	/**
	 * Deletes the segments of every generation but {@code generation}: made with another template, brand
	 * kit or encoder settings, no render will ask for them again.
	 *
	 * @return how many were deleted
	 */
	public int evictAllBut(String generation) throws IOException {
		if (this.store == null) {
			return 0;
		}
		int deleted = 0;
		for (String name : this.store.names()) {
			if (!name.startsWith(generation + "/")) {
				this.store.delete(name);
				deleted++;
			}
		}
		if (deleted > 0) {
			log.info("Deleted {} video segments of an earlier template, brand kit or encoder", deleted);
		}
		return deleted;
	}

}
