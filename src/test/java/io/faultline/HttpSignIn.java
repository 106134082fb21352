package io.faultline;

import java.io.IOException;
import java.net.CookieManager;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in over real HTTP, as a browser does: the sign-in page first, for the CSRF
 * token of its form (and the cookie that token is checked against), then the form.
 */
public final class HttpSignIn {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private HttpSignIn() {
	}

	/**
	 * A client that keeps cookies, as a browser does, and shows redirects as they come.
	 */
	public static HttpClient client() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * Posts the sign-in form at {@code base} (such as {@code http://localhost:8080}) and
	 * returns the answer: a redirect, to the page asked for or to {@code /login?error}.
	 */
	public static HttpResponse<String> signIn(HttpClient client, String base, String username, String password)
			throws IOException, InterruptedException {
		HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				BodyHandlers.ofString());
		Matcher token = CSRF.matcher(page.body());
		assertThat(token.find()).as("the sign-in form's CSRF token").isTrue();
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		return client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form))
			.build(), BodyHandlers.ofString());
	}

}
