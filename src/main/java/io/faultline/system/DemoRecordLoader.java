package io.faultline.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;

import javax.sql.DataSource;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * After migrations, loads the demo record (db/demo/*.sql, in name order, in one
 * transaction) into a database that holds no events, actors or places yet. Off with
 * {@code faultline.demo.enabled=false}.
 */
@Component
@Order(2)
class DemoRecordLoader implements Callback {

	private static final Logger logger = LoggerFactory.getLogger(DemoRecordLoader.class);

	static final String SCRIPTS = "classpath*:db/demo/*.sql";

	private final DataSource dataSource;

	private final FaultlineProperties properties;

	DemoRecordLoader(DataSource dataSource, FaultlineProperties properties) {
		this.dataSource = dataSource;
		this.properties = properties;
	}

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE && this.properties.demo().enabled();
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		try (Connection connection = this.dataSource.getConnection()) {
			if (!isEmpty(connection)) {
				return;
			}
			Resource[] scripts = new PathMatchingResourcePatternResolver().getResources(SCRIPTS);
			Arrays.sort(scripts, Comparator.comparing(Resource::getFilename));
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				for (Resource script : scripts) {
					ScriptUtils.executeSqlScript(connection, new EncodedResource(script, "UTF-8"));
				}
				connection.commit();
			}
			catch (RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
			logger.info("Loaded the demo record ({} scripts): {}", scripts.length, counts(connection));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not load the demo record: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean isEmpty(Connection connection) throws SQLException {
		return queryForString(connection, """
				SELECT NOT EXISTS (SELECT 1 FROM event) AND NOT EXISTS (SELECT 1 FROM actor)
				   AND NOT EXISTS (SELECT 1 FROM place)""").equals("t");
	}

	private static String counts(Connection connection) throws SQLException {
		return queryForString(connection, """
				SELECT format('%s events, %s claims, %s actors, %s places, %s control periods',
				       (SELECT count(*) FROM event), (SELECT count(*) FROM claim), (SELECT count(*) FROM actor),
				       (SELECT count(*) FROM place), (SELECT count(*) FROM control_period))""");
	}

	private static String queryForString(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
			row.next();
			return row.getString(1);
		}
	}

	@Override
	public String getCallbackName() {
		return "faultline-demo-record";
	}

}
