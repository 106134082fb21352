package io.faultline.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.faultline.IntegrationTest;
import io.faultline.PackagedApp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two instances of the packaged application on one database, behind nginx on loopback, as
 * docs/operations.md describes: a user signs in through one and goes on working through
 * the other (sessions live in PostgreSQL), nginx spreads requests over both, and an
 * import started on one is seen on the other until it finishes. Skipped where the jar is
 * not built or nginx is not installed (.ci/run installs it).
 */
@IntegrationTest
class ScaleOutIT {

	private static final List<Path> NGINX = List.of(Path.of("/usr/sbin/nginx"), Path.of("/usr/bin/nginx"));

	private static final String TOKEN_NAME = "scale-out test token";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	@AfterEach
	void removeWhatTheTestAdded() {
		this.jdbc.sql("DELETE FROM api_token WHERE name = :name").param("name", TOKEN_NAME).update();
		this.jdbc.sql("DELETE FROM import_job WHERE file_name = 'scale-out.csv'").update();
	}

	@Test
	void aUserSignedInThroughOneInstanceWorksThroughTheOtherAndThroughTheProxy() throws Exception {
		assumeTrue(Files.isRegularFile(PackagedApp.JAR), "the application jar is built by ./mvnw package");
		Path nginx = NGINX.stream().filter(Files::isExecutable).findFirst().orElse(null);
		assumeTrue(nginx != null, "nginx is installed (Debian package nginx-light)");
		HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
		Map<String, String> environment = Map.of("FAULTLINE_REMEMBER_ME_KEY", "scale-out-test-key");
		try (PackagedApp one = PackagedApp.start(pool.getJdbcUrl(), pool, environment, this.folder.resolve("one.log"));
				PackagedApp two = PackagedApp.start(pool.getJdbcUrl(), pool, environment,
						this.folder.resolve("two.log"))) {
			// Signed in through the first instance...
			String csrf = csrf(get(one, "/login"));
			HttpResponse<String> signIn = post(one, "/login",
					Map.of("username", "editor", "password", "faultline-demo", "_csrf", csrf));
			assertThat(signIn.statusCode()).isEqualTo(302);
			assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
			assertThat(this.jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = 'editor'")
				.query(Long.class)
				.single()).as("the session is kept in PostgreSQL").isPositive();

			// ...the second knows the user, and takes a form with the session's CSRF
			// token.
			HttpResponse<String> account = get(two, "/account?lang=en");
			assertThat(account.statusCode()).isEqualTo(200);
			assertThat(account.body()).contains("editor");
			HttpResponse<String> created = post(two, "/account/tokens",
					Map.of("name", TOKEN_NAME, "_csrf", csrf(account)));
			assertThat(created.statusCode()).isEqualTo(302);
			assertThat(get(one, "/account?lang=en").body()).contains(TOKEN_NAME);

			// An import started on one instance is seen, running then done, on the other.
			long job = upload(one, csrf(get(one, "/imports?lang=en")));
			assertThat(get(two, "/imports/" + job + "?lang=en").body()).contains("scale-out.csv");
			awaitDone(two, job);

			// Through nginx, both instances answer, each knowing the user.
			try (Nginx proxy = Nginx.start(nginx, this.folder, one.port(), two.port())) {
				for (int i = 0; i < 8; i++) {
					HttpResponse<String> page = this.http.send(
							HttpRequest.newBuilder(URI.create(proxy.baseUrl() + "/account?lang=en")).build(),
							BodyHandlers.ofString());
					assertThat(page.statusCode()).isEqualTo(200);
					assertThat(page.body()).contains("editor", TOKEN_NAME);
				}
				assertThat(proxy.upstreamsUsed()).containsExactlyInAnyOrder("127.0.0.1:" + one.port(),
						"127.0.0.1:" + two.port());
			}
		}
	}

