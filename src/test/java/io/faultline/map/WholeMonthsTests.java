package io.faultline.map;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.faultline.timeline.TimelineFilter;

import static org.assertj.core.api.Assertions.assertThat;

class WholeMonthsTests {

	@Test
	void takesTheMonthsWhollyInsideTheWindow() {
		assertThat(WholeMonths.of(between("2023-01-15", "2023-04-10")))
			.isEqualTo(new WholeMonths(LocalDate.parse("2023-02-01"), LocalDate.parse("2023-04-01")));
		assertThat(WholeMonths.of(between("2023-01-01", "2023-03-31")))
			.isEqualTo(new WholeMonths(LocalDate.parse("2023-01-01"), LocalDate.parse("2023-04-01")));
		assertThat(WholeMonths.of(between("2024-02-01", "2024-02-29")))
			.isEqualTo(new WholeMonths(LocalDate.parse("2024-02-01"), LocalDate.parse("2024-03-01")));
	}

	@Test
	void findsNoneInAPartOfAMonthOrAcrossTwoPartsOrForMoreThanDates() {
		assertThat(WholeMonths.of(between("2023-01-02", "2023-01-31"))).isNull();
		assertThat(WholeMonths.of(between("2023-01-15", "2023-02-14"))).isNull();
		assertThat(WholeMonths.of(between("2024-02-01", "2024-02-28"))).isNull();
		TimelineFilter placed = new TimelineFilter(LocalDate.parse("2023-01-01"), LocalDate.parse("2023-12-31"), null,
				7L, null, false, null, null, null, null, null, null, null, null, null);
		assertThat(WholeMonths.of(placed)).isNull();
	}

	private static TimelineFilter between(String from, String to) {
		return TimelineFilter.between(LocalDate.parse(from), LocalDate.parse(to));
	}

}
