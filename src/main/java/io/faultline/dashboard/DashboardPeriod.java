package io.faultline.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The span the dashboard sums over. Presets count back from the record's last event, not
 * from today: an archive that ends in 2024 still opens on its last 90 days.
 *
 * @param from first day, inclusive
 * @param to last day, inclusive
 * @param preset the preset chosen, or {@code custom}
 */
record DashboardPeriod(LocalDate from, LocalDate to, String preset) {

	static final String DEFAULT_PRESET = "90d";

	static DashboardPeriod of(String preset, LocalDate from, LocalDate to, LocalDate recordStart, LocalDate recordEnd) {
		if (from != null || to != null) {
			LocalDate start = (from != null) ? from : recordStart;
			LocalDate end = (to != null) ? to : recordEnd;
			return (start.isAfter(end)) ? new DashboardPeriod(end, start, "custom")
					: new DashboardPeriod(start, end, "custom");
		}
		String chosen = (preset != null) ? preset : DEFAULT_PRESET;
		return switch (chosen) {
			case "30d" -> new DashboardPeriod(recordEnd.minusDays(29), recordEnd, chosen);
			case "1y" -> new DashboardPeriod(recordEnd.minusYears(1).plusDays(1), recordEnd, chosen);
			case "all" -> new DashboardPeriod(recordStart, recordEnd, chosen);
			default -> new DashboardPeriod(recordEnd.minusDays(89), recordEnd, DEFAULT_PRESET);
		};
	}

	long days() {
		return ChronoUnit.DAYS.between(this.from, this.to) + 1;
	}

}