	private HttpResponse<String> get(PackagedApp app, String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + path)).build(),
				BodyHandlers.ofString());
	}

	private HttpResponse<String> post(PackagedApp app, String path, Map<String, String> form)
			throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.http.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(body))
			.build(), BodyHandlers.ofString());
	}

	/** A dry run of a small ACLED file, uploaded as the browser does. */
	private long upload(PackagedApp app, String csrf) throws IOException, InterruptedException {
		String boundary = "faultline-scale-out-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, String> field : Map.of("kind", "acled", "dryRun", "true", "_csrf", csrf).entrySet()) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
					+ "\"\r\n\r\n" + field.getValue() + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scale-out.csv\""
						+ "\r\nContent-Type: text/csv\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(Files.readAllBytes(Path.of("src/test/resources/ingest/acled-current.csv")));
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/imports"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		String location = response.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches(".*/imports/\\d+");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private void awaitDone(PackagedApp app, long job) throws Exception {
		Instant until = Instant.now().plus(Duration.ofSeconds(60));
		String page = "";
		while (Instant.now().isBefore(until)) {
			page = get(app, "/imports/" + job + "?lang=en").body();
			if (page.contains("Dry run: nothing was written.")) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the import was not seen done on the other instance:\n" + page);
	}

	private static String csrf(HttpResponse<String> page) {
		Matcher matcher = CSRF.matcher(page.body());
		assertThat(matcher.find()).as("a CSRF token in the page %s", page.uri()).isTrue();
		return matcher.group(1);
	}

	/** nginx in the foreground, with its files in the test's folder, on a free port. */
	private static final class Nginx implements AutoCloseable {

		private final Process process;

		private final Path accessLog;

		private final int port;

		private Nginx(Process process, Path accessLog, int port) {
			this.process = process;
			this.accessLog = accessLog;
			this.port = port;
		}

		static Nginx start(Path nginx, Path folder, int one, int two) throws Exception {
			int port = PackagedApp.freePort();
			Path prefix = Files.createDirectories(folder.resolve("nginx"));
			Path accessLog = prefix.resolve("access.log");
			Files.writeString(prefix.resolve("nginx.conf"), """
					daemon off;
					worker_processes 1;
					pid %1$s/nginx.pid;
					error_log %1$s/error.log;
					events { worker_connections 64; }
					http {
					    client_body_temp_path %1$s/client;
					    proxy_temp_path %1$s/proxy;
					    fastcgi_temp_path %1$s/fastcgi;
					    uwsgi_temp_path %1$s/uwsgi;
					    scgi_temp_path %1$s/scgi;
					    log_format upstream '$upstream_addr $status';
					    access_log %2$s upstream;
					    upstream faultline { server 127.0.0.1:%3$d; server 127.0.0.1:%4$d; }
					    server {
					        listen 127.0.0.1:%5$d;
					        location / {
					            proxy_pass http://faultline;
					            proxy_set_header Host $http_host;
					            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
					            proxy_set_header X-Forwarded-Proto $scheme;
					            proxy_max_temp_file_size 0;
					        }
					    }
					}
					""".formatted(prefix, accessLog, one, two, port));
			Process process = new ProcessBuilder(nginx.toString(), "-e", prefix.resolve("error.log").toString(), "-p",
					prefix.toString(), "-c", prefix.resolve("nginx.conf").toString())
				.redirectErrorStream(true)
				.redirectOutput(prefix.resolve("stdout.log").toFile())
				.start();
			Nginx started = new Nginx(process, accessLog, port);
			Instant until = Instant.now().plus(Duration.ofSeconds(20));
			while (Instant.now().isBefore(until)) {
				assertThat(process.isAlive()).as("nginx stopped: %s", Files.readString(prefix.resolve("stdout.log")))
					.isTrue();
				try (Socket socket = new Socket("127.0.0.1", port)) {
					return started;
				}
				catch (IOException notYet) {
					Thread.sleep(100);
				}
			}
			started.close();
			throw new AssertionError("nginx did not listen within 20 s");
		}

		String baseUrl() {
			return "http://localhost:" + this.port;
		}

		/** The upstream addresses nginx sent requests to, from its access log. */
		List<String> upstreamsUsed() throws IOException {
			return Files.readAllLines(this.accessLog).stream().map((line) -> line.split(" ")[0]).distinct().toList();
		}

		@Override
		public void close() throws InterruptedException {
			this.process.destroy();
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}

	}

}
