package io.faultline.ingest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar faultline.jar import acled <file> [--dry-run]}, as the command runs
 * it.
 */
@IntegrationTest
class ImportCommandIT {

	@Autowired
	ImportCommand command;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	@AfterEach
	void removeFixtureRecords() {
		AcledImportIT.removeFixtureRecords(this.jdbc);
	}

	@Test
	void aDryRunFromTheCommandLineWritesNothingAndExitsZero() {
		this.command.run(new DefaultApplicationArguments("import", "acled",
				AcledImportIT.fixture("acled-current.csv").toString(), "--dry-run"));

		assertThat(this.command.getExitCode()).isZero();
		assertThat(count()).isZero();
	}

	@Test
	void anImportFromTheCommandLineWritesTheFile() {
		this.command.run(new DefaultApplicationArguments("import", "acled",
				AcledImportIT.fixture("acled-pre2023.csv").toString()));

		assertThat(this.command.getExitCode()).isZero();
		assertThat(count()).isEqualTo(2);
	}

	@Test
	void rejectedRowsExitOneAndWriteNothing() {
		this.command.run(new DefaultApplicationArguments("import", "acled",
				AcledImportIT.fixture("acled-bad-rows.csv").toString()));

		assertThat(this.command.getExitCode()).isEqualTo(1);
		assertThat(count()).isZero();
	}

	private long count() {
		return this.jdbc.sql("SELECT count(*) FROM event WHERE acled_event_id LIKE 'MLI9000%'")
			.query(Long.class)
			.single();
	}

}
