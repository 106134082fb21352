package io.faultline.history;

import java.time.Instant;

/**
 * A recent change anywhere in the record; {@code eventId} links it to its event when it
 * has one.
 */
record Activity(String table, long rowId, String action, String changedBy, Instant changedAt, String reason,
		Long eventId, String label) {

}
