package eu.interreg.cooperationday.studio.render.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import eu.interreg.cooperationday.studio.render.Asset;
import eu.interreg.cooperationday.studio.visibility.VisibilityReport;

/** The stored files of requests (table {@code asset}). */
@Repository
public class AssetRepository {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final Clock clock;

	AssetRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void insert(Asset asset) {
		this.jdbc.sql("""
				insert into asset (request_id, kind, format, object_key, content_type, size_bytes, sha256,
				    download_token, input_hash, visibility, created_at)
				values (:requestId, :kind, :format, :key, :contentType, :size, :sha256, :token, :inputHash,
				    :visibility, :now)
				""")
			.params(params(asset))
			.update();
	}

	/** An asset's columns as named parameters ({@code now} is when it is recorded). */
	private java.util.Map<String, Object> params(Asset asset) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("requestId", asset.requestId());
		params.put("kind", asset.kind());
		params.put("format", asset.format());
		params.put("key", asset.objectKey());
		params.put("contentType", asset.contentType());
		params.put("size", asset.sizeBytes());
		params.put("sha256", asset.sha256());
		params.put("token", asset.downloadToken());
		params.put("inputHash", asset.inputHash());
		params.put("visibility", asset.visibility() == null ? null : JSON.writeValueAsString(asset.visibility()));
		params.put("now", Timestamp.from(this.clock.instant()));
		return params;
	}

	public List<Asset> ofRequest(String requestId) {
		return this.jdbc.sql("select * from asset where request_id = :id order by created_at, kind, format")
			.param("id", requestId)
			.query(AssetRepository::map)
			.list();
	}

	/** The newest files the visibility checker found breaking the rules, newest first. */
	public List<Asset> nonCompliant(int limit) {
		return this.jdbc.sql("""
				select * from asset where visibility like '{"compliant":false%'
				order by created_at desc, request_id, kind, format limit :limit
				""")
			.param("limit", limit)
			.query(AssetRepository::map)
			.list();
	}

	/** Whether the request has this file made from its present inputs (a stale one is to be made again). */
	boolean exists(String requestId, String kind, String format) {
		return this.jdbc.sql("""
				select count(*) from asset where request_id = :id and kind = :kind and format = :format and stale = false
				""")
			.param("id", requestId)
			.param("kind", kind)
			.param("format", format)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Records a file made again in place of its stale record (same download token, so the links already
	 * sent give the new file), or records it as new when there is none.
	 */
	void replace(Asset asset) {
		int replaced = this.jdbc.sql("""
				update asset set object_key = :key, content_type = :contentType, size_bytes = :size, sha256 = :sha256,
				    input_hash = :inputHash, visibility = :visibility, stale = false, created_at = :now
				where request_id = :requestId and kind = :kind and format = :format and stale = true
				""")
			.params(params(asset))
			.update();
		if (replaced == 0) {
			insert(asset);
		}
	}

	/** Marks the request's files of these {@code kind/format} keys stale: they are still served until remade. */
	public void markStale(String requestId, java.util.Collection<String> keys) {
		for (String key : keys) {
			int slash = key.indexOf('/');
			this.jdbc.sql("update asset set stale = true where request_id = :id and kind = :kind and format = :format")
				.param("id", requestId)
				.param("kind", key.substring(0, slash))
				.param("format", key.substring(slash + 1))
				.update();
		}
	}

	/** The {@code kind/format} keys of the request's stale files. */
	public java.util.Set<String> stale(String requestId) {
		return java.util.Set.copyOf(this.jdbc
			.sql("select kind, format from asset where request_id = :id and stale = true")
			.param("id", requestId)
			.query((rs, row) -> rs.getString("kind") + "/" + rs.getString("format"))
			.list());
	}

	/** The requests with files waiting to be made again. */
	List<String> requestsWithStale() {
		return this.jdbc.sql("select distinct request_id from asset where stale = true")
			.query(String.class)
			.list();
	}

	/** A stored asset of any request made from exactly these inputs, to copy instead of rendering again. */
	Optional<Asset> sameInputs(String kind, String format, String inputHash) {
		return this.jdbc.sql("select * from asset where kind = :kind and format = :format and input_hash = :hash")
			.param("kind", kind)
			.param("format", format)
			.param("hash", inputHash)
			.query(AssetRepository::map)
			.list()
			.stream()
			.findFirst();
	}

	public Optional<Asset> byToken(String token) {
		return this.jdbc.sql("select * from asset where download_token = :token")
			.param("token", token)
			.query(AssetRepository::map)
			.optional();
	}

	private static Asset map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Asset(rs.getString("request_id"), rs.getString("kind"), rs.getString("format"),
				rs.getString("object_key"), rs.getString("content_type"), rs.getLong("size_bytes"),
				rs.getString("sha256"), rs.getString("download_token"), rs.getString("input_hash"),
				report(rs.getString("visibility")));
	}

	/** A stored report; one that no longer reads (written by another version) is as good as none. */
	private static VisibilityReport report(String json) {
		if (json == null) {
			return null;
		}
		try {
			return JSON.readValue(json, VisibilityReport.class);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

}
