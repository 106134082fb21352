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
 * audit triggers (V6). Set on each checkout, so a pooled connection never carries the
 * previous user's name.
 */
class AuditingDataSource extends DelegatingDataSource {

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

	private static Connection identify(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(
				"SELECT set_config('faultline.user', ?, false), set_config('faultline.reason', ?, false)")) {
			statement.setString(1, currentUser());
			String reason = ChangeReason.current();
			statement.setString(2, (reason != null) ? reason : "");
			statement.execute();
		}
		catch (SQLException ex) {
			connection.close();
			throw ex;
		}
		return connection;
	}

	private static String currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return SYSTEM;
		}
		return authentication.getName();
	}

}
