package io.faultline.system;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns a database that cannot be reached, or lacks PostGIS, into a short message and the
 * action to take, instead of a page of stack trace.
 */
class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<Exception> {

	private final Environment environment;

	DatabaseFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, Exception cause) {
		DatabaseNotReadyException notReady = findCause(rootFailure, DatabaseNotReadyException.class);
		if (notReady != null) {
			return new FailureAnalysis(notReady.getMessage(), notReady.getAction(), notReady);
		}
		SQLException unreachable = unreachable(rootFailure);
		if (unreachable != null) {
			String url = this.environment.getProperty("spring.datasource.url", "(not set)");
			String user = this.environment.getProperty("spring.datasource.username", "(not set)");
			return new FailureAnalysis(
					"Faultline cannot use its database at %s as user '%s': %s".formatted(url, user,
							unreachable.getMessage()),
					"""
							Make sure PostgreSQL is running and the database exists, or point Faultline elsewhere with \
							DATABASE_URL, DATABASE_USERNAME and DATABASE_PASSWORD. For the default database on a local \
							server: createdb -h 127.0.0.1 -U postgres faultline""", unreachable);
		}
		return null;
	}

	/**
	 * Connection refused (08), unknown database (3D000) or failed authentication (28).
	 */
	private static SQLException unreachable(Throwable failure) {
		Throwable candidate = failure;
		while (candidate != null) {
			if (candidate instanceof SQLException sql && sql.getSQLState() != null) {
				String state = sql.getSQLState();
				if (state.startsWith("08") || state.equals("3D000") || state.startsWith("28")) {
					return sql;
				}
			}
			candidate = candidate.getCause();
		}
		return null;
	}

}
