package io.faultline.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import io.faultline.HttpSignIn;
import io.faultline.IntegrationTest;
import io.faultline.PackagedApp;
import io.faultline.ingest.AcledImportIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The packaged application started with Spring's ahead-of-time bean definitions, written
 * at build time by process-aot ({@code -Dspring.aot.enabled=true}, docs/operations.md):
 * it reads the record, signs a user in and serves the maps' data as the usual start does;
 * an import from the command line with the same option runs (it leaves them out); and a
 * setting those definitions would ignore stops the start with a message saying so.
 * Skipped where the jar is not built.
 */
@IntegrationTest
class AheadOfTimeIT {

	private static final List<String> AHEAD_OF_TIME = List.of("-Dspring.aot.enabled=true");

	/**
	 * Spring Boot's first line when it starts from the definitions made at build time.
	 */
	private static final String AOT_PROCESSED = "Starting AOT-processed FaultlineApplication";

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	private HikariDataSource pool;

	@BeforeEach
	void jarIsBuilt() throws Exception {
		assumeTrue(Files.isRegularFile(PackagedApp.JAR), "the application jar is built by ./mvnw package");
		this.pool = this.dataSource.unwrap(HikariDataSource.class);
		AcledImportIT.removeFixtureRecords(this.jdbc);
	}

	@Test
	void servesTheRecordAndSignsInWithTheDefinitionsMadeAtBuildTime() throws Exception {
		long published = BackupRestoreIT.readableAnonymously(this.jdbc);
		Map<String, Object> event = this.jdbc.sql("""
				SELECT id, title FROM event
				 WHERE review_status = 'PUBLISHED' AND acled_event_id IS NULL AND title LIKE '%Kidal%'
				 ORDER BY event_date, id LIMIT 1""").query().singleRow();
		try (PackagedApp app = PackagedApp.start(this.pool.getJdbcUrl(), this.pool, AHEAD_OF_TIME,
				Map.of("FAULTLINE_ANONYMOUS_READ", "true"), this.folder.resolve("app.log"))) {
			assertThat(app.log()).contains(AOT_PROCESSED);
			HttpClient http = HttpSignIn.client();

			assertThat(get(http, app.baseUrl() + "/timeline?lang=en").body()).contains(published + " events match.");
			assertThat(get(http, app.baseUrl() + "/events/" + event.get("id") + "?lang=en").body())
				.contains(HtmlUtils.htmlEscape((String) event.get("title")));
			HttpResponse<String> map = get(http, app.baseUrl() + "/map/control.geojson?date=2023-11-15");
			assertThat(map.headers().firstValue("Content-Type")).hasValue("application/geo+json");
			assertThat(map.body()).startsWith("{\"type\":\"FeatureCollection\"").contains("\"name\":\"Kidal\"");

			// Sign-in, the sign-in page's demo accounts and the list of users are the
			// derived queries Spring Data wrote at build time.
			HttpResponse<String> signedIn = HttpSignIn.signIn(http, app.baseUrl(), "admin", "test-admin-password");
			assertThat(signedIn.statusCode()).isEqualTo(302);
			assertThat(signedIn.headers().firstValue("Location"))
				.hasValueSatisfying((location) -> assertThat(location).doesNotContain("error"));
			assertThat(get(http, app.baseUrl() + "/admin/users?lang=en").body()).contains("reviewer2");
			assertThat(get(http, app.baseUrl() + "/events/new?lang=en").body()).contains("name=\"_csrf\"");
		}
	}

	@Test
	void anImportFromTheCommandLineLeavesTheDefinitionsOut() throws Exception {
		Path log = this.folder.resolve("import.log");
		Process importing = PackagedApp
			.process(this.pool.getJdbcUrl(), this.pool, AHEAD_OF_TIME,
					List.of("import", "acled", AcledImportIT.fixture("acled-pre2023.csv").toString()), Map.of(), log)
			.start();
		try {
			assertThat(importing.waitFor(180, TimeUnit.SECONDS)).as("the import ended").isTrue();
			assertThat(importing.exitValue()).as(Files.readString(log)).isZero();
		}
		finally {
			importing.destroyForcibly();
			AcledImportIT.removeFixtureRecords(this.jdbc);
		}
		assertThat(Files.readString(log)).contains("Starting FaultlineApplication").doesNotContain(AOT_PROCESSED);
	}

	@Test
	void virtualThreadsStopTheStartWithTheReason() throws Exception {
		Path log = this.folder.resolve("virtual.log");
		Process starting = PackagedApp
			.process(this.pool.getJdbcUrl(), this.pool, AHEAD_OF_TIME,
					List.of("--server.port=" + PackagedApp.freePort()),
					Map.of("SPRING_THREADS_VIRTUAL_ENABLED", "true"), log)
			.start();
		try {
			assertThat(starting.waitFor(180, TimeUnit.SECONDS)).as("the start gave up").isTrue();
			assertThat(starting.exitValue()).isNotZero();
		}
		finally {
			starting.destroyForcibly();
		}
		assertThat(Files.readString(log)).contains(
				"spring.threads.virtual.enabled=true (SPRING_THREADS_VIRTUAL_ENABLED) cannot apply when started with -Dspring.aot.enabled=true");
	}

	private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
				BodyHandlers.ofString());
		assertThat(response.statusCode()).as(url).isEqualTo(200);
		return response;
	}

}
