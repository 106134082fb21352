package io.faultline.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.function.Function;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Undoes an import's writes (a dry run, a rejected file) by rolling back to a savepoint
 * taken at its start, so it also leaves a caller's transaction as it was.
 */
final class GazetteerSavepoint {

	private GazetteerSavepoint() {
	}

	/**
	 * Runs {@code work} in the current transaction, with {@code reason} as the reason the
	 * history records for its writes (whoever opened the connection); the work calls the
	 * given undo to have its writes rolled back when it returns.
	 */
	static <T> T undoUnless(DataSource dataSource, String reason, Function<Runnable, T> work) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			Savepoint savepoint = connection.setSavepoint();
			try (PreparedStatement statement = connection
				.prepareStatement("SELECT set_config('faultline.reason', ?, true)")) {
				statement.setString(1, reason);
				statement.execute();
			}
			boolean[] undone = { false };
			T result;
			try {
				result = work.apply(() -> undone[0] = true);
			}
			catch (RuntimeException ex) {
				connection.rollback(savepoint);
				throw ex;
			}
			if (undone[0]) {
				connection.rollback(savepoint);
			}
			else {
				connection.releaseSavepoint(savepoint);
			}
			return result;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not undo the import: " + ex.getMessage(), ex);
		}
	}

}
