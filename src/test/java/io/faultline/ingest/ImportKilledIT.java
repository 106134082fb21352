package io.faultline.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An import from the command line killed (SIGKILL) while it writes the record leaves
 * nothing of the file in the database, and the same file then imports in full. Runs the
 * packaged jar, so it runs in {@code ./mvnw verify} (after {@code package}) and is
 * skipped where the jar has not been built.
 */
@IntegrationTest
class ImportKilledIT {

	private static final Path JAR = Path.of("target/faultline-0.1.0-SNAPSHOT.jar");

	private static final String APPLICATION_NAME = "faultline-killed-import";

	private static final int ROWS = 20_000;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	ImportCommand command;

	@TempDir
	Path folder;

	@AfterEach
	void removeTheImportedEvents() {
		this.jdbc.sql("DELETE FROM event WHERE acled_event_id LIKE 'MLIKILL%'").update();
	}

	@Test
	void aKilledImportLeavesNothingAndCanBeRunAgain() throws Exception {
		assumeTrue(Files.isRegularFile(JAR), "the application jar is built by ./mvnw package");
		Path file = acledFile();
		HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
		List<String> commandLine = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-jar", JAR.toString(), "import", "acled", file.toString(),
				"--spring.datasource.hikari.data-source-properties.ApplicationName=" + APPLICATION_NAME));
		ProcessBuilder builder = new ProcessBuilder(commandLine).redirectErrorStream(true)
			.redirectOutput(this.folder.resolve("import.log").toFile());
		builder.environment().put("DATABASE_URL", pool.getJdbcUrl());
		builder.environment().put("DATABASE_USERNAME", pool.getUsername());
		builder.environment().put("DATABASE_PASSWORD", (pool.getPassword() != null) ? pool.getPassword() : "");
		Process importing = builder.start();
		try {
			assertThat(waitUntilWritingEvents(Duration.ofSeconds(120)))
				.as("the import reached its INSERT INTO event; its log:%n%s", log())
				.isTrue();
			importing.destroyForcibly();
			assertThat(importing.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			importing.destroyForcibly();
		}
		waitUntilItsConnectionsAreGone(Duration.ofSeconds(120));
		assertThat(imported()).isZero();

		this.command.run(new DefaultApplicationArguments("import", "acled", file.toString()));
		assertThat(this.command.getExitCode()).isZero();
		assertThat(imported()).isEqualTo(ROWS);
	}

	private boolean waitUntilWritingEvents(Duration patience) throws InterruptedException {
		Instant until = Instant.now().plus(patience);
		while (Instant.now().isBefore(until)) {
			long writing = this.jdbc.sql("""
					SELECT count(*) FROM pg_stat_activity
					 WHERE application_name = :name AND state = 'active' AND query ILIKE '%INSERT INTO event %'""")
				.param("name", APPLICATION_NAME)
				.query(Long.class)
				.single();
			if (writing > 0) {
				return true;
			}
			Thread.sleep(50);
		}
		return false;
	}

	/** The server notices the dead client once the statement ends, and rolls back. */
	private void waitUntilItsConnectionsAreGone(Duration patience) throws InterruptedException {
		Instant until = Instant.now().plus(patience);
		while (Instant.now().isBefore(until)) {
			long left = this.jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE application_name = :name")
				.param("name", APPLICATION_NAME)
				.query(Long.class)
				.single();
			if (left == 0) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the killed import's connections are still open");
	}

	private long imported() {
		return this.jdbc.sql("SELECT count(*) FROM event WHERE acled_event_id LIKE 'MLIKILL%'")
			.query(Long.class)
			.single();
	}

	/**
	 * Invented rows in ACLED's current shape, at places and with actors of the demo
	 * record.
	 */
	private Path acledFile() throws IOException {
		Path file = this.folder.resolve("acled-killed.csv");
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
					+ "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,"
					+ "country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
					+ "notes,fatalities,tags,timestamp\n");
			LocalDate first = LocalDate.of(2022, 1, 1);
			for (int i = 0; i < ROWS; i++) {
				LocalDate day = first.plusDays(i % 700);
				out.write("MLIKILL" + i + "," + day + "," + day.getYear()
						+ ",1,Political violence,Battles,Armed clash,Military Forces of Mali (2021-),,1,,,,10,,466,"
						+ "Western Africa,Mali,Kidal,Kidal,Kidal,Kidal,18.4411,1.4078,1,ORTM,National,"
						+ "\"Invented row " + i + " for the killed-import test, with a comma.\",1,,1700000000\n");
			}
		}
		return file;
	}

	private String log() {
		try {
			return Files.readString(this.folder.resolve("import.log"));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

}
