package eu.interreg.cooperationday.studio.kit.internal;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import eu.interreg.cooperationday.studio.render.RenderRequest;
import eu.interreg.cooperationday.studio.render.RenderRequestFinished;
import eu.interreg.cooperationday.studio.render.RenderRequests;
import eu.interreg.cooperationday.studio.render.RenderStatus;
import eu.interreg.cooperationday.studio.render.RequestDeleted;
import eu.interreg.cooperationday.studio.storage.AssetStore;
import eu.interreg.cooperationday.studio.system.Sha256;

/**
 * A request's kit files as stored assets ({@code kits/{request}/{name}} in the object store, table
 * {@code kit_file}): written when the request is DONE (and again when its files are made again), and
 * written again before they are given whenever what they are made from changed since (its events, its
 * handles, its files, the kit's words, the guide's chapters). A file is uploaded before it is recorded,
 * so a recorded file is always whole.
 */
@Component
class KitStore {

	private static final Logger log = LoggerFactory.getLogger(KitStore.class);

	/** One stored file of a kit. */
	record Stored(String name, String objectKey, String contentType, long size, String sha256, String inputs,
			Instant writtenAt) {
	}

	private final KitFiles files;

	private final AssetStore store;

	private final JdbcClient jdbc;

	private final RenderRequests renders;

	private final Clock clock;

	/** One writer per request at a time: two downloads at once write its kit once. */
	private final Map<String, Object> writing = new ConcurrentHashMap<>();

	/** Whether a request's kit is written as soon as it is DONE ({@code studio.kit.write-when-done}), or when first asked for. */
	private final boolean writeWhenDone;

	KitStore(KitFiles files, AssetStore store, JdbcClient jdbc, RenderRequests renders, Clock clock,
			@org.springframework.beans.factory.annotation.Value("${studio.kit.write-when-done:true}") boolean writeWhenDone) {
		this.writeWhenDone = writeWhenDone;
		this.files = files;
		this.store = store;
		this.jdbc = jdbc;
		this.renders = renders;
		this.clock = clock;
	}

	/** The request's kit as stored, written (again) first when it is missing or its inputs changed. */
	List<Stored> current(RenderRequest request) {
		synchronized (this.writing.computeIfAbsent(request.id(), (id) -> new Object())) {
			String inputs = this.files.inputs(request);
			List<Stored> stored = listed(request.id());
			if (!stored.isEmpty() && stored.stream().allMatch((s) -> s.inputs().equals(inputs))) {
				return stored;
			}
			return write(request, inputs);
		}
	}

	/** One file of the request's current kit. */
	Optional<Stored> file(RenderRequest request, String name) {
		return current(request).stream().filter((s) -> s.name().equals(name)).findFirst();
	}

	InputStream open(Stored file) {
		return this.store.open(file.objectKey());
	}

	byte[] read(Stored file) {
		try (InputStream in = open(file)) {
			return in.readAllBytes();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private List<Stored> write(RenderRequest request, String inputs) {
		long started = System.nanoTime();
		Map<String, byte[]> written = this.files.all(request);
		for (Map.Entry<String, byte[]> file : written.entrySet()) {
			String key = "kits/" + request.id() + "/" + file.getKey();
			String sha256 = Sha256.hex(file.getValue());
			String type = contentType(file.getKey());
			this.store.put(key, file.getValue(), type, sha256);
			record(new Stored(file.getKey(), key, type, file.getValue().length, sha256, inputs, this.clock.instant()),
					request.id());
		}
		for (Stored old : listed(request.id())) {
			if (!written.containsKey(old.name())) {
				this.jdbc.sql("delete from kit_file where request_id = :id and name = :name")
					.param("id", request.id()).param("name", old.name()).update();
				this.store.delete(old.objectKey());
			}
		}
		log.info("Kit of request {} written: {} files in {} ms", request.id(), written.size(),
				(System.nanoTime() - started) / 1_000_000);
		return listed(request.id());
	}

	private void record(Stored file, String requestId) {
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("id", requestId);
		params.put("name", file.name());
		params.put("key", file.objectKey());
		params.put("type", file.contentType());
		params.put("size", file.size());
		params.put("sha256", file.sha256());
		params.put("inputs", file.inputs());
		params.put("at", Timestamp.from(file.writtenAt()));
		int updated = this.jdbc.sql("""
				update kit_file set object_key = :key, content_type = :type, size_bytes = :size, sha256 = :sha256,
				    inputs = :inputs, written_at = :at where request_id = :id and name = :name
				""").params(params).update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into kit_file (request_id, name, object_key, content_type, size_bytes, sha256, inputs, written_at)
					values (:id, :name, :key, :type, :size, :sha256, :inputs, :at)
					""").params(params).update();
		}
	}

	List<Stored> listed(String requestId) {
		return this.jdbc.sql("select * from kit_file where request_id = :id order by name")
			.param("id", requestId)
			.query((rs, row) -> new Stored(rs.getString("name"), rs.getString("object_key"), rs.getString("content_type"),
					rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("inputs"),
					rs.getTimestamp("written_at").toInstant()))
			.list();
	}

	static String contentType(String name) {
		if (name.endsWith(".pdf")) {
			return "application/pdf";
		}
		if (name.endsWith(".csv")) {
			return "text/csv; charset=utf-8";
		}
		if (name.endsWith(".ics")) {
			return "text/calendar; charset=utf-8";
		}
		return "text/markdown; charset=utf-8";
	}

	/** A request is DONE (the first time, or with files made again): its kit is written now. */
	@ApplicationModuleListener
	void on(RenderRequestFinished finished) {
		if (!finished.done() || !this.writeWhenDone) {
			return;
		}
		this.renders.find(finished.requestId()).filter((r) -> r.status() == RenderStatus.DONE).ifPresent((request) -> {
			try {
				current(request);
			}
			catch (RuntimeException ex) {
				// it is written when it is first asked for instead
				log.warn("Could not write the kit of request {} now: {}", request.id(), ex.toString());
			}
		});
	}

	@EventListener
	void on(RequestDeleted deleted) {
		for (Stored file : listed(deleted.requestId())) {
			this.store.delete(file.objectKey());
		}
		this.jdbc.sql("delete from kit_file where request_id = :id").param("id", deleted.requestId()).update();
	}

}
