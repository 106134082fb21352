package io.faultline.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.faultline.IntegrationTest;
import io.faultline.PackagedApp;
import io.faultline.account.ApiTokenService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * PostgreSQL stopped and started again under the packaged application while an editor
 * keeps writing through the API: during the outage the application answers errors (the
 * health check says DOWN, writes fail) instead of hanging, it recovers by itself once the
 * database is back, and every write it acknowledged is in the database. Runs where the
 * test database is a local cluster this user may stop (as on CI, by .ci/run); skipped
 * elsewhere (a Testcontainers database is not restarted).
 */
@IntegrationTest
class DatabaseRestartIT {

	private static final String TITLE = "Restart IT write ";

	private static final Pattern CREATED_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiTokenService tokens;

	@TempDir
	Path folder;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@AfterEach
	void removeWrites() {
		this.jdbc.sql("DELETE FROM event_actor WHERE event_id IN (SELECT id FROM event WHERE title LIKE :t)")
			.param("t", TITLE + "%")
			.update();
		this.jdbc.sql("DELETE FROM event WHERE title LIKE :t").param("t", TITLE + "%").update();
		this.jdbc.sql("DELETE FROM api_token WHERE name = 'restart test'").update();
	}

	@Test
	void theApplicationAnswersErrorsDuringAnOutageRecoversAndLosesNoAcknowledgedWrite() throws Exception {
		HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
		Optional<List<String>> cluster = localCluster(URI.create(pool.getJdbcUrl().substring("jdbc:".length())));
		assumeTrue(cluster.isPresent(), "the test database is a local cluster that pg_ctlcluster can stop");
		assumeTrue(Files.isRegularFile(PackagedApp.JAR), "the application jar is built");
		String token = this.tokens.create("editor", "restart test", null).token();
		long kidal = this.jdbc.sql("SELECT id FROM place WHERE name = 'Kidal'").query(Long.class).single();
		long fama = this.jdbc.sql("SELECT id FROM actor WHERE short_name = 'FAMa'").query(Long.class).single();

		try (PackagedApp app = PackagedApp.start(pool.getJdbcUrl(), pool, Map.of(), this.folder.resolve("app.log"))) {
			Map<Long, String> acknowledged = new ConcurrentHashMap<>();
			List<Integer> refused = new CopyOnWriteArrayList<>();
			AtomicBoolean writing = new AtomicBoolean(true);
			Thread writer = Thread.ofPlatform().start(() -> {
				for (int n = 0; writing.get(); n++) {
					String title = TITLE + n;
					try {
						HttpResponse<String> response = post(app, token, """
								{"eventDate": "2024-07-22", "placeId": %d, "eventTypeCode": "BATTLES",
								 "subEventTypeCode": "ARMED_CLASH", "title": "%s", "confirmDuplicate": true,
								 "participants": [{"actorId": %d, "side": "A", "role": "PRIMARY"}]}""".formatted(kidal,
								title, fama));
						if (response.statusCode() == 201) {
							Matcher id = CREATED_ID.matcher(response.body());
							if (id.find()) {
								acknowledged.put(Long.parseLong(id.group(1)), title);
							}
							else {
								refused.add(-1);
							}
						}
						else {
							refused.add(response.statusCode());
						}
						Thread.sleep(50);
					}
					catch (IOException ex) {
						refused.add(0);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
			awaitSize(acknowledged, 3);
			int before = acknowledged.size();

			pgCtl(cluster.get(), "stop");
			try {
				assertThat(app.awaitHealth(503, Duration.ofSeconds(30)))
					.as("the health check says DOWN while the database is stopped")
					.isTrue();
				Thread.sleep(3_000);
			}
			finally {
				pgCtl(cluster.get(), "start");
			}
			assertThat(app.awaitHealth(200, Duration.ofSeconds(60))).as("the application recovers by itself").isTrue();
			awaitSize(acknowledged, acknowledged.size() + 3);
			writing.set(false);
			writer.join(60_000);

			assertThat(refused).as("writes during the outage were refused, with an error status").isNotEmpty();
			assertThat(refused).as("an error status, or no answer; never a 201 without its id, never a 4xx")
				.allMatch((status) -> status == 0 || status >= 500);
			assertThat(acknowledged.size()).as("writes went on after the restart").isGreaterThan(before + 2);
			Map<Long, String> stored = new HashMap<>();
			this.jdbc.sql("SELECT id, title FROM event WHERE title LIKE :t").param("t", TITLE + "%").query((row) -> {
				stored.put(row.getLong("id"), row.getString("title"));
			});
			assertThat(stored).as("every acknowledged write is in the database").containsAllEntriesOf(acknowledged);
		}
	}

	private HttpResponse<String> post(PackagedApp app, String token, String body)
			throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/v1/events"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(BodyPublishers.ofString(body))
			.build(), BodyHandlers.ofString());
	}

	private static void awaitSize(Map<Long, String> acknowledged, int size) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(60));
		while (acknowledged.size() < size && Instant.now().isBefore(until)) {
			Thread.sleep(100);
		}
		assertThat(acknowledged).as("acknowledged writes").hasSizeGreaterThanOrEqualTo(size);
	}

	/**
	 * The version and name of the local cluster serving the test database's port, when
	 * pg_ctlcluster (Debian's postgresql-common) manages it and this user may run it.
	 */
	private static Optional<List<String>> localCluster(URI database) {
		if (!List.of("127.0.0.1", "localhost").contains(database.getHost())
				|| !"root".equals(System.getProperty("user.name"))) {
			return Optional.empty();
		}
		try {
			Process list = new ProcessBuilder("pg_lsclusters", "-h").redirectErrorStream(true).start();
			String text = new String(list.getInputStream().readAllBytes());
			if (!list.waitFor(10, TimeUnit.SECONDS) || list.exitValue() != 0) {
				return Optional.empty();
			}
			return text.lines()
				.map((line) -> line.trim().split("\\s+"))
				.filter((fields) -> fields.length >= 4 && fields[2].equals(String.valueOf(database.getPort()))
						&& fields[3].startsWith("online"))
				.map((fields) -> List.of(fields[0], fields[1]))
				.findFirst();
		}
		catch (IOException | InterruptedException ex) {
			return Optional.empty();
		}
	}

	private static void pgCtl(List<String> cluster, String action) throws Exception {
		List<String> command = "stop".equals(action)
				? List.of("pg_ctlcluster", "--skip-systemctl-redirect", "-m", "fast", cluster.get(0), cluster.get(1),
						action)
				: List.of("pg_ctlcluster", "--skip-systemctl-redirect", cluster.get(0), cluster.get(1), action);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as("pg_ctlcluster %s: %s", action, output).isZero();
	}

}
