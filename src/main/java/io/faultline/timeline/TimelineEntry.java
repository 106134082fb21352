package io.faultline.timeline;

import java.time.LocalDate;

import io.faultline.system.DatePrecision;
import io.faultline.system.LocalizedName;

/**
 * An event as a row of the timeline.
 *
 * @param strategic a strategic development, shown as an annotation rather than a fight
 * @param controlChange the evidence of a change of control
 * @param latitude where it happened: the event's own point, else its place's (WGS 84)
 * @param longitude where it happened: the event's own point, else its place's (WGS 84)
 */
public record TimelineEntry(long id, LocalDate eventDate, DatePrecision datePrecision, LocalDate endDate, String title,
		long placeId, LocalizedName placeName, String eventTypeCode, LocalizedName eventType,
		LocalizedName subEventType, Integer fatalitiesBest, boolean strategic, boolean controlChange, double latitude,
		double longitude) {

}
