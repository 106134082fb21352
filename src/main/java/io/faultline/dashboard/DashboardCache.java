package io.faultline.dashboard;

import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.faultline.event.RecordSpan;
import io.faultline.system.RecordCache;

/**
 * Keeps the dashboard's span of the record and its view of each period for as long as the
 * record has not changed ({@link RecordCache}): the landing page of every visitor then
 * reads one sequence instead of six summaries and lists.
 */
@Component
class DashboardCache {

	/** A view holds a few dozen rows; a few hundred periods and languages fit. */
	private static final long MAX_VIEWS = 500;

	private final RecordCache<Object> entries;

	DashboardCache(JdbcClient jdbc) {
		this.entries = new RecordCache<>(jdbc, MAX_VIEWS, (value) -> 0);
	}

	RecordSpan span(Supplier<RecordSpan> read) {
		return this.entries.get(SpanKey.SPAN, read);
	}

	DashboardView view(DashboardPeriod period, Locale locale, Supplier<DashboardView> read) {
		return this.entries.get(new ViewKey(period, locale), read);
	}

	private enum SpanKey {

		SPAN

	}

	private record ViewKey(DashboardPeriod period, Locale locale) {

	}

}
