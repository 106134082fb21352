package io.faultline.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.faultline.timeline.TimelineChart.ChartAnnotation;
import io.faultline.timeline.TimelineChart.ChartBin;
import io.faultline.timeline.TimelineChart.ChartEvent;
import io.faultline.timeline.TimelineChart.Lane;
import io.faultline.timeline.TimelineChart.LaneActor;
import io.faultline.timeline.TimelineChart.Mark;
import io.faultline.timeline.TimelineChart.Tick;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TimelineChartTests {

	private static final LaneActor FAMA = new LaneActor(1, "FAMa", "#1b5e20");

	private static final LaneActor WAGNER = new LaneActor(5, "Wagner", "#212121");

	private static final LocalDate FROM = LocalDate.of(2023, 1, 1);

	private static final LocalDate TO = LocalDate.of(2023, 12, 31);

	@Test
	void placesEventsInTheLanesOfTheirLeadingActors() {
		ChartEvent kidal = event(1, LocalDate.of(2023, 11, 14), 0, true, 1L, 5L);
		ChartEvent bamako = event(2, LocalDate.of(2023, 3, 1), null, false, 2L);
		TimelineChart chart = TimelineChart.ofEvents(FROM, TO, List.of(FAMA, WAGNER), List.of(kidal, bamako),
				List.of());

		assertThat(chart.lanes()).extracting(Lane::label).containsExactly("FAMa", "Wagner", null);
		assertThat(chart.lanes().get(2).actorId()).isNull();
		assertThat(chart.marks()).extracting(Mark::eventId).containsExactly(1L, 1L, 2L);
		assertThat(chart.marks()).extracting(Mark::y)
			.containsExactly(chart.lanes().get(0).y(), chart.lanes().get(1).y(), chart.lanes().get(2).y());
		assertThat(chart.marks().get(0).colour()).isEqualTo("#1b5e20");
		assertThat(chart.marks().get(0).controlChange()).isTrue();
		assertThat(chart.marks().get(2).colour()).isEqualTo(TimelineChart.OTHER_COLOUR);
		assertThat(chart.height()).isEqualTo(TimelineChart.TOP + 3 * TimelineChart.LANE_HEIGHT + TimelineChart.BOTTOM);
	}

	@Test
	void leavesOutTheOtherLaneWhenEveryEventHasALeader() {
		TimelineChart chart = TimelineChart.ofEvents(FROM, TO, List.of(FAMA),
				List.of(event(1, LocalDate.of(2023, 5, 1), 3, false, 1L)), List.of());

		assertThat(chart.lanes()).extracting(Lane::actorId).containsExactly(1L);
	}

	@Test
	void mapsDatesLeftToRightWithinThePlot() {
		ChartEvent first = event(1, FROM, null, false, 1L);
		ChartEvent middle = event(2, LocalDate.of(2023, 7, 2), null, false, 1L);
		ChartEvent last = event(3, TO, null, false, 1L);
		TimelineChart chart = TimelineChart.ofEvents(FROM, TO, List.of(FAMA), List.of(first, middle, last), List.of());

		double left = TimelineChart.LEFT + TimelineChart.MAX_RADIUS;
		double right = TimelineChart.WIDTH - TimelineChart.RIGHT - TimelineChart.MAX_RADIUS;
		assertThat(chart.marks().get(0).x()).isEqualTo(left, within(0.1));
		assertThat(chart.marks().get(1).x()).isBetween(left + (right - left) * 0.45, left + (right - left) * 0.55);
		assertThat(chart.marks().get(2).x()).isLessThan(right).isGreaterThan(chart.marks().get(1).x());
	}

	@Test
	void sizesMarksByTheSquareRootOfFatalities() {
		ChartEvent none = event(1, FROM, null, false, 1L);
		ChartEvent quarter = event(2, FROM, 25, false, 1L);
		ChartEvent most = event(3, FROM, 100, false, 1L);
		TimelineChart chart = TimelineChart.ofEvents(FROM, TO, List.of(FAMA), List.of(none, quarter, most), List.of());

		double min = TimelineChart.MIN_RADIUS;
		double max = TimelineChart.MAX_RADIUS;
		assertThat(chart.marks()).extracting(Mark::r).containsExactly(min, min + (max - min) / 2, max);
	}

	@Test
	void ticksEveryYearAndLabelsMonthsOnShortSpans() {
		TimelineChart year = TimelineChart.ofEvents(FROM, TO, List.of(FAMA), List.of(event(1, FROM, 1, false, 1L)),
				List.of());
		assertThat(year.ticks()).hasSize(13);
		assertThat(year.ticks()).filteredOn(Tick::year)
			.extracting(Tick::date)
			.containsExactly(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1));
		assertThat(year.ticks()).allMatch(Tick::labelled);

		TimelineChart decade = TimelineChart.ofEvents(LocalDate.of(2012, 1, 16), LocalDate.of(2024, 7, 25),
				List.of(FAMA), List.of(event(1, FROM, 1, false, 1L)), List.of());
		assertThat(decade.ticks()).allMatch(Tick::year).allMatch(Tick::labelled);
		assertThat(decade.ticks()).extracting((tick) -> tick.date().getYear()).startsWith(2012).endsWith(2024);
	}

	@Test
	void drawsStrategicDevelopmentsAcrossAllLanes() {
		TimelineChart chart = TimelineChart.ofEvents(FROM, TO, List.of(FAMA, WAGNER),
				List.of(event(1, FROM, 1, false, 1L, 5L)),
				List.of(new ChartAnnotation(9, LocalDate.of(2023, 6, 30), "UN ends MINUSMA's mandate")));

		assertThat(chart.annotations()).singleElement().satisfies((annotation) -> {
			assertThat(annotation.title()).isEqualTo("UN ends MINUSMA's mandate");
			assertThat(annotation.y1()).isLessThan(chart.lanes().get(0).top());
			assertThat(annotation.y2()).isGreaterThan(chart.lanes().get(1).top() + TimelineChart.LANE_HEIGHT - 1);
		});
	}

	@Test
	void sizesBinsByTheirCountAndCentresThemOnTheirPeriod() {
		ChartBin may = new ChartBin(1L, LocalDate.of(2023, 5, 1), 40, 120);
		ChartBin mayOthers = new ChartBin(null, LocalDate.of(2023, 5, 1), 10, 0);
		TimelineChart chart = TimelineChart.ofBins(FROM, TO, List.of(FAMA), List.of(may, mayOthers), ChronoUnit.MONTHS,
				List.of());

		assertThat(chart.binUnit()).isEqualTo(ChronoUnit.MONTHS);
		assertThat(chart.lanes()).extracting(Lane::actorId).containsExactly(1L, null);
		Mark fama = chart.marks().get(0);
		assertThat(fama.count()).isEqualTo(40);
		assertThat(fama.endDate()).isEqualTo(LocalDate.of(2023, 5, 31));
		assertThat(fama.r()).isEqualTo(TimelineChart.MAX_RADIUS);
		assertThat(chart.marks().get(1).r()).isLessThan(fama.r());
		double start = TimelineChart
			.ofEvents(FROM, TO, List.of(FAMA), List.of(event(1, LocalDate.of(2023, 5, 1), 1, false, 1L)), List.of())
			.marks()
			.get(0)
			.x();
		assertThat(fama.x()).isGreaterThan(start);
	}

	@Test
	void binsByMonthOverLongSpansAndByWeekOverShortOnes() {
		assertThat(TimelineChart.binUnit(LocalDate.of(2012, 1, 1), LocalDate.of(2024, 7, 31)))
			.isEqualTo(ChronoUnit.MONTHS);
		assertThat(TimelineChart.binUnit(FROM, TO)).isEqualTo(ChronoUnit.WEEKS);
	}

	private static ChartEvent event(long id, LocalDate date, Integer fatalities, boolean controlChange,
			Long... actors) {
		return new ChartEvent(id, date, "Event " + id, fatalities, controlChange, List.of(actors));
	}

}
