package io.faultline.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Supplier;

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
 * <p>
 * Who is signed in is found before the connection is taken from the pool. Finding it may
 * load the session from PostgreSQL (Spring Session JDBC) on a connection of its own; a
 * request holding one connection while it waited for that second one starved the pool: 32
 * signed-in requests on 10 connections waited for each other until the pool's timeout,
 * and each connection taken before the failure was never given back (BENCHMARKS.md,
 * sixteenth run).
 */
public class AuditingDataSource extends DelegatingDataSource {

	static final String SYSTEM = "system";

	/**
	 * Set while a connection's user is being found and while Spring Session reads or
	 * writes a session ({@link #asSystem}): connections taken then are the system's, and
	 * do not ask who is signed in, which would load the session again.
	 */
	private static final ThreadLocal<Boolean> asSystem = new ThreadLocal<>();

	AuditingDataSource(DataSource target) {
		super(target);
	}

	@Override
	public Connection getConnection() throws SQLException {
		Identity identity = identify();
		return name(super.getConnection(), identity);
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		Identity identity = identify();
		return name(super.getConnection(username, password), identity);
	}

	/**
	 * Runs {@code work} with every connection it takes named as the system's, without
	 * asking who is signed in. Spring Session's reads and writes run so
	 * (SessionConfiguration): loading the session is how Spring Security finds who is
	 * signed in, so asking then would load it a second time.
	 */
	static <T> T asSystem(Supplier<T> work) {
		if (asSystem.get() != null) {
			return work.get();
		}
		asSystem.set(Boolean.TRUE);
		try {
			return work.get();
		}
		finally {
			asSystem.remove();
		}
	}

	private static Identity identify() {
		return (asSystem.get() != null) ? Identity.SYSTEM : asSystem(Identity::current);
	}

	private static Connection name(Connection connection, Identity identity) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(
				"SELECT set_config('faultline.user', ?, false), set_config('faultline.reason', ?, false), "
						+ "set_config('faultline.reader', ?, false), set_config('jit', 'off', false)")) {
			statement.setString(1, identity.user());
			statement.setString(2, identity.reason());
			statement.setString(3, identity.anonymous() ? "anonymous" : "");
			statement.execute();
		}
		catch (SQLException | RuntimeException ex) {
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

	/** Who a connection works for, why, and whether an anonymous reader reads. */
	private record Identity(String user, String reason, boolean anonymous) {

		static final Identity SYSTEM = new Identity(AuditingDataSource.SYSTEM, "", false);

		static Identity current() {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			boolean anonymous = authentication instanceof AnonymousAuthenticationToken;
			String user = (authentication == null || anonymous) ? AuditingDataSource.SYSTEM : authentication.getName();
			String reason = ChangeReason.current();
			return new Identity(user, (reason != null) ? reason : "", anonymous);
		}

	}

}
