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
			.param("requestId", asset.requestId())
			.param("kind", asset.kind())
			.param("format", asset.format())
			.param("key", asset.objectKey())
			.param("contentType", asset.contentType())
			.param("size", asset.sizeBytes())
			.param("sha256", asset.sha256())
			.param("token", asset.downloadToken())
			.param("inputHash", asset.inputHash())
			.param("visibility", asset.visibility() == null ? null : JSON.writeValueAsString(asset.visibility()))
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
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

	boolean exists(String requestId, String kind, String format) {
		return this.jdbc.sql("select count(*) from asset where request_id = :id and kind = :kind and format = :format")
			.param("id", requestId)
			.param("kind", kind)
			.param("format", format)
			.query(Integer.class)
			.single() > 0;
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
