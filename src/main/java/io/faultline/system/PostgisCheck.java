package io.faultline.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Before migrating, makes sure the database can hold geometry: PostGIS must be installed
 * on the server, and either enabled in this database or enabled by us as a superuser.
 */
@Component
@Order(1)
class PostgisCheck implements Callback {

	private static final String QUERY = """
			SELECT current_database(),
			       current_user,
			       EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'postgis'),
			       EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'),
			       (SELECT rolsuper FROM pg_roles WHERE rolname = current_user),
			       current_setting('server_version_num')::int / 10000
			""";

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.BEFORE_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		check(context.getConnection());
	}

	static void check(Connection connection) {
		try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(QUERY)) {
			row.next();
			String database = row.getString(1);
			String user = row.getString(2);
			boolean enabled = row.getBoolean(3);
			boolean available = row.getBoolean(4);
			boolean superuser = row.getBoolean(5);
			int serverMajor = row.getInt(6);
			if (enabled) {
				return;
			}
			if (!available) {
				throw new DatabaseNotReadyException(
						"PostGIS is not installed on the PostgreSQL %d server holding database '%s'."
							.formatted(serverMajor, database),
						"Install PostGIS for PostgreSQL %d (Debian/Ubuntu: apt-get install postgresql-%d-postgis-3), then restart Faultline."
							.formatted(serverMajor, serverMajor));
			}
			if (!superuser) {
				throw new DatabaseNotReadyException(
						"PostGIS is installed but not enabled in database '%s', and user '%s' may not enable it."
							.formatted(database, user),
						"As a superuser, run once: psql -d %s -c 'CREATE EXTENSION postgis'".formatted(database));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not check for PostGIS: " + ex.getMessage(), ex);
		}
	}

	@Override
	public String getCallbackName() {
		return "faultline-postgis-check";
	}

}
