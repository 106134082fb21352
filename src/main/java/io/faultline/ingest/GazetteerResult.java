package io.faultline.ingest;

import java.io.Serializable;
import java.util.List;

/**
 * What an upload did, shown after the redirect (kept in the session as a flash attribute,
 * hence serializable).
 *
 * @param kind {@code geonames} or {@code boundaries}
 * @param fileName the uploaded file's name
 * @param dryRun whether nothing was to be written
 * @param written whether the database now holds the file
 * @param created new records
 * @param updated records completed or changed
 * @param unchanged records as they were
 * @param problems every problem found, in file order
 * @param millis how long the import took
 */
public record GazetteerResult(String kind, String fileName, boolean dryRun, boolean written, long created, long updated,
		long unchanged, List<Problem> problems, long millis) implements Serializable {

	static GazetteerResult of(ImportReport report, String fileName) {
		return new GazetteerResult(report.kind(), fileName, report.dryRun(), report.written(), report.created(),
				report.updated(), report.unchanged(),
				report.rejected().stream().map((p) -> new Problem(p.line(), p.column(), p.message())).toList(),
				report.took().toMillis());
	}

	public boolean accepted() {
		return this.problems.isEmpty();
	}

	/**
	 * @param line the line, 0 for the whole file
	 * @param column the column or field, or null
	 * @param message what is wrong
	 */
	public record Problem(long line, String column, String message) implements Serializable {
	}

}
