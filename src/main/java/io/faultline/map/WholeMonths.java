package io.faultline.map;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import io.faultline.timeline.TimelineFilter;

/**
 * The calendar months that lie wholly inside a filter of dates alone: what the map of
 * events reads from {@code place_month_summary}.
 *
 * @param from the first day of the first whole month
 * @param toExclusive the first day after the last whole month
 */
record WholeMonths(LocalDate from, LocalDate toExclusive) {

	/**
	 * The whole months of {@code filter}, or {@code null} when it selects more than dates
	 * (the summary counts by place and month only) or holds no whole month.
	 */
	static WholeMonths of(TimelineFilter filter) {
		if (filter.from() == null || filter.to() == null
				|| !filter.equals(TimelineFilter.between(filter.from(), filter.to()))) {
			return null;
		}
		LocalDate from = (filter.from().getDayOfMonth() == 1) ? filter.from()
				: filter.from().with(TemporalAdjusters.firstDayOfNextMonth());
		LocalDate toExclusive = filter.to().plusDays(1).withDayOfMonth(1);
		return from.isBefore(toExclusive) ? new WholeMonths(from, toExclusive) : null;
	}

}
