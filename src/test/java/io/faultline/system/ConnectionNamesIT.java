package io.faultline.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every connection the application takes carries the name of whoever takes it, for the
 * audit triggers, even though a connection that already carries that name is not named
 * again. The names are read through a pool of one connection of the test's own, so every
 * checkout here gets the same PostgreSQL backend and nothing else takes it in between:
 * each name below is the one left there by the checkout before it, or a new one. (On the
 * application's pool, with all connections but one held, its scheduled jobs took that one
 * now and then and named it {@code system}.)
 */
@IntegrationTest
class ConnectionNamesIT {

	@Autowired
	DataSource applicationDataSource;

	private HikariDataSource pool;

	private DataSource dataSource;

	@BeforeEach
	void openAPoolOfOneConnection() throws SQLException {
		HikariDataSource application = this.applicationDataSource.unwrap(HikariDataSource.class);
		this.pool = new HikariDataSource();
		this.pool.setJdbcUrl(application.getJdbcUrl());
		this.pool.setUsername(application.getUsername());
		this.pool.setPassword(application.getPassword());
		this.pool.setMaximumPoolSize(1);
		this.pool.setConnectionTimeout(2000);
		this.dataSource = new AuditingDataSource(this.pool);
	}

	@AfterEach
	void signOutAndClose() {
		SecurityContextHolder.clearContext();
		this.pool.close();
	}

	@Test
	void namesTheSameConnectionForEachWhoTakesItInTurn() throws Exception {
		Authentication alice = signedIn("alice");
		Authentication bob = signedIn("bob");
		Authentication anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
		int backend = backendAs(alice);
		assertThat(nameAs(alice, null)).isEqualTo("alice||");
		assertThat(nameAs(alice, null)).isEqualTo("alice||");
		assertThat(nameAs(bob, null)).isEqualTo("bob||");
		assertThat(nameAs(bob, "a correction")).isEqualTo("bob|a correction|");
		assertThat(nameAs(bob, null)).isEqualTo("bob||");
		assertThat(nameAs(anonymous, null)).isEqualTo("system||anonymous");
		assertThat(nameAs(null, null)).isEqualTo("system||");
		assertThat(nameAs(alice, null)).isEqualTo("alice||");
		assertThat(backendAs(bob)).isEqualTo(backend);
	}

	@Test
	void leavesSpringSessionsConnectionsUnnamedAndNamesTheNextOne() throws Exception {
		assertThat(nameAs(signedIn("carol"), null)).isEqualTo("carol||");
		SecurityContextHolder.getContext().setAuthentication(signedIn("dave"));
		String unnamed = AuditingDataSource.unnamed(this::nameOfTheNextConnection);
		assertThat(unnamed).isEqualTo("carol||");
		assertThat(nameAs(signedIn("dave"), null)).isEqualTo("dave||");
	}

	@Test
	void namesAgainAfterATransactionNamedItsOwnWork() throws Exception {
		Authentication erin = signedIn("erin");
		assertThat(nameAs(erin, null)).isEqualTo("erin||");
		for (boolean commit : List.of(true, false)) {
			SecurityContextHolder.getContext().setAuthentication(erin);
			try (Connection connection = this.dataSource.getConnection()) {
				connection.setAutoCommit(false);
				try (Statement statement = connection.createStatement()) {
					statement.execute("SELECT set_config('faultline.reason', 'an import', true)");
				}
				assertThat(name(connection)).isEqualTo("erin|an import|");
				if (commit) {
					connection.commit();
				}
				else {
					connection.rollback();
				}
			}
			assertThat(nameAs(erin, null)).isEqualTo("erin||");
		}
	}

	private String nameAs(Authentication authentication, String reason) {
		SecurityContextHolder.getContext().setAuthentication(authentication);
		try {
			return ChangeReason.during(reason, this::nameOfTheNextConnection);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** The name the next connection taken from the pool carries. */
	private String nameOfTheNextConnection() {
		try (Connection connection = this.dataSource.getConnection()) {
			return name(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private int backendAs(Authentication authentication) throws SQLException {
		SecurityContextHolder.getContext().setAuthentication(authentication);
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet backend = statement.executeQuery("SELECT pg_backend_pid()")) {
			backend.next();
			return backend.getInt(1);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static String name(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet name = statement.executeQuery("""
				SELECT current_setting('faultline.user', true) || '|'
				       || current_setting('faultline.reason', true) || '|'
				       || current_setting('faultline.reader', true)""")) {
			name.next();
			return name.getString(1);
		}
	}

	private static Authentication signedIn(String username) {
		return UsernamePasswordAuthenticationToken.authenticated(username, null,
				AuthorityUtils.createAuthorityList("ROLE_EDITOR"));
	}

}
