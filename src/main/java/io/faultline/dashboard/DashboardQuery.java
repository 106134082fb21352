package io.faultline.dashboard;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The dashboard's GET parameters: a preset ({@code 30d}, {@code 90d}, {@code 1y},
 * {@code all}) or a custom range.
 */
record DashboardQuery(String preset, @DateTimeFormat(iso = ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = ISO.DATE) LocalDate to) {

}
