package io.faultline.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Names, on every connection it hands out, who is changing the record and why, for the
 * audit triggers (V6), and whether an anonymous reader is reading (V16). Set on each
 * checkout, so a pooled connection never carries the previous user's name. In the same
 * statement it turns PostgreSQL's JIT off: it compiled page queries whose recursive CTE
 * was estimated expensive, 0.4-0.7 s of a 0.9 s statement at 2M events (BENCHMARKS.md).
 */
public class AuditingDataSource extends DelegatingDataSource {

	static final String SYSTEM = "system";

	AuditingDataSource(DataSource target) {
		super(target);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return identify(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return identify(super.getConnection(username, password));
	}

	/**
	 * Set while a connection is being named: finding who is signed in may read the
	 * session from PostgreSQL (Spring Session JDBC), on a connection of its own, which
	 * must not ask again (it would recurse until the pool is empty).
	 */
	private static final ThreadLocal<Boolean> identifying = new ThreadLocal<>();

	private static Connection identify(Connection connection) throws SQLException {
		if (identifying.get() != null) {
			return name(connection, SYSTEM, "", false);
		}
		identifying.set(Boolean.TRUE);
		try {
			String reason = ChangeReason.current();
			return name(connection, currentUser(), (reason != null) ? reason : "", anonymousReader());
		}
		finally {
			identifying.remove();
		}
	}

	private static Connection name(Connection connection, String user, String reason, boolean anonymous)
			throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(
				"SELECT set_config('faultline.user', ?, false), set_config('faultline.reason', ?, false), "
						+ "set_config('faultline.reader', ?, false), set_config('jit', 'off', false)")) {
			statement.setString(1, user);
			statement.setString(2, reason);
			statement.setString(3, anonymous ? "anonymous" : "");
			statement.execute();
		}
		catch (SQLException ex) {
			connection.close();
			throw ex;
		}
		return connection;
	}

	/**
	 * A web request by someone not signed in (anonymous reading): ACLED-derived events
	 * are hidden from it unless shared (V16, faultline_acled_shown).
	 */
	public static boolean anonymousReader() {
		return SecurityContextHolder.getContext().getAuthentication() instanceof AnonymousAuthenticationToken;
	}

	private static String currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return SYSTEM;
		}
		return authentication.getName();
	}

}
