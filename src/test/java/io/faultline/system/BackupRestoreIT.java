package io.faultline.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.faultline.IntegrationTest;
import io.faultline.PackagedApp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The backup of docs/operations.md, run for real: {@code pg_dump -Fc} of the database,
 * {@code pg_restore} into an empty one, and the packaged application started on the copy
 * holds the same record and serves it. Skipped where pg_dump is missing, older than the
 * server, or the jar is not built.
 */
@IntegrationTest
class BackupRestoreIT {

	private static final List<String> TABLES = List.of("event", "claim", "place", "place_alias", "actor", "actor_alias",
			"actor_relation", "source", "control_period", "region", "app_user", "audit_log", "flyway_schema_history");

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	@Test
	void aDumpRestoredIntoAnEmptyDatabaseGivesAWorkingAppWithTheSameRecord() throws Exception {
		assumeTrue(Files.isRegularFile(PackagedApp.JAR), "the application jar is built by ./mvnw package");
		assumeTrue(pgDumpCanDumpThisServer(), "pg_dump on the PATH, as new as the server");
		HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
		URI database = URI.create(pool.getJdbcUrl().substring("jdbc:".length()));
		String name = database.getPath().substring(1);
		String copy = name + "_restored";
		Path dump = this.folder.resolve("faultline.dump");

		run(List.of("pg_dump", "-Fc", "-h", database.getHost(), "-p", String.valueOf(database.getPort()), "-U",
				pool.getUsername(), "-d", name, "-f", dump.toString()), pool);
		this.jdbc.sql("DROP DATABASE IF EXISTS " + copy + " WITH (FORCE)").update();
		this.jdbc.sql("CREATE DATABASE " + copy).update();
		PackagedApp app = null;
		try {
			run(List.of("pg_restore", "--no-owner", "-h", database.getHost(), "-p", String.valueOf(database.getPort()),
					"-U", pool.getUsername(), "-d", copy, dump.toString()), pool);
			String copyUrl = pool.getJdbcUrl().replace("/" + name, "/" + copy);
			DriverManagerDataSource restored = new DriverManagerDataSource(copyUrl, pool.getUsername(),
					pool.getPassword());
			assertThat(counts(JdbcClient.create(restored))).isEqualTo(counts(this.jdbc));

			app = PackagedApp.start(copyUrl, pool, Map.of("FAULTLINE_ANONYMOUS_READ", "true"),
					this.folder.resolve("app.log"));
			HttpClient http = HttpClient.newHttpClient();
			String base = app.baseUrl();
			long published = readableAnonymously(this.jdbc);
			HttpResponse<String> timeline = http
				.send(HttpRequest.newBuilder(URI.create(base + "/timeline?lang=en")).build(), BodyHandlers.ofString());
			assertThat(timeline.statusCode()).isEqualTo(200);
			assertThat(timeline.body()).contains(published + " events match.");
		}
		finally {
			if (app != null) {
				app.close();
			}
			this.jdbc.sql("DROP DATABASE IF EXISTS " + copy + " WITH (FORCE)").update();
		}
	}

	/**
	 * How many events an anonymous reader sees: the published ones, ACLED's only if its
	 * terms allow sharing them.
	 */
	static long readableAnonymously(JdbcClient jdbc) {
		return jdbc.sql("""
				SELECT count(*) FROM event
				 WHERE review_status = 'PUBLISHED' AND (acled_event_id IS NULL
				       OR (SELECT value = 'true' FROM app_setting WHERE name = 'acled.public'))""")
			.query(Long.class)
			.single();
	}

	private Map<String, Long> counts(JdbcClient database) {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : TABLES) {
			counts.put(table, database.sql("SELECT count(*) FROM " + table).query(Long.class).single());
		}
		return counts;
	}

	private boolean pgDumpCanDumpThisServer() {
		try {
			Process version = new ProcessBuilder("pg_dump", "--version").redirectErrorStream(true).start();
			String text = new String(version.getInputStream().readAllBytes());
			version.waitFor(10, TimeUnit.SECONDS);
			int client = Integer.parseInt(text.replaceAll("(?s)^\\D*(\\d+).*$", "$1"));
			int server = this.jdbc.sql("SHOW server_version_num").query(Integer.class).single() / 10000;
			return client >= server;
		}
		catch (IOException | InterruptedException | NumberFormatException ex) {
			return false;
		}
	}

	private void run(List<String> command, HikariDataSource pool) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		if (pool.getPassword() != null) {
			builder.environment().put("PGPASSWORD", pool.getPassword());
		}
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as("%s:%n%s", command, output).isZero();
	}

}
