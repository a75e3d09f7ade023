package db.migration.common;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The notify module's outboxes keep their rows by request id without a foreign key into the render
 * module's table: a request is deleted first and announced after, and each module then removes what it
 * keeps of it. The keys' names differ between H2 and PostgreSQL, so they are looked up, not written.
 */
public class V12__ModulesKeepTheirOwnRows extends BaseJavaMigration {

	private static final List<String> TABLES = List.of("outbox_email", "outbox_webhook");

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		DatabaseMetaData meta = connection.getMetaData();
		List<String> drops = new ArrayList<>();
		for (String table : TABLES) {
			for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
				try (ResultSet keys = meta.getImportedKeys(connection.getCatalog(), null, name)) {
					while (keys.next()) {
						if (keys.getString("PKTABLE_NAME").equalsIgnoreCase("render_request")) {
							drops.add("alter table " + table + " drop constraint \"" + keys.getString("FK_NAME") + "\"");
						}
					}
				}
			}
		}
		try (Statement statement = connection.createStatement()) {
			for (String drop : drops.stream().distinct().toList()) {
				statement.execute(drop);
			}
		}
	}

}
