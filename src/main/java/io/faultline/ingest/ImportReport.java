package io.faultline.ingest;

import java.time.Duration;
import java.util.List;

/**
 * What an import did, or would do on a dry run. Imports are all-or-nothing: with any
 * rejected row nothing is written.
 *
 * @param kind the format, as on the command line ({@code acled}, {@code ucdp},
 * {@code geonames}, {@code boundaries})
 * @param dryRun whether the database was left untouched on purpose
 * @param created records that are new
 * @param updated records that existed and changed
 * @param unchanged records that existed as they are
 * @param rejected every refused row, with its line, column and reason
 * @param took how long it ran
 */
public record ImportReport(String kind, boolean dryRun, long created, long updated, long unchanged,
		List<ImportProblem> rejected, Duration took) {

	public boolean accepted() {
		return this.rejected.isEmpty();
	}

	/** Whether the database now holds what the file says. */
	public boolean written() {
		return !this.dryRun && accepted();
	}

}
