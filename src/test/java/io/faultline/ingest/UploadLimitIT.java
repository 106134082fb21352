package io.faultline.ingest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import io.faultline.HttpSignIn;
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

	/** Keeps the cookies a browser would: the CSRF token's, then the session's. */
	private final HttpClient client = HttpSignIn.client();

	@Test
	void refusesAFileOverTheLimitWithAClearPageAndCreatesNoJob() throws Exception {
		signInAsEditor();
		HttpResponse<String> page = get("/imports?lang=en");
		Matcher token = CSRF.matcher(page.body());
		assertThat(token.find()).as(page.body()).isTrue();
		long jobs = this.jdbc.sql("SELECT count(*) FROM import_job").query(Long.class).single();

		String boundary = "----faultline-upload-limit";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token.group(1)
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nacled\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + "x".repeat(20_000) + "\r\n--" + boundary + "--\r\n";
		HttpResponse<String> upload = this.client.send(HttpRequest.newBuilder(URI.create(url("/imports?lang=en")))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.ofString(body))
			.build(), BodyHandlers.ofString());

		assertThat(upload.statusCode()).isEqualTo(413);
		assertThat(upload.body()).contains("The file is too large");
		assertThat(this.jdbc.sql("SELECT count(*) FROM import_job").query(Long.class).single()).isEqualTo(jobs);
	}

	private void signInAsEditor() throws Exception {
		HttpResponse<String> signedIn = HttpSignIn.signIn(this.client, url(""), "editor", "faultline-demo");
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).get().asString().doesNotContain("error");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create(url(path))).build(), BodyHandlers.ofString());
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
