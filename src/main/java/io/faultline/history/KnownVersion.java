package io.faultline.history;

import java.time.Instant;
import java.time.LocalDate;

/** An event as the record held it at some moment: the fields a reader compares. */
record KnownVersion(LocalDate eventDate, String datePrecision, String title, String summary, String notes,
		Integer fatalitiesLow, Integer fatalitiesBest, Integer fatalitiesHigh, String reviewStatus, Instant since,
		String changedBy) {

	boolean published() {
		return "PUBLISHED".equals(this.reviewStatus);
	}

}
