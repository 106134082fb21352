package io.faultline.timeline;

import java.time.Duration;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.faultline.system.AuditingDataSource;

/**
 * Keeps the timeline's counts and charts per filter for as long as the record has not
 * changed: each look-up reads {@code record_version_seq} (V26), which every statement
 * writing the tables they are drawn from moves on, so a change made through any instance
 * is seen by the next request. A chart of the busiest selections costs several hundred
 * milliseconds of queries; a look-up costs one read of a sequence.
 * <p>
 * The sequence moves when a writing statement runs, before its transaction commits: a
 * request in between counts without the change and keeps that under the new version. An
 * entry therefore also expires after {@link #LIFETIME}, which bounds that rare lag.
 * Anonymous readers, who do not see ACLED's events unless they are shared, have entries
 * of their own.
 */
@Component
class TimelineCache {

	static final Duration LIFETIME = Duration.ofMinutes(1);

	/** About 20-40 MB: a mark (an event or a bin) weighs one. */
	static final long MAX_MARKS = 100_000;

	private final JdbcClient jdbc;

	private final Cache<Key, Versioned> entries = Caffeine.newBuilder()
		.maximumWeight(MAX_MARKS)
		.weigher((Key key,
				Versioned entry) -> 1 + ((entry.value() instanceof TimelineChart chart)
						? chart.marks().size() + chart.annotations().size() : 0))
		.expireAfterWrite(LIFETIME)
		.build();

	TimelineCache(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The chart of the filter's events, drawn by {@code draw} unless kept. */
	TimelineChart chart(TimelineFilter filter, Supplier<TimelineChart> draw) {
		return (TimelineChart) get(Kind.CHART, filter, draw);
	}

	/**
	 * The (capped) number of the filter's events, counted by {@code count} unless kept.
	 */
	long count(TimelineFilter filter, Supplier<Long> count) {
		return (Long) get(Kind.COUNT, filter, count);
	}

	/** The record's version: it moves on with every change the counts and charts show. */
	long version() {
		return this.jdbc.sql("SELECT last_value FROM record_version_seq").query(Long.class).single();
	}

	private Object get(Kind kind, TimelineFilter filter, Supplier<?> compute) {
		long version = version();
		Key key = new Key(kind, filter.selection(), AuditingDataSource.anonymousReader());
		Versioned kept = this.entries.getIfPresent(key);
		if (kept != null && kept.version() == version) {
			return kept.value();
		}
		Object value = compute.get();
		this.entries.put(key, new Versioned(version, value));
		return value;
	}

	private enum Kind {

		COUNT, CHART

	}

	private record Key(Kind kind, TimelineFilter selection, boolean anonymous) {

	}

	/** A value as of a version of the record; a chart of no events is {@code null}. */
	private record Versioned(long version, Object value) {

	}

}
