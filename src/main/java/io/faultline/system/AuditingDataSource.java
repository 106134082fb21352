package io.faultline.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Names, on every connection it hands out, who is changing the record and why, for the
 * audit triggers (V6), and whether an anonymous reader is reading (V16). Set on each
 * checkout, so a pooled connection never carries the previous user's name into the
 * record; only Spring Session's connections, which touch nothing else, are left as they
 * come ({@link #unnamed}). In the same statement it turns PostgreSQL's JIT off: it
 * compiled page queries whose recursive CTE was estimated expensive, 0.4-0.7 s of a 0.9 s
 * statement at 2M events (BENCHMARKS.md).
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
	 * writes a session ({@link #unnamed}): connections taken then do not ask who is
	 * signed in, which would load the session again, and are not named at all.
	 */
	private static final ThreadLocal<Boolean> unnamedWork = new ThreadLocal<>();

	/**
	 * The name each of the pool's connections was last given, by the connection under the
	 * pool's proxy; weak, so that a connection the pool closes drops out.
	 */
	private final Map<Connection, Identity> named = Collections.synchronizedMap(new WeakHashMap<>());

	AuditingDataSource(DataSource target) {
		super(target);
	}

	@Override
	public Connection getConnection() throws SQLException {
		if (unnamedWork.get() != null) {
			return super.getConnection();
		}
		Identity identity = unnamed(Identity::current);
		return name(super.getConnection(), identity);
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		if (unnamedWork.get() != null) {
			return super.getConnection(username, password);
		}
		Identity identity = unnamed(Identity::current);
		return name(super.getConnection(username, password), identity);
	}

	/**
	 * Runs {@code work} without asking who is signed in, and with the connections it
	 * takes left as the pool hands them out: named for whoever used them last, or not at
	 * all. Only Spring Session's reads and writes run so (SessionConfiguration). Loading
	 * the session is how Spring Security finds who is signed in, so asking then would
	 * load it a second time; and its tables have no audit trigger and no reader filter
	 * (V24), so the round trip that names a connection would buy nothing.
	 */
	static <T> T unnamed(Supplier<T> work) {
		if (unnamedWork.get() != null) {
			return work.get();
		}
		unnamedWork.set(Boolean.TRUE);
		try {
			return work.get();
		}
		finally {
			unnamedWork.remove();
		}
	}

	/**
	 * Names the connection, unless the pool's connection under it already carries this
	 * name from its last checkout: the names are session settings, set in a transaction
	 * of their own, and nothing else sets them beyond a transaction's end (the importers'
	 * are {@code SET LOCAL}). A connection handed out inside a transaction (not the
	 * pool's way) is always named, and its name not kept: a rollback would undo it. One
	 * round trip fewer for most requests: readers of the same kind (every anonymous
	 * reader, or one user's pages) find their name already there.
	 */
	private Connection name(Connection connection, Identity identity) throws SQLException {
		Connection pooled;
		boolean kept;
		try {
			pooled = connection.unwrap(Connection.class);
			kept = connection.getAutoCommit();
			if (kept && identity.equals(this.named.get(pooled))) {
				return connection;
			}
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
		try (PreparedStatement statement = connection.prepareStatement(
				"SELECT set_config('faultline.user', ?, false), set_config('faultline.reason', ?, false), "
						+ "set_config('faultline.reader', ?, false), set_config('jit', 'off', false)")) {
			statement.setString(1, identity.user());
			statement.setString(2, identity.reason());
			statement.setString(3, identity.anonymous() ? "anonymous" : "");
			statement.execute();
		}
		catch (SQLException | RuntimeException ex) {
			this.named.remove(pooled);
			connection.close();
			throw ex;
		}
		if (kept) {
			this.named.put(pooled, identity);
		}
		else {
			this.named.remove(pooled);
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

		static Identity current() {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			boolean anonymous = authentication instanceof AnonymousAuthenticationToken;
			String user = (authentication == null || anonymous) ? AuditingDataSource.SYSTEM : authentication.getName();
			String reason = ChangeReason.current();
			return new Identity(user, (reason != null) ? reason : "", anonymous);
		}

	}

}
