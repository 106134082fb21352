package io.faultline.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
 * startup); the test holds three of them. The application's scheduled jobs may take the
 * fourth for a moment: a page then waits for it, well within the pool's timeout.
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

	@Autowired
	@Qualifier("springSessionTransactionOperations")
	TransactionOperations sessionTransactions;

	private final HttpClient http = HttpSignIn.client();

	@Test
	void servesSignedInPagesFromOneFreeConnection() throws Exception {
		signIn("editor", "faultline-demo");
		try (Connection first = this.dataSource.getConnection();
				Connection second = this.dataSource.getConnection();
				Connection third = this.dataSource.getConnection()) {
			assertThat(pool().getHikariPoolMXBean().getActiveConnections()).isGreaterThanOrEqualTo(3);
			for (String page : List.of("/", "/timeline", "/places", "/events/new", "/imports")) {
				HttpResponse<String> response = get(page);
				assertThat(response.statusCode()).as(page).isEqualTo(200);
				assertThat(response.body()).as(page).contains("class=\"sign-out\"");
			}
		}
		assertThat(activeConnectionsOnceSettled()).isZero();
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
		assertThat(activeConnectionsOnceSettled()).isZero();
	}

	/**
	 * Spring Session's filter looks the requested session up again after saving it, when
	 * the response is committed and again when the request ends (spring-session #1731):
	 * two {@code SELECT}s a signed-in request. Inside {@link SessionAccessRepository}'s
	 * request scope, the second look-up gets the session of the first; and a look-up, one
	 * {@code SELECT}, runs outside a transaction (SessionConfiguration). The filter here
	 * is Spring Session's own, on Spring Session JDBC's repository and this database.
	 */
	@Test
	void readsARequestsSessionOnce() throws Exception {
		List<String> lookUps = new ArrayList<>();
		JdbcTemplate counting = new JdbcTemplate(this.dataSource) {

			@Override
			public <T> T query(String sql, PreparedStatementSetter parameters, ResultSetExtractor<T> rows) {
				if (sql.contains("WHERE S.SESSION_ID = ?")) {
					lookUps.add(TransactionSynchronizationManager.isActualTransactionActive() ? "in a transaction"
							: "alone");
				}
				return super.query(sql, parameters, rows);
			}

		};
		JdbcIndexedSessionRepository jdbcSessions = new JdbcIndexedSessionRepository(counting,
				this.sessionTransactions);
		SessionAccessRepository<?> sessions = new SessionAccessRepository<>(jdbcSessions);
		String id = saveSession(sessions);
		SessionRepositoryFilter<?> filter = new SessionRepositoryFilter<>(sessions);
		FilterChain page = (request, response) -> {
			assertThat(((HttpServletRequest) request).getSession(false).getAttribute("place")).isEqualTo("Kidal");
			response.flushBuffer();
		};

		filter.doFilter(requestFor(id), new MockHttpServletResponse(), page);
		assertThat(lookUps).containsExactly("alone", "alone");

		lookUps.clear();
		MockHttpServletResponse response = new MockHttpServletResponse();
		new SessionAccessRepository.ReadOncePerRequest().doFilter(requestFor(id), response,
				(request, scoped) -> filter.doFilter(request, scoped, page));
		assertThat(lookUps).containsExactly("alone");
		assertThat(response.isCommitted()).isTrue();
		assertThat(response.getHeaders("Set-Cookie")).isEmpty();
	}

	private static <S extends Session> String saveSession(SessionAccessRepository<S> sessions) {
		SessionAccessRepository.AccessedSession<S> session = sessions.createSession();
		session.setAttribute("place", "Kidal");
		sessions.save(session);
		return session.getId();
	}

	private static MockHttpServletRequest requestFor(String session) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setCookies(
				new Cookie("SESSION", Base64.getEncoder().encodeToString(session.getBytes(StandardCharsets.UTF_8))));
		return request;
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

	/**
	 * The pool's connections in use, once any still held a moment longer has been given
	 * back: a request returns its connection as its filters unwind, after the client has
	 * its answer, and the scheduled jobs (ImportJobs) take one for a moment every 10 s. A
	 * connection kept for good stays counted.
	 */
	private int activeConnectionsOnceSettled() throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
		int active = pool().getHikariPoolMXBean().getActiveConnections();
		while (active > 0 && System.nanoTime() < deadline) {
			Thread.sleep(20);
			active = pool().getHikariPoolMXBean().getActiveConnections();
		}
		return active;
	}

	private HikariDataSource pool() throws SQLException {
		return this.dataSource.unwrap(HikariDataSource.class);
	}

}
