package io.faultline.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A place's control history drawn as one band on a time axis: a segment per period in the
 * holder's colour. Geometry only; the template draws it as SVG.
 *
 * @param width drawing width in user units
 * @param segments one per period, oldest first
 * @param ticks year marks along the axis
 */
public record ControlBand(int width, List<Segment> segments, List<Tick> ticks) {

	static final int MIN_SEGMENT_WIDTH = 2;

	/**
	 * @param periods the place's periods, any order
	 * @param start the axis start (usually the record's first day)
	 * @param end the axis end; open periods run to it
	 */
	public static ControlBand of(List<ControlPeriodView> periods, LocalDate start, LocalDate end, int width) {
		LocalDate first = periods.stream()
			.map(ControlPeriodView::validFrom)
			.reduce(start, (a, b) -> a.isBefore(b) ? a : b);
		long days = Math.max(1, ChronoUnit.DAYS.between(first, end));
		List<Segment> segments = new ArrayList<>();
		periods.stream()
			.sorted((a, b) -> a.validFrom().compareTo(b.validFrom()))
			.filter((period) -> period.validFrom().isBefore(end))
			.forEach((period) -> {
				LocalDate to = (period.validTo() != null && period.validTo().isBefore(end)) ? period.validTo() : end;
				double x = x(first, period.validFrom(), days, width);
				double w = Math.max(MIN_SEGMENT_WIDTH, x(first, to, days, width) - x);
				segments.add(new Segment(round(x), round(w), period));
			});
		List<Tick> ticks = new ArrayList<>();
		int step = (end.getYear() - first.getYear() > 16) ? 5 : (end.getYear() - first.getYear() > 8) ? 2 : 1;
		for (int year = first.getYear() + 1; year <= end.getYear(); year++) {
			if (year % step == 0) {
				ticks.add(new Tick(round(x(first, LocalDate.of(year, 1, 1), days, width)), year));
			}
		}
		return new ControlBand(width, segments, ticks);
	}

	private static double x(LocalDate first, LocalDate date, long days, int width) {
		return (double) ChronoUnit.DAYS.between(first, date) / days * width;
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	public record Segment(double x, double width, ControlPeriodView period) {

	}

	public record Tick(double x, int year) {

	}

}
