package io.faultline.system;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers every page carries, over real HTTP: a Content-Security-Policy without
 * inline script or style, no framing, no MIME sniffing, a strict referrer policy; and
 * session and CSRF cookies that are HttpOnly always, and Secure when a proxy on this
 * machine says the browser came over TLS.
 */
@IntegrationTest
// A fresh context: spring-security-test's csrf() in MockMvc tests swaps the CSRF token
// repository of the shared filter chain for a session-held one, for good.
@DirtiesContext(classMode = ClassMode.BEFORE_CLASS)
class SecurityHeadersIT {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void everyPageForbidsInlineCodeFramingAndSniffing() throws Exception {
		for (String path : new String[] { "/", "/timeline", "/map", "/login", "/events/999999" }) {
			HttpResponse<String> response = get(path, null);
			String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
			assertThat(policy).as(path)
				.contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
						"frame-ancestors 'none'")
				.doesNotContain("unsafe-inline", "unsafe-eval");
			assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
			assertThat(response.headers().firstValue("Referrer-Policy")).as(path)
				.hasValue("strict-origin-when-cross-origin");
		}
	}

	@Test
	void sessionCookieIsHttpOnlyAndSecureBehindTls() throws Exception {
		String plain = cookie(signIn(null), "FAULTLINE_SESSION");
		assertThat(plain).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
		String behindTls = cookie(signIn("https"), "FAULTLINE_SESSION");
		assertThat(behindTls).contains("HttpOnly", "Secure", "SameSite=Lax");
	}

	/**
	 * The CSRF token lives in a cookie of its own, so a reader who only looks creates no
	 * session: no cookie for it, and no row in PostgreSQL.
	 */
	@Test
	void anonymousReadersGetACsrfCookieButNoSession() throws Exception {
		long sessions = this.jdbc.sql("SELECT count(*) FROM spring_session").query(Long.class).single();
		for (String path : new String[] { "/login", "/", "/timeline", "/map", "/login?error" }) {
			HttpResponse<String> response = get(path, null);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().allValues("Set-Cookie")).as(path)
				.noneMatch((cookie) -> cookie.startsWith("FAULTLINE_SESSION="));
		}
		assertThat(this.jdbc.sql("SELECT count(*) FROM spring_session").query(Long.class).single()).isEqualTo(sessions);

		assertThat(cookie(get("/login", null), "FAULTLINE_CSRF")).contains("HttpOnly", "SameSite=Lax")
			.doesNotContain("Secure");
		assertThat(cookie(get("/login", "https"), "FAULTLINE_CSRF")).contains("HttpOnly", "Secure", "SameSite=Lax");
	}

	/** Signs in as the demo editor, with the form's token and its cookie. */
	private HttpResponse<String> signIn(String forwardedProto) throws Exception {
		HttpResponse<String> login = get("/login", forwardedProto);
		String csrfCookie = cookie(login, "FAULTLINE_CSRF");
		Matcher token = CSRF_FIELD.matcher(login.body());
		assertThat(token.find()).as("the sign-in form's CSRF field").isTrue();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", csrfCookie.substring(0, csrfCookie.indexOf(';')))
			.POST(BodyPublishers.ofString("username=editor&password=faultline-demo&_csrf="
					+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)));
		if (forwardedProto != null) {
			request.header("X-Forwarded-Proto", forwardedProto);
		}
		HttpResponse<String> signedIn = this.client.send(request.build(), BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).get().asString().doesNotContain("error");
		return signedIn;
	}

	private HttpResponse<String> get(String path, String forwardedProto) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (forwardedProto != null) {
			request.header("X-Forwarded-Proto", forwardedProto);
		}
		return this.client.send(request.build(), BodyHandlers.ofString());
	}

	private static String cookie(HttpResponse<?> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith(name + "="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no cookie " + name));
	}

}
