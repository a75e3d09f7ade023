package eu.interreg.cooperationday.studio.kit.internal;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import eu.interreg.cooperationday.studio.kit.Platform;

/** A programme's handles (table {@code kit_handle}), checked before they are kept. */
@Repository
class HandleRepository {

	private final JdbcClient jdbc;

	HandleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<Platform, String> of(String requestId) {
		Map<Platform, String> handles = new EnumMap<>(Platform.class);
		this.jdbc.sql("select platform, handle from kit_handle where request_id = :id")
			.param("id", requestId)
			.query((rs, row) -> Map.entry(Platform.valueOf(rs.getString(1)), rs.getString(2)))
			.list()
			.forEach((e) -> handles.put(e.getKey(), e.getValue()));
		return handles;
	}

	/** Replaces the programme's handles with these. */
	@Transactional
	void replace(String requestId, Map<Platform, String> handles) {
		this.jdbc.sql("delete from kit_handle where request_id = :id").param("id", requestId).update();
		handles.forEach((platform, handle) -> this.jdbc
			.sql("insert into kit_handle (request_id, platform, handle) values (:id, :platform, :handle)")
			.param("id", requestId)
			.param("platform", platform.name())
			.param("handle", handle)
			.update());
	}

}
