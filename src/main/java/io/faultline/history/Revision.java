package io.faultline.history;

import java.time.Instant;
import java.util.List;

/**
 * One change to a record: who, when, why, and each field's value before and after.
 *
 * @param table the table changed ({@code event}, {@code claim}, …)
 * @param action {@code INSERT}, {@code UPDATE} or {@code DELETE}
 */
record Revision(long id, String table, long rowId, String action, String changedBy, Instant changedAt, String reason,
		List<FieldChange> changes) {

	record FieldChange(String field, String before, String after) {

	}

}
