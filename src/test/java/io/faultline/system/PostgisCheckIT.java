package io.faultline.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Startup refuses a database without PostGIS, saying what to do, before any migration
 * runs.
 */
@IntegrationTest
class PostgisCheckIT {

	private static final String DATABASE = "faultline_without_postgis";

	private static final String ROLE = "faultline_unprivileged";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void acceptsDatabaseWithPostgis() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThatNoException().isThrownBy(() -> PostgisCheck.check(connection));
		}
	}

	@Test
	void refusesDatabaseWhereUnprivilegedUserCannotEnablePostgis() throws SQLException {
		this.jdbc.sql("DROP DATABASE IF EXISTS " + DATABASE).update();
		this.jdbc.sql("DROP ROLE IF EXISTS " + ROLE).update();
		this.jdbc.sql("CREATE ROLE " + ROLE + " LOGIN PASSWORD 'unprivileged'").update();
		this.jdbc.sql("CREATE DATABASE " + DATABASE + " OWNER " + ROLE).update();
		String url = urlOf(DATABASE);
		try (Connection connection = DriverManager.getConnection(url, ROLE, "unprivileged")) {
			assertThatExceptionOfType(DatabaseNotReadyException.class).isThrownBy(() -> PostgisCheck.check(connection))
				.withMessageContaining("not enabled in database '" + DATABASE + "'")
				.satisfies((ex) -> org.assertj.core.api.Assertions.assertThat(ex.getAction())
					.contains("CREATE EXTENSION postgis"));
		}
	}

	@AfterEach
	void dropScratchDatabase() {
		this.jdbc.sql("DROP DATABASE IF EXISTS " + DATABASE).update();
		this.jdbc.sql("DROP ROLE IF EXISTS " + ROLE).update();
	}

	private String urlOf(String database) throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			String url = connection.getMetaData().getURL();
			return url.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
		}
	}

}
