package io.faultline.ingest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports when several instances share the database: each renews the lease of its own
 * jobs, and a job whose lease lapsed (its instance stopped) is marked failed, while the
 * jobs another live instance runs are left alone.
 */
@IntegrationTest
class ImportJobLeaseIT {

	@Autowired
	ImportJobs jobs;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeJobs() {
		this.jdbc.sql("DELETE FROM import_job WHERE file_name LIKE 'lease-%'").update();
	}

	@Test
	void aJobWhoseInstanceStoppedIsFailedAndALiveInstancesJobIsLeftRunning() {
		long live = job("lease-live.csv", "RUNNING", "other-host/1/live", "now() + interval '45 seconds'");
		long lapsed = job("lease-lapsed.csv", "RUNNING", "other-host/2/gone", "now() - interval '1 second'");
		long queued = job("lease-queued.csv", "QUEUED", "other-host/2/gone", "now() - interval '5 minutes'");
		long done = job("lease-done.csv", "DONE", "other-host/2/gone", "now() - interval '5 minutes'");

		this.jobs.failAbandonedJobs();

		assertThat(status(live)).isEqualTo("RUNNING");
		assertThat(status(lapsed)).isEqualTo("FAILED");
		assertThat(status(queued)).isEqualTo("FAILED");
		assertThat(status(done)).isEqualTo("DONE");
		assertThat(this.jdbc.sql("SELECT failure FROM import_job WHERE id = :id")
			.param("id", lapsed)
			.query(String.class)
			.single()).contains("the application stopped before the import finished");
	}

	@Test
	void anInstanceRenewsTheLeasesOfItsOwnJobsOnly() {
		long own = job("lease-own.csv", "RUNNING", this.jobs.instance(), "now() + interval '2 seconds'");
		long other = job("lease-other.csv", "RUNNING", "other-host/3/x", "now() + interval '2 seconds'");

		this.jobs.renewLeases();

		assertThat(secondsLeft(own)).isBetween(ImportJobs.LEASE.toSeconds() - 5, ImportJobs.LEASE.toSeconds());
		assertThat(secondsLeft(other)).isLessThanOrEqualTo(2);
	}

	private long job(String file, String status, String instance, String leaseUntil) {
		return this.jdbc.sql("""
				INSERT INTO import_job (kind, file_name, dry_run, status, requested_by, instance_id, lease_until)
				VALUES ('acled', :file, true, :status, 'editor', :instance, %s) RETURNING id""".formatted(leaseUntil))
			.param("file", file)
			.param("status", status)
			.param("instance", instance)
			.query(Long.class)
			.single();
	}

	private String status(long id) {
		return this.jdbc.sql("SELECT status FROM import_job WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private long secondsLeft(long id) {
		return this.jdbc.sql("SELECT extract(epoch FROM lease_until - now())::bigint FROM import_job WHERE id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

}
