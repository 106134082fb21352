package io.faultline.control;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.faultline.system.LocalizedName;

import static org.assertj.core.api.Assertions.assertThat;

class ControlBandTests {

	private static final LocalDate START = LocalDate.of(2012, 1, 1);

	private static final LocalDate END = LocalDate.of(2024, 1, 1);

	@Test
	void drawsEachPeriodInProportionToItsLength() {
		ControlBand band = ControlBand.of(List.of(period(2, "2018-01-01", null), period(1, "2012-01-01", "2018-01-01")),
				START, END, 1000);
		assertThat(band.segments()).extracting((segment) -> segment.period().id()).containsExactly(1L, 2L);
		assertThat(band.segments().get(0).x()).isZero();
		assertThat(band.segments().get(0).width()).isCloseTo(500, org.assertj.core.data.Offset.offset(1.0));
		assertThat(band.segments().get(1).x() + band.segments().get(1).width()).isEqualTo(1000);
	}

	@Test
	void keepsAOneDayPeriodVisible() {
		ControlBand band = ControlBand.of(List.of(period(1, "2023-09-17", "2023-09-18")), START, END, 1000);
		assertThat(band.segments().get(0).width()).isEqualTo(ControlBand.MIN_SEGMENT_WIDTH);
	}

	@Test
	void marksYearsEvenlyAndThinsThemOnLongAxes() {
		assertThat(ControlBand.of(List.of(), START, END, 1000).ticks()).extracting(ControlBand.Tick::year)
			.containsExactly(2014, 2016, 2018, 2020, 2022, 2024);
		assertThat(ControlBand.of(List.of(), LocalDate.of(2020, 1, 1), END, 1000).ticks())
			.extracting(ControlBand.Tick::year)
			.containsExactly(2021, 2022, 2023, 2024);
	}

	private static ControlPeriodView period(long id, String from, String to) {
		return new ControlPeriodView(id, 1, new LocalizedName("Kidal", null), 1, "Malian Armed Forces", "FAMa",
				"#1b5e20", null, null, ControlStatus.CONTROLLED, ControlBasis.ASSESSED, LocalDate.parse(from),
				(to != null) ? LocalDate.parse(to) : null, null, null, null);
	}

}
