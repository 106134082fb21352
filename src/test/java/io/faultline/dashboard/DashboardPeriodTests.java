package io.faultline.dashboard;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardPeriodTests {

	private static final LocalDate FIRST = LocalDate.of(2012, 1, 16);

	private static final LocalDate LAST = LocalDate.of(2024, 7, 25);

	@Test
	void defaultsToTheLastNinetyDaysOfTheRecord() {
		DashboardPeriod period = DashboardPeriod.of(null, null, null, FIRST, LAST);
		assertThat(period.to()).isEqualTo(LAST);
		assertThat(period.days()).isEqualTo(90);
		assertThat(period.preset()).isEqualTo("90d");
	}

	@Test
	void countsPresetsBackFromTheLastEvent() {
		assertThat(DashboardPeriod.of("30d", null, null, FIRST, LAST).from()).isEqualTo(LocalDate.of(2024, 6, 26));
		assertThat(DashboardPeriod.of("1y", null, null, FIRST, LAST).from()).isEqualTo(LocalDate.of(2023, 7, 26));
		assertThat(DashboardPeriod.of("all", null, null, FIRST, LAST).from()).isEqualTo(FIRST);
		assertThat(DashboardPeriod.of("bogus", null, null, FIRST, LAST).preset()).isEqualTo("90d");
	}

	@Test
	void takesACustomRangeAndOrdersItsEnds() {
		DashboardPeriod period = DashboardPeriod.of("30d", LocalDate.of(2023, 12, 31), LocalDate.of(2023, 1, 1), FIRST,
				LAST);
		assertThat(period.from()).isEqualTo(LocalDate.of(2023, 1, 1));
		assertThat(period.to()).isEqualTo(LocalDate.of(2023, 12, 31));
		assertThat(period.preset()).isEqualTo("custom");
		assertThat(DashboardPeriod.of(null, LocalDate.of(2023, 1, 1), null, FIRST, LAST).to()).isEqualTo(LAST);
	}

}
