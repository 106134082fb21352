package io.faultline.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.faultline.HttpSignIn;
import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class AccountIT {

	@Autowired
	MockMvcTester mvc;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LoginThrottle throttle;

	@AfterEach
	void forgetFailuresAndTestUsers() {
		this.jdbc.sql("DELETE FROM login_failure").update();
		this.jdbc.sql("DELETE FROM persistent_logins").update();
		this.jdbc.sql("UPDATE app_user SET locked_until = NULL, enabled = true").update();
		this.jdbc.sql("DELETE FROM app_user WHERE username LIKE 'test-%'").update();
	}

	@Test
	void createsTheFirstAdministratorAndTheDemoAccounts() {
		assertThat(this.jdbc
			.sql("SELECT username || ':' || role FROM app_user WHERE NOT username LIKE 'test-%' ORDER BY username")
			.query(String.class)
			.list())
			.contains("admin:ADMIN", "analyst:ANALYST", "editor:EDITOR", "reviewer:REVIEWER", "reviewer2:REVIEWER");
		assertThat(this.jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'admin'")
			.query(String.class)
			.single()).startsWith("{bcrypt}$2");
	}

	@Test
	void loginPageNamesTheDemoAccounts() {
		assertThat(this.mvc.get().uri("/login")).hasStatusOk()
			.bodyText()
			.contains("Demo accounts", "faultline-demo", "<code>editor</code>", "name=\"_csrf\"");
	}

	@Test
	void signsInWithTheRightPasswordOnly() {
		assertThat(login("editor", "faultline-demo", "192.0.2.1")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");
		assertThat(login("editor", "wrong password", "192.0.2.1")).hasRedirectedUrl("/login?error");
		assertThat(login("nobody", "wrong password", "192.0.2.1")).hasRedirectedUrl("/login?error");
	}

	/**
	 * Only a visitor who asked for a protected page has a session before signing in (it
	 * keeps the page to return to); signing in replaces it.
	 */
	@Test
	void givesANewSessionIdOnSignIn() throws Exception {
		HttpClient client = HttpSignIn.client();
		HttpResponse<String> asked = client.send(HttpRequest.newBuilder(URI.create(url("/imports"))).build(),
				BodyHandlers.ofString());
		assertThat(asked.statusCode()).isEqualTo(302);
		String before = sessionCookie(asked).orElseThrow();
		HttpResponse<String> signedIn = HttpSignIn.signIn(client, url(""), "editor", "faultline-demo");
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).contains("/imports"));
		assertThat(sessionCookie(signedIn)).hasValueSatisfying((after) -> assertThat(after).isNotEqualTo(before));
	}

	/**
	 * A session's last access time is written at most once a minute: a page read within
	 * the minute writes nothing, one read later moves it to now.
	 */
	@Test
	void writesASessionsLastAccessAtMostOnceAMinute() throws Exception {
		HttpClient client = HttpSignIn.client();
		HttpResponse<String> signedIn = HttpSignIn.signIn(client, url(""), "analyst", "faultline-demo");
		String session = new String(Base64.getDecoder().decode(sessionCookie(signedIn).orElseThrow()),
				StandardCharsets.UTF_8);
		HttpRequest home = HttpRequest.newBuilder(URI.create(url("/"))).build();
		assertThat(client.send(home, BodyHandlers.ofString()).body()).contains("class=\"sign-out\"");
		long accessed = lastAccess(session);
		assertThat(client.send(home, BodyHandlers.ofString()).statusCode()).isEqualTo(200);
		assertThat(lastAccess(session)).isEqualTo(accessed);
		this.jdbc
			.sql("""
					UPDATE spring_session SET last_access_time = last_access_time - 120000, expiry_time = expiry_time - 120000
					 WHERE session_id = :id""")
			.param("id", session)
			.update();
		long before = System.currentTimeMillis();
		assertThat(client.send(home, BodyHandlers.ofString()).body()).contains("class=\"sign-out\"");
		assertThat(lastAccess(session)).isGreaterThanOrEqualTo(before);
	}

	private long lastAccess(String session) {
		return this.jdbc.sql("SELECT last_access_time FROM spring_session WHERE session_id = :id")
			.param("id", session)
			.query(Long.class)
			.single();
	}

	private static Optional<String> sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("FAULTLINE_SESSION="))
			.map((cookie) -> cookie.substring("FAULTLINE_SESSION=".length(), cookie.indexOf(';')))
			.findFirst();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	@Test
	void showsTheAdministrationLinksToAdministratorsOnly() {
		assertThat(this.mvc.get().uri("/").with(admin())).bodyText()
			.contains("href=\"/admin/users\"", "href=\"/admin/gazetteer\"");
		assertThat(this.mvc.get().uri("/").with(user("reviewer").roles("REVIEWER"))).bodyText()
			.contains("href=\"/review\"")
			.doesNotContain("href=\"/admin/users\"");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void neverWritesAPasswordToTheLog(CapturedOutput log) {
		assertThat(login("editor", "Wrong-Secret-4711", "192.0.2.91")).hasRedirectedUrl("/login?error");
		assertThat(login("nobody-at-all", "Other-Secret-0815", "192.0.2.92")).hasRedirectedUrl("/login?error");
		assertThat(login("editor", "faultline-demo", "192.0.2.93")).hasRedirectedUrl("/");
		assertThat(log.getAll()).contains("Sign-in failed for 'nobody-at-all' from 192.0.2.92")
			.doesNotContain("Wrong-Secret-4711", "Other-Secret-0815", "faultline-demo");
	}

	@Test
	void refusesSignInWithoutCsrfToken() {
		assertThat(this.mvc.post().uri("/login").param("username", "editor").param("password", "faultline-demo"))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void locksTheAccountAfterRepeatedFailuresUntilAnAdminResetsIt() {
		for (int attempt = 0; attempt < LoginThrottle.ACCOUNT_LIMIT; attempt++) {
			assertThat(login("analyst", "guess " + attempt, "192.0.2." + (10 + attempt)))
				.hasRedirectedUrl("/login?error");
		}
		assertThat(login("analyst", "faultline-demo", "192.0.2.50")).hasRedirectedUrl("/login?locked");
		long id = this.jdbc.sql("SELECT id FROM app_user WHERE username = 'analyst'").query(Long.class).single();
		assertThat(this.mvc.post()
			.uri("/admin/users/{id}/password", id)
			.param("password", "faultline-demo")
			.with(admin())
			.with(csrf())).hasRedirectedUrl("/admin/users");
		assertThat(login("analyst", "faultline-demo", "192.0.2.51")).hasRedirectedUrl("/");
	}

	@Test
	void blocksAnAddressAfterManyFailures() {
		for (int i = 0; i < LoginThrottle.ADDRESS_LIMIT; i++) {
			this.throttle.recordFailure("someone-" + i, "198.51.100.7");
		}
		assertThat(login("editor", "faultline-demo", "198.51.100.7")).hasRedirectedUrl("/login?blocked");
		assertThat(login("editor", "faultline-demo", "198.51.100.8")).hasRedirectedUrl("/");
		assertThat(this.mvc.get().uri("/login?blocked")).bodyText()
			.contains("Too many failed attempts from your address");
	}

	@Test
	void slowsDownAnAddressWithEveryFailure() {
		assertThat(this.throttle.delayFor("198.51.100.9")).isZero();
		for (int i = 0; i < 3; i++) {
			this.throttle.recordFailure("someone", "198.51.100.9");
		}
		assertThat(this.throttle.delayFor("198.51.100.9")).isEqualTo(LoginThrottle.DELAY_STEP.multipliedBy(3));
		for (int i = 0; i < 15; i++) {
			this.throttle.recordFailure("someone", "198.51.100.9");
		}
		assertThat(this.throttle.delayFor("198.51.100.9")).isEqualTo(LoginThrottle.MAX_DELAY);
	}

	@Test
	void remembersTheUserWhenAsked() {
		this.jdbc.sql("DELETE FROM persistent_logins").update();
		MvcTestResult result = this.mvc.post()
			.uri("/login")
			.param("username", "reviewer")
			.param("password", "faultline-demo")
			.param("remember-me", "on")
			.with(csrf())
			.exchange();
		assertThat(result).hasRedirectedUrl("/").cookies().containsCookie("remember-me");
		assertThat(this.jdbc.sql("SELECT count(*) FROM persistent_logins WHERE username = 'reviewer'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void signsOutOnlyByPostWithCsrf() {
		assertThat(this.mvc.post().uri("/logout").with(user("editor").roles("EDITOR")).with(csrf()))
			.hasRedirectedUrl("/login?logout");
		assertThat(this.mvc.post().uri("/logout").with(user("editor").roles("EDITOR"))).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void letsOnlyAdministratorsManageUsers() {
		assertThat(this.mvc.get().uri("/admin/users")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		assertThat(this.mvc.get().uri("/admin/users").with(user("reviewer").roles("REVIEWER")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/admin/users").with(admin())).hasStatusOk()
			.bodyText()
			.contains("Users", "reviewer2", "Reviewer", "Demo");
	}

	@Test
	void createsAUserAfterShowingWhatIsWrong() {
		assertThat(this.mvc.post()
			.uri("/admin/users/new")
			.param("username", "X!")
			.param("displayName", "")
			.param("role", "EDITOR")
			.param("password", "short")
			.with(admin())
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("3 to 40 characters", "This field is required.", "At least 12 characters", "value=\"X!\"");
		assertThat(createUser("editor")).hasStatusOk().bodyText().contains("This username is already taken.");
		assertThat(createUser("test-new")).hasRedirectedUrl("/admin/users");
		assertThat(login("test-new", "a long enough password", "192.0.2.60")).hasRedirectedUrl("/");
	}

	@Test
	void disablesAUserButNotOneself() {
		createUser("test-leaver");
		long leaver = this.jdbc.sql("SELECT id FROM app_user WHERE username = 'test-leaver'")
			.query(Long.class)
			.single();
		assertThat(this.mvc.post().uri("/admin/users/{id}/disable", leaver).with(admin()).with(csrf()))
			.hasRedirectedUrl("/admin/users");
		assertThat(login("test-leaver", "a long enough password", "192.0.2.70")).hasRedirectedUrl("/login?disabled");
		long admin = this.jdbc.sql("SELECT id FROM app_user WHERE username = 'admin'").query(Long.class).single();
		assertThat(this.mvc.post().uri("/admin/users/{id}/disable", admin).with(admin()).with(csrf()))
			.hasRedirectedUrl("/admin/users")
			.flash()
			.containsEntry("alert", "account.disable.self");
	}

	private MvcTestResult createUser(String username) {
		return this.mvc.post()
			.uri("/admin/users/new")
			.param("username", username)
			.param("displayName", "Test " + username)
			.param("role", "EDITOR")
			.param("password", "a long enough password")
			.with(admin())
			.with(csrf())
			.exchange();
	}

	private MvcTestResult login(String username, String password, String address) {
		return this.mvc.post()
			.uri("/login")
			.param("username", username)
			.param("password", password)
			.with(csrf())
			.with(from(address))
			.exchange();
	}

	private static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
