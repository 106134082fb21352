package io.faultline.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import io.faultline.HttpSignIn;
import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in request needs one connection at a time. Its session lives in PostgreSQL,
 * and finding who is signed in (to name the connection for the audit) loads it: before,
 * that load took a second connection while the first was held, so one free connection
 * could not serve a signed-in page at all, and 32 signed-in requests on 10 connections
 * waited for each other until the pool's timeout and never gave their connections back.
 * The pool here has four connections (Flyway and the demo record's loader take as many at
 * startup); the test holds three of them.
 */
@IntegrationTest
@TestPropertySource(properties = { "spring.datasource.hikari.maximum-pool-size=4",
		"spring.datasource.hikari.connection-timeout=2000" })
class SignedInConnectionsIT {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpSignIn.client();

	@Test
	void servesSignedInPagesFromOneFreeConnection() throws Exception {
		signIn("editor", "faultline-demo");
		try (Connection first = this.dataSource.getConnection();
				Connection second = this.dataSource.getConnection();
				Connection third = this.dataSource.getConnection()) {
			assertThat(pool().getHikariPoolMXBean().getActiveConnections()).isEqualTo(3);
			for (String page : List.of("/", "/timeline", "/places", "/events/new", "/imports")) {
				HttpResponse<String> response = get(page);
				assertThat(response.statusCode()).as(page).isEqualTo(200);
				assertThat(response.body()).as(page).contains("class=\"sign-out\"");
			}
		}
		assertThat(pool().getHikariPoolMXBean().getActiveConnections()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = 'editor'")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void servesConcurrentSignedInRequestsAndGivesEveryConnectionBack() throws Exception {
		signIn("analyst", "faultline-demo");
		List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			responses.add(this.http.sendAsync(request("/timeline").build(), BodyHandlers.ofString()));
		}
		for (CompletableFuture<HttpResponse<String>> response : responses) {
			assertThat(response.get().statusCode()).isEqualTo(200);
			assertThat(response.get().body()).contains("class=\"sign-out\"");
		}
		assertThat(pool().getHikariPoolMXBean().getActiveConnections()).isZero();
	}

	private void signIn(String username, String password) throws Exception {
		HttpResponse<String> signedIn = HttpSignIn.signIn(this.http, "http://localhost:" + this.port, username,
				password);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/"));
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(request(path).build(), BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private HikariDataSource pool() throws SQLException {
		return this.dataSource.unwrap(HikariDataSource.class);
	}

}
