package io.faultline.dashboard;

import java.time.LocalDate;

/**
 * The dashboard's GET parameters: a preset ({@code 30d}, {@code 90d}, {@code 1y},
 * {@code all}) or a custom range, dates in ISO ({@code spring.mvc.format.date=iso}). No
 * annotations on the components, as on {@code TimelineFilter}: Spring's constructor
 * binding would parse them again for every parameter of every request.
 */
record DashboardQuery(String preset, LocalDate from, LocalDate to) {

}
