package io.faultline.event;

import java.time.LocalDate;

/** The published record at a glance. */
public record RecordSpan(long events, LocalDate firstDate, LocalDate lastDate, long fatalities) {

}
