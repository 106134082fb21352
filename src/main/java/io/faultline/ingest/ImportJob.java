package io.faultline.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.faultline.ingest.ImportProgress.WriteStep;

/**
 * An import started from the web page, as its page shows it: waiting, running (rows done,
 * rate, time left) or finished (counts and every rejected row).
 *
 * @param canImportNow a clean dry run whose upload is still on the server
 * @param step the step of writing the record a running job has reached, once its file is
 * read; null before
 * @param stepStartedAt when that step began
 */
public record ImportJob(long id, String kind, String fileName, boolean dryRun, String status, String requestedBy,
		Instant createdAt, Instant startedAt, Instant finishedAt, long bytesTotal, long bytesDone, long rowsDone,
		Long created, Long updated, Long unchanged, Long rejected, List<ImportProblem> problems, String failure,
		boolean canImportNow, Long dryRunOfId, WriteStep step, Instant stepStartedAt) {

	private static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter
		.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'")
		.withZone(java.time.ZoneOffset.UTC);

	public String createdAtText() {
		return SHOWN.format(this.createdAt);
	}

	public boolean finished() {
		return this.finishedAt != null;
	}

	public boolean running() {
		return "RUNNING".equals(this.status);
	}

	/** Whether the file is read and the record is being written. */
	public boolean writing() {
		return running() && this.step != null;
	}

	/** How many steps writing the record takes. */
	public int steps() {
		return WriteStep.count();
	}

	/** Seconds the current step of writing has taken so far. */
	public long stepSeconds(Instant now) {
		return (this.stepStartedAt != null) ? Math.max(0, Duration.between(this.stepStartedAt, now).toSeconds()) : 0;
	}

	/** Rows read per second so far, or over the whole run once finished. */
	public long rate(Instant now) {
		if (this.startedAt == null) {
			return 0;
		}
		long millis = Duration.between(this.startedAt, (this.finishedAt != null) ? this.finishedAt : now).toMillis();
		return (millis > 0) ? this.rowsDone * 1000 / millis : 0;
	}

	/** Share of the file read, 0 to 100. */
	public int percent() {
		if (this.finished()) {
			return 100;
		}
		return (this.bytesTotal > 0) ? (int) Math.min(100, this.bytesDone * 100 / this.bytesTotal) : 0;
	}

	/**
	 * Seconds until the whole file is read, from the pace so far; null before there is a
	 * pace. Writing the record after the last row takes a while more.
	 */
	public Long secondsLeft(Instant now) {
		if (this.startedAt == null || this.finished() || this.bytesDone == 0) {
			return null;
		}
		long elapsed = Duration.between(this.startedAt, now).toMillis();
		return Math.max(0, elapsed * (this.bytesTotal - this.bytesDone) / this.bytesDone / 1000);
	}

}
