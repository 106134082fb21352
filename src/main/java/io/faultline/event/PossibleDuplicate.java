package io.faultline.event;

import java.time.LocalDate;

import io.faultline.system.DatePrecision;
import io.faultline.system.LocalizedName;

/** An event already in the record that a new one may repeat. */
public record PossibleDuplicate(long id, LocalDate eventDate, DatePrecision datePrecision, String title,
		LocalizedName placeName, ReviewStatus reviewStatus, long km) {

}
