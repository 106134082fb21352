package io.faultline.timeline;

import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.faultline.system.RecordCache;

/**
 * Keeps the timeline's counts and charts per filter, and its form's choices, for as long
 * as the record has not changed ({@link RecordCache}). A chart of the busiest selections
 * costs several hundred milliseconds of queries; a look-up costs one read of a sequence.
 */
@Component
class TimelineCache {

	/**
	 * A mark (an event or a bin) or a development weighs one, about 150 bytes of heap
	 * with its dates and title: about 60 MB. The charts of 300 actors with their
	 * coalitions alone weigh about 200,000, so at 100,000 nearly half of the actor pages
	 * drew their chart again (BENCHMARKS.md, twentieth run).
	 */
	static final long MAX_MARKS = 400_000;

	private final RecordCache<Key> entries;

	TimelineCache(JdbcClient jdbc) {
		this.entries = new RecordCache<>(jdbc, MAX_MARKS, (value) -> (value instanceof TimelineChart chart)
				? chart.marks().size() + chart.annotations().size() : 0);
	}

	/** The chart of the filter's events, drawn by {@code draw} unless kept. */
	TimelineChart chart(TimelineFilter filter, Supplier<TimelineChart> draw) {
		return this.entries.get(new Key(Kind.CHART, filter.selection()), draw);
	}

	/**
	 * The (capped) number of the filter's events, counted by {@code count} unless kept.
	 */
	long count(TimelineFilter filter, Supplier<Long> count) {
		return this.entries.get(new Key(Kind.COUNT, filter.selection()), count);
	}

	/** The filter form's choices, ranked by {@code rank} unless kept. */
	TimelineChoices choices(Supplier<TimelineChoices> rank) {
		return this.entries.get(new Key(Kind.CHOICES, null), rank);
	}

	/** The record's version: it moves on with every change the counts and charts show. */
	long version() {
		return this.entries.version();
	}

	private enum Kind {

		COUNT, CHART, CHOICES

	}

	private record Key(Kind kind, TimelineFilter selection) {

	}

}
