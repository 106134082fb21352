package io.faultline.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of the timeline, grouped by month and then by day in the order read.
 *
 * @param months the groups of this page
 * @param next the filter that fetches the next page, or {@code null} on the last page
 */
record TimelinePage(List<Month> months, TimelineFilter next) {

	boolean hasMore() {
		return this.next != null;
	}

	List<TimelineEntry> entries() {
		return this.months.stream()
			.flatMap((month) -> month.days().stream())
			.flatMap((day) -> day.entries().stream())
			.toList();
	}

	/**
	 * Groups {@code rows} (one more than {@code size} when a next page exists). A month
	 * or day that began on the previous page, the one ending at the filter's cursor, is
	 * marked as continued so that its heading is not repeated.
	 */
	static TimelinePage of(List<TimelineEntry> rows, int size, TimelineFilter filter) {
		List<TimelineEntry> shown = rows.subList(0, Math.min(size, rows.size()));
		TimelineFilter next = null;
		if (rows.size() > size && !shown.isEmpty()) {
			TimelineEntry last = shown.get(shown.size() - 1);
			next = filter.after(last.eventDate(), last.id());
		}
		LocalDate previous = filter.hasCursor() ? filter.cursorDate() : null;
		List<Month> months = new ArrayList<>();
		for (TimelineEntry entry : shown) {
			YearMonth yearMonth = YearMonth.from(entry.eventDate());
			Month month = months.isEmpty() ? null : months.get(months.size() - 1);
			if (month == null || !month.month().equals(yearMonth)) {
				boolean continued = previous != null && YearMonth.from(previous).equals(yearMonth);
				month = new Month(yearMonth, continued, new ArrayList<>());
				months.add(month);
			}
			Day day = month.days().isEmpty() ? null : month.days().get(month.days().size() - 1);
			if (day == null || !day.date().equals(entry.eventDate())) {
				day = new Day(entry.eventDate(), entry.eventDate().equals(previous), new ArrayList<>());
				month.days().add(day);
			}
			day.entries().add(entry);
		}
		return new TimelinePage(months, next);
	}

	/**
	 * @param continued the month's heading was on the previous page
	 */
	record Month(YearMonth month, boolean continued, List<Day> days) {

	}

	/**
	 * @param continued the day's heading was on the previous page
	 */
	record Day(LocalDate date, boolean continued, List<TimelineEntry> entries) {

	}

}
