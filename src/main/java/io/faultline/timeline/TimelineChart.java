package io.faultline.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The geometry of the timeline chart: one lane per leading actor, a time axis, a mark per
 * event (or per bin of events when there are too many to draw), and vertical lines for
 * strategic developments. Coordinates are in the SVG's user units; the template only
 * draws what is here.
 *
 * @param width the view box width
 * @param height the view box height
 * @param axisY where the time axis runs, above the lanes
 * @param lanes the lanes, top to bottom; the "other" lane has no actor
 * @param ticks the time axis ticks
 * @param marks events or bins of events
 * @param annotations strategic developments
 * @param binUnit {@code null} when each mark is an event, else the span of a bin
 * @param windowStart {@code null} when the chart shows every selected event, else the
 * first day of the newest ones it shows (too many to chart all)
 */
public record TimelineChart(int width, int height, int axisY, List<Lane> lanes, List<Tick> ticks, List<Mark> marks,
		List<Annotation> annotations, ChronoUnit binUnit, LocalDate windowStart) {

	static final int WIDTH = 1000;

	static final int LEFT = 130;

	static final int RIGHT = 16;

	static final int TOP = 30;

	static final int BOTTOM = 8;

	static final int LANE_HEIGHT = 34;

	static final double MIN_RADIUS = 3;

	static final double MAX_RADIUS = 14;

	static final String OTHER_COLOUR = "#9e9e9e";

	/**
	 * One mark per event and lane it belongs to: each of its leading actors' lanes, or
	 * the "other" lane.
	 */
	static TimelineChart ofEvents(LocalDate from, LocalDate to, List<LaneActor> leaders, List<ChartEvent> events,
			List<ChartAnnotation> annotations) {
		Scale scale = Scale.of(from, to);
		int maxFatalities = events.stream()
			.map(ChartEvent::fatalities)
			.filter(Objects::nonNull)
			.mapToInt(Integer::intValue)
			.max()
			.orElse(0);
		Lanes lanes = new Lanes(leaders, events.stream().anyMatch((e) -> leaders.stream().noneMatch(e::involves)));
		List<Mark> marks = new ArrayList<>();
		for (ChartEvent event : events) {
			for (Lane lane : lanes.of(event.actorIds())) {
				int fatalities = (event.fatalities() != null) ? event.fatalities() : 0;
				marks.add(new Mark(event.id(), event.date(), null, event.title(), event.fatalities(), 1,
						event.controlChange(), scale.x(event.date()), lane.y(), radius(fatalities, maxFatalities),
						lane.colour()));
			}
		}
		return new TimelineChart(WIDTH, lanes.height(), TOP, lanes.all(), scale.ticks(), marks,
				annotations(scale, annotations, lanes.height()), null, null);
	}

	/** One mark per bin, sized by the number of events in it. */
	static TimelineChart ofBins(LocalDate from, LocalDate to, List<LaneActor> leaders, List<ChartBin> bins,
			ChronoUnit unit, List<ChartAnnotation> annotations) {
		Scale scale = Scale.of(from, to);
		int maxCount = bins.stream().mapToInt(ChartBin::count).max().orElse(0);
		Lanes lanes = new Lanes(leaders, bins.stream().anyMatch((bin) -> bin.actorId() == null));
		List<Mark> marks = new ArrayList<>();
		for (ChartBin bin : bins) {
			Lane lane = lanes.of(bin.actorId());
			LocalDate end = bin.start().plus(1, unit);
			LocalDate middle = bin.start().plusDays(ChronoUnit.DAYS.between(bin.start(), end) / 2);
			marks.add(new Mark(null, bin.start(), end.minusDays(1), null, (int) bin.fatalities(), bin.count(), false,
					scale.x(middle), lane.y(), radius(bin.count(), maxCount), lane.colour()));
		}
		return new TimelineChart(WIDTH, lanes.height(), TOP, lanes.all(), scale.ticks(), marks,
				annotations(scale, annotations, lanes.height()), unit, null);
	}

	/** This chart, noted as showing only the events from {@code start} on. */
	TimelineChart since(LocalDate start) {
		return new TimelineChart(this.width, this.height, this.axisY, this.lanes, this.ticks, this.marks,
				this.annotations, this.binUnit, start);
	}

	/** Months for a span of more than two years, weeks for a shorter one. */
	static ChronoUnit binUnit(LocalDate from, LocalDate to) {
		return (ChronoUnit.DAYS.between(from, to) > 2 * 366) ? ChronoUnit.MONTHS : ChronoUnit.WEEKS;
	}

	/** The first day of the week (a Monday) or month that {@code date} is in. */
	static LocalDate binStart(LocalDate date, ChronoUnit unit) {
		return (unit == ChronoUnit.MONTHS) ? date.withDayOfMonth(1)
				: date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** Area proportional to the value: the radius grows with its square root. */
	static double radius(double value, double max) {
		if (max <= 0 || value <= 0) {
			return MIN_RADIUS;
		}
		return round(MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(Math.min(value, max) / max));
	}

	private static List<Annotation> annotations(Scale scale, List<ChartAnnotation> annotations, int height) {
		return annotations.stream()
			.map((a) -> new Annotation(a.id(), a.date(), a.title(), scale.x(a.date()), TOP - 6, height - BOTTOM))
			.toList();
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/** An actor with a lane of its own. */
	record LaneActor(long id, String label, String colour) {

	}

	/** An event to draw, with all its actors. */
	record ChartEvent(long id, LocalDate date, String title, Integer fatalities, boolean controlChange,
			Collection<Long> actorIds) {

		boolean involves(LaneActor actor) {
			return this.actorIds.contains(actor.id());
		}

	}

	/**
	 * Events of one lane in one week or month; {@code actorId} null for the "other" lane.
	 */
	record ChartBin(Long actorId, LocalDate start, int count, long fatalities) {

	}

	/** A strategic development to mark across all lanes. */
	record ChartAnnotation(long id, LocalDate date, String title) {

	}

	/**
	 * A lane.
	 *
	 * @param actorId {@code null} for the lane of all other actors
	 * @param y the middle of the lane, where its marks sit
	 * @param labelX where the label ends, left of the plot
	 */
	record Lane(Long actorId, String label, String colour, double top, double height, double y, double labelX) {

		static Lane at(int index, Long actorId, String label, String colour) {
			double top = TOP + index * LANE_HEIGHT;
			return new Lane(actorId, label, colour, top, LANE_HEIGHT, top + LANE_HEIGHT / 2.0, LEFT - 8);
		}

	}

	/**
	 * @param year a year tick (labelled with the year); else a month tick
	 */
	record Tick(LocalDate date, double x, boolean year, boolean labelled) {

	}

	/**
	 * An event ({@code eventId} set, {@code count} 1) or a bin of {@code count} events
	 * from {@code date} to {@code endDate}.
	 */
	record Mark(Long eventId, LocalDate date, LocalDate endDate, String title, Integer fatalities, int count,
			boolean controlChange, double x, double y, double r, String colour) {

	}

	record Annotation(long eventId, LocalDate date, String title, double x, double y1, double y2) {

	}

	/** Dates to x, over whole months, with room for the largest mark at both ends. */
	private record Scale(LocalDate start, LocalDate end) {

		static Scale of(LocalDate from, LocalDate to) {
			return new Scale(from.withDayOfMonth(1), to.withDayOfMonth(1).plusMonths(1));
		}

		double x(LocalDate date) {
			double span = ChronoUnit.DAYS.between(this.start, this.end);
			double left = LEFT + MAX_RADIUS;
			double width = WIDTH - RIGHT - MAX_RADIUS - left;
			return round(left + width * ChronoUnit.DAYS.between(this.start, date) / span);
		}

		/**
		 * A tick every year; month ticks too when the span is three years or less,
		 * labelled when it is about a year or less.
		 */
		List<Tick> ticks() {
			long days = ChronoUnit.DAYS.between(this.start, this.end);
			boolean months = days <= 3 * 366;
			boolean monthLabels = days <= 400;
			List<Tick> ticks = new ArrayList<>();
			for (LocalDate date = this.start; !date.isAfter(this.end); date = date.plusMonths(1)) {
				boolean year = date.getMonthValue() == 1;
				if (year || months) {
					ticks.add(new Tick(date, x(date), year, year || monthLabels));
				}
			}
			return ticks;
		}

	}

	/** The lanes in order, the "other" lane last when some event needs it. */
	private static final class Lanes {

		private final Map<Long, Lane> byActor = new LinkedHashMap<>();

		private final Lane other;

		Lanes(List<LaneActor> leaders, boolean needsOther) {
			int index = 0;
			for (LaneActor actor : leaders) {
				this.byActor.put(actor.id(), Lane.at(index, actor.id(), actor.label(), actor.colour()));
				index++;
			}
			this.other = needsOther ? Lane.at(index, (Long) null, null, OTHER_COLOUR) : null;
		}

		List<Lane> of(Collection<Long> actorIds) {
			List<Lane> lanes = this.byActor.values()
				.stream()
				.filter((lane) -> actorIds.contains(lane.actorId()))
				.toList();
			return lanes.isEmpty() ? List.of(this.other) : lanes;
		}

		Lane of(Long actorId) {
			return (actorId != null) ? this.byActor.get(actorId) : this.other;
		}

		List<Lane> all() {
			List<Lane> all = new ArrayList<>(this.byActor.values());
			if (this.other != null) {
				all.add(this.other);
			}
			return all;
		}

		int height() {
			return TOP + Math.max(1, all().size()) * LANE_HEIGHT + BOTTOM;
		}

	}

}
