package io.faultline.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** An editor uploads a file on /imports, follows the background job, reads its report. */
@IntegrationTest
class ImportPageIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	@AfterEach
	void removeFixtureRecords() {
		AcledImportIT.removeFixtureRecords(this.jdbc);
	}

	@Test
	void anEditorDryRunsAnUploadThenImportsItWithoutUploadingAgain() throws Exception {
		long dryRun = upload("acled-current.csv", true);
		awaitFinished(dryRun);

		assertThat(this.mvc.get().uri("/imports/{id}", dryRun).with(user("editor").roles("EDITOR"))).bodyText()
			.contains("acled-current.csv", "(dry run)", "Done", "Dry run: nothing was written.", "Import now")
			.doesNotContain("hx-trigger", "Actors to review");
		assertThat(count("SELECT count(*) FROM event WHERE acled_event_id LIKE 'MLI9000%'")).isZero();
		assertThat(this.jdbc
			.sql("SELECT created_count || ' new of ' || rows_done || ' rows' FROM import_job WHERE id = :id")
			.param("id", dryRun)
			.query(String.class)
			.single()).isEqualTo("4 new of 4 rows");

		MvcTestResult importNow = this.mvc.post()
			.uri("/imports/{id}/run", dryRun)
			.with(user("editor").roles("EDITOR"))
			.with(csrf())
			.exchange();
		assertThat(importNow).hasStatus3xxRedirection();
		long real = Long.parseLong(importNow.getResponse().getRedirectedUrl().replace("/imports/", ""));
		awaitFinished(real);

		assertThat(this.mvc.get().uri("/imports/{id}", real).with(user("editor").roles("EDITOR"))).bodyText()
			.contains("Written to the record.", "Actors to review", "Faultline Test Brigade")
			.doesNotContain("Import now");
		assertThat(count("SELECT count(*) FROM event WHERE acled_event_id LIKE 'MLI9000%'")).isEqualTo(4);
		assertThat(this.jdbc
			.sql("SELECT DISTINCT changed_by FROM audit_log a JOIN event e ON e.id = a.row_id"
					+ " WHERE a.table_name = 'event' AND e.acled_event_id = 'MLI900001'")
			.query(String.class)
			.list()).containsExactly("editor");
		assertThat(this.mvc.get().uri("/imports").with(user("editor").roles("EDITOR"))).bodyText()
			.contains("acled-current.csv", "Recent imports", "Faultline Test Brigade");
		long brigade = this.jdbc.sql("SELECT id FROM actor WHERE name = 'Faultline Test Brigade'")
			.query(Long.class)
			.single();
		assertThat(this.mvc.get().uri("/actors/{id}", brigade).with(user("analyst").roles("ANALYST"))).bodyText()
			.contains("An import created this actor");
		assertThat(this.mvc.post()
			.uri("/actors/{id}/edit", brigade)
			.param("name", "Faultline Test Brigade")
			.param("kind", "MILITIA")
			.param("acledInter", "3")
			.param("colour", "#ff9800")
			.param("aliases", "Faultline Test Brigade (2019-)")
			.param("version", "0")
			.param("reason", "Checked after the ACLED import")
			.with(user("editor").roles("EDITOR"))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(this.jdbc.sql("SELECT needs_review FROM actor WHERE id = :id")
			.param("id", brigade)
			.query(Boolean.class)
			.single()).as("checked by the editor who saved it").isFalse();
		assertThat(this.mvc.get().uri("/actors/{id}", AcledImportIT.FAMA).with(user("analyst").roles("ANALYST")))
			.bodyText()
			.doesNotContain("An import created this actor");
		assertThat(this.mvc.post().uri("/imports/{id}/run", dryRun).with(user("editor").roles("EDITOR")).with(csrf()))
			.hasRedirectedUrl("/imports/" + dryRun);
	}

	@Test
	void rejectedRowsAreListedWithLineAndColumnAndNothingIsWritten() throws Exception {
		long job = upload("acled-bad-rows.csv", false);
		awaitFinished(job);

		assertThat(this.mvc.get().uri("/imports/{id}", job).with(user("editor").roles("EDITOR"))).bodyText()
			.contains("Rejected", "event_date", "2023-02-30", "is not a date", "latitude", "Skirmish",
					"is not an ACLED event type")
			.doesNotContain("Import now");
		assertThat(count("SELECT count(*) FROM event WHERE acled_event_id LIKE 'MLI9000%'")).isZero();
	}

	@Test
	void aRunningJobIsPolledForItsProgressFragment() throws Exception {
		long job = upload("acled-current.csv", true);
		awaitFinished(job);

		assertThat(this.mvc.get()
			.uri("/imports/{id}", job)
			.header("HX-Request", "true")
			.with(user("editor").roles("EDITOR"))).bodyText().contains("Done").doesNotContain("<html", "Imports</a>");
	}

	@Test
	void importsRecordEachStepOfWritingTheRecordAndADryRunStopsAfterSorting() throws Exception {
		long dryRun = upload("acled-current.csv", true);
		awaitFinished(dryRun);
		long real = upload("acled-current.csv", false);
		awaitFinished(real);

		assertThat(this.jdbc.sql("SELECT step FROM import_job WHERE id = :id")
			.param("id", dryRun)
			.query(String.class)
			.single()).isEqualTo("SORTING");
		assertThat(this.jdbc.sql("SELECT step FROM import_job WHERE id = :id")
			.param("id", real)
			.query(String.class)
			.single()).isEqualTo("CLAIMS");
	}

	@Test
	void aJobWritingTheRecordShowsItsStepAndForHowLong() {
		long job = this.jdbc.sql("""
				INSERT INTO import_job (kind, file_name, dry_run, status, requested_by, started_at, bytes_total,
				                        bytes_done, rows_done, step, step_started_at, instance_id, lease_until)
				VALUES ('acled', 'big.csv', false, 'RUNNING', 'editor', now() - interval '40 seconds', 1000, 1000,
				        200000, 'EVENTS', now() - interval '12 seconds', 'another instance', now() + interval '1 hour')
				RETURNING id""").query(Long.class).single();
		try {
			assertThat(this.mvc.get()
				.uri("/imports/{id}", job)
				.header("HX-Request", "true")
				.with(user("editor").roles("EDITOR")))
				.bodyText()
				.contains("File read and checked: 200,000 rows.", "Step 4 of 6: writing the events (for ",
						"You can leave this page")
				.containsPattern("\\(for 1\\d s\\)")
				.doesNotContain("% of the file");
			assertThat(this.mvc.get()
				.uri("/imports/{id}", job)
				.header("HX-Request", "true")
				.param("lang", "fr")
				.with(user("editor").roles("EDITOR"))).bodyText()
				.containsPattern("Étape 4 sur 6 : écriture des événements \\(depuis 1\\d s\\)");
		}
		finally {
			this.jdbc.sql("DELETE FROM import_job WHERE id = :id").param("id", job).update();
		}
	}

	@Test
	void anUploadWithoutAFileIsRefusedWithAMessage() {
		assertThat(this.mvc.post()
			.uri("/imports")
			.multipart()
			.param("kind", "acled")
			.with(user("editor").roles("EDITOR"))
			.with(csrf())).hasRedirectedUrl("/imports").flash().containsEntry("alert", "ingest.upload.missing");
	}

	private long upload(String fixture, boolean dryRun) throws IOException {
		MockMultipartFile file = new MockMultipartFile("file", fixture, "text/csv",
				Files.readAllBytes(AcledImportIT.fixture(fixture)));
		MvcTestResult result = this.mvc.post()
			.uri("/imports")
			.multipart()
			.file(file)
			.param("kind", "acled")
			.param("dryRun", Boolean.toString(dryRun))
			.with(user("editor").roles("EDITOR"))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus3xxRedirection();
		return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/imports/", ""));
	}

	private void awaitFinished(long job) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			boolean finished = this.jdbc.sql("SELECT finished_at IS NOT NULL FROM import_job WHERE id = :id")
				.param("id", job)
				.query(Boolean.class)
				.single();
			if (finished) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("import job " + job + " did not finish within 60 s");
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
