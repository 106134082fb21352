package io.faultline.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers every page carries, over real HTTP: a Content-Security-Policy without
 * inline script or style, no framing, no MIME sniffing, a strict referrer policy; and a
 * session cookie that is HttpOnly always, and Secure when a proxy on this machine says
 * the browser came over TLS.
 */
@IntegrationTest
class SecurityHeadersIT {

	@LocalServerPort
	int port;

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
		String plain = sessionCookie(get("/login", null));
		assertThat(plain).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
		String behindTls = sessionCookie(get("/login", "https"));
		assertThat(behindTls).contains("HttpOnly", "Secure", "SameSite=Lax");
	}

	private HttpResponse<String> get(String path, String forwardedProto) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (forwardedProto != null) {
			request.header("X-Forwarded-Proto", forwardedProto);
		}
		return this.client.send(request.build(), BodyHandlers.ofString());
	}

	private static String sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("FAULTLINE_SESSION="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie"));
	}

}
