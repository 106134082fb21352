package io.faultline.timeline;

import java.time.LocalDate;

import org.springframework.util.StringUtils;

import io.faultline.event.ReviewStatus;
import io.faultline.source.Stance;

/**
 * The timeline's filters, bound from GET parameters so that every view has a shareable
 * URL. {@code cursorDate} and {@code cursorId} name the last row already shown (keyset
 * pagination). Public for the features that read the same events another way (exports).
 * <p>
 * Its components carry no annotations. Spring binds a record through its constructor, and
 * for every parameter of every request it reads the constructor's parameter annotations
 * again, which the JDK parses anew each time: with {@code @DateTimeFormat} on three dates
 * and two constraints here, that was a quarter of the JVM's time on an API read
 * (BENCHMARKS.md, twenty-fourth run). Dates are ISO ({@code spring.mvc.format.date=iso},
 * as {@code <input type="date">} sends them); the fatalities' sign and the order are
 * checked by {@link TimelineFilterValidator}, with every other check of a filter. Nothing
 * bean-validates a filter: a constraint annotation added here would not be checked.
 *
 * @param from first day, inclusive
 * @param to last day, inclusive
 * @param region a region code; its sub-regions are included
 * @param place a place id
 * @param actor an actor id
 * @param coalition also the actor's coalition members and predecessors, as of each
 * event's date
 * @param type an event type code
 * @param subtype a sub-event type code
 * @param minFatalities the smallest best estimate of fatalities
 * @param stance only events that a claim with this stance is about
 * @param q words to search for, accents and case ignored
 * @param order {@code newest} (the default) or {@code oldest}
 * @param cursorDate the date of the last row shown
 * @param cursorId the id of the last row shown
 * @param status a review status other than published: for editors only
 */
public record TimelineFilter(LocalDate from, LocalDate to, String region, Long place, Long actor, Boolean coalition,
		String type, String subtype, Integer minFatalities, Stance stance, String q, String order, LocalDate cursorDate,
		Long cursorId, ReviewStatus status) {

	static final String NEWEST = "newest";

	static final String OLDEST = "oldest";

	/** An unticked box sends nothing: it means no coalition. */
	public TimelineFilter {
		coalition = Boolean.TRUE.equals(coalition);
	}

	static TimelineFilter atPlace(long place) {
		return new TimelineFilter(null, null, null, place, null, false, null, null, null, null, null, null, null, null,
				null);
	}

	/**
	 * An actor with its coalition members and predecessors, as the actor page shows it.
	 */
	static TimelineFilter withActor(long actor) {
		return new TimelineFilter(null, null, null, null, actor, true, null, null, null, null, null, null, null, null,
				null);
	}

	/** The published events of a period, first and last day included. */
	public static TimelineFilter between(LocalDate from, LocalDate to) {
		return new TimelineFilter(from, to, null, null, null, false, null, null, null, null, null, null, null, null,
				null);
	}

	static TimelineFilter all() {
		return new TimelineFilter(null, null, null, null, null, false, null, null, null, null, null, null, null, null,
				null);
	}

	/** The review status shown: published unless an editor asked for another. */
	ReviewStatus visibleStatus() {
		return (this.status != null) ? this.status : ReviewStatus.PUBLISHED;
	}

	boolean newestFirst() {
		return !OLDEST.equals(this.order);
	}

	/** Whether the order is one of the two there are, or not given. */
	boolean orderKnown() {
		return this.order == null || NEWEST.equals(this.order) || OLDEST.equals(this.order);
	}

	boolean rangeOrdered() {
		return this.from == null || this.to == null || !this.from.isAfter(this.to);
	}

	/**
	 * Whether the filter asks for something only the events themselves say: a region, a
	 * sub-type, fatalities, a claim's stance, words, or a review status other than
	 * published. Without these, the summaries (by day, place and actor) and the
	 * participations (V30) can answer for dates, a place, a type or an actor.
	 */
	boolean narrowsEvents() {
		return visibleStatus() != ReviewStatus.PUBLISHED || hasRegion() || hasSubtype() || this.minFatalities != null
				|| this.stance != null || hasQuery();
	}

	boolean hasCursor() {
		return this.cursorDate != null && this.cursorId != null;
	}

	boolean hasRegion() {
		return StringUtils.hasText(this.region);
	}

	boolean hasType() {
		return StringUtils.hasText(this.type);
	}

	boolean hasSubtype() {
		return StringUtils.hasText(this.subtype);
	}

	boolean hasQuery() {
		return StringUtils.hasText(this.q);
	}

	/**
	 * The same filter from a later first day: the chart's window on a large selection.
	 */
	TimelineFilter since(LocalDate date) {
		return new TimelineFilter(date, this.to, this.region, this.place, this.actor, this.coalition, this.type,
				this.subtype, this.minFatalities, this.stance, this.q, this.order, this.cursorDate, this.cursorId,
				this.status);
	}

	/** The same filter on one of its days. */
	TimelineFilter on(LocalDate day) {
		return new TimelineFilter(day, day, this.region, this.place, this.actor, this.coalition, this.type,
				this.subtype, this.minFatalities, this.stance, this.q, this.order, this.cursorDate, this.cursorId,
				this.status);
	}

	/** The same filter up to the day before {@code date}. */
	TimelineFilter before(LocalDate date) {
		LocalDate last = date.minusDays(1);
		return new TimelineFilter(this.from, (this.to != null && this.to.isBefore(last)) ? this.to : last, this.region,
				this.place, this.actor, this.coalition, this.type, this.subtype, this.minFatalities, this.stance,
				this.q, this.order, this.cursorDate, this.cursorId, this.status);
	}

	/**
	 * The events selected, without their order or page: what a count or chart depends on.
	 */
	TimelineFilter selection() {
		return new TimelineFilter(this.from, this.to, this.region, this.place, this.actor, this.coalition, this.type,
				this.subtype, this.minFatalities, this.stance, this.q, null, null, null, this.status);
	}

	TimelineFilter after(LocalDate date, long id) {
		return new TimelineFilter(this.from, this.to, this.region, this.place, this.actor, this.coalition, this.type,
				this.subtype, this.minFatalities, this.stance, this.q, this.order, date, id, this.status);
	}

}
