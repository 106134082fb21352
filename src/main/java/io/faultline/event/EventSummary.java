package io.faultline.event;

import java.time.LocalDate;

import io.faultline.system.DatePrecision;
import io.faultline.system.LocalizedName;

/** An event as a row of a list. */
public record EventSummary(long id, LocalDate eventDate, DatePrecision datePrecision, LocalDate endDate, String title,
		long placeId, LocalizedName placeName, String eventTypeCode, LocalizedName eventType,
		LocalizedName subEventType, Integer fatalitiesBest) {

}
