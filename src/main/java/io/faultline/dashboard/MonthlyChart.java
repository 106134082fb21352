package io.faultline.dashboard;

import java.util.List;

/**
 * Events and fatalities per month, events split by event type: the data Chart.js draws.
 *
 * @param months month labels, {@code yyyy-MM}
 * @param series one series of event counts per event type, in taxonomy order
 * @param fatalities fatalities (best) per month
 */
record MonthlyChart(List<String> months, List<Series> series, List<Long> fatalities, String fatalitiesLabel) {

	record Series(String code, String label, String colour, List<Long> events) {

	}

}
