package io.faultline.ingest;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload over the size limit, over real HTTP (the container parses multipart, not
 * MockMvc): the editor gets a page saying the file is too large, with status 413, and no
 * import job is created. The limit is lowered to a few kilobytes for the test.
 */
@IntegrationTest
@TestPropertySource(
		properties = { "spring.servlet.multipart.max-file-size=4KB", "spring.servlet.multipart.max-request-size=8KB" })
class UploadLimitIT {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void refusesAFileOverTheLimitWithAClearPageAndCreatesNoJob() throws Exception {
		String session = signInAsEditor();
		HttpResponse<String> page = get("/imports?lang=en", session);
		Matcher token = CSRF.matcher(page.body());
		assertThat(token.find()).as(page.body()).isTrue();
		long jobs = this.jdbc.sql("SELECT count(*) FROM import_job").query(Long.class).single();

		String boundary = "----faultline-upload-limit";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token.group(1)
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nacled\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + "x".repeat(20_000) + "\r\n--" + boundary + "--\r\n";
		HttpResponse<String> upload = this.client.send(HttpRequest.newBuilder(URI.create(url("/imports?lang=en")))
			.header("Cookie", "FAULTLINE_SESSION=" + session)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.ofString(body))
			.build(), BodyHandlers.ofString());

		assertThat(upload.statusCode()).isEqualTo(413);
		assertThat(upload.body()).contains("The file is too large");
		assertThat(this.jdbc.sql("SELECT count(*) FROM import_job").query(Long.class).single()).isEqualTo(jobs);
	}

	private String signInAsEditor() throws Exception {
		HttpResponse<String> login = get("/login", null);
		String session = cookie(login).orElseThrow();
		Matcher token = CSRF.matcher(login.body());
		assertThat(token.find()).isTrue();
		HttpResponse<String> signedIn = this.client.send(HttpRequest.newBuilder(URI.create(url("/login")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "FAULTLINE_SESSION=" + session)
			.POST(BodyPublishers.ofString("username=editor&password=faultline-demo&_csrf="
					+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
			.build(), BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		return cookie(signedIn).orElse(session);
	}

	private HttpResponse<String> get(String path, String session) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
		if (session != null) {
			request.header("Cookie", "FAULTLINE_SESSION=" + session);
		}
		return this.client.send(request.build(), BodyHandlers.ofString());
	}

	private static Optional<String> cookie(HttpResponse<?> response) {
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

}
