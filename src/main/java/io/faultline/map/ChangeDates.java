package io.faultline.map;

import java.time.LocalDate;

/**
 * The nearest dates before and after {@code date} on which control changed anywhere;
 * {@code null} when there is none.
 */
record ChangeDates(LocalDate date, LocalDate previous, LocalDate next) {

}
