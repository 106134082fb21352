package io.faultline.dashboard;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.faultline.system.LocalizedName;

/**
 * Sums over the published record for a period, read from the summaries V19's triggers
 * keep current: a request reads a row per day and type (or actor), never the events.
 */
@Service
@Transactional(readOnly = true)
class DashboardService {

	/** One colour per event type, in taxonomy order; colour-blind safe (Okabe–Ito). */
	private static final Map<String, String> TYPE_COLOURS = Map.of("BATTLES", "#d55e00", "VIOLENCE_AGAINST_CIVILIANS",
			"#cc79a7", "EXPLOSIONS_REMOTE_VIOLENCE", "#e69f00", "RIOTS", "#f0e442", "PROTESTS", "#56b4e9",
			"STRATEGIC_DEVELOPMENTS", "#0072b2");

	static final int MAX_MONTHS = 600;

	private final JdbcClient jdbc;

	DashboardService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	DashboardFigures figures(DashboardPeriod period) {
		return this.jdbc.sql("""
				SELECT coalesce(sum(events), 0) AS events,
				       coalesce(sum(fatalities_best), 0) AS best,
				       coalesce(sum(fatalities_low), 0) AS low,
				       coalesce(sum(fatalities_high), 0) AS high,
				       (SELECT count(DISTINCT c.place_id) FROM control_period c
				         WHERE c.valid_from BETWEEN :from AND :to) AS changed
				  FROM event_day_summary
				 WHERE event_date BETWEEN :from AND :to AND (NOT acled OR (SELECT faultline_acled_shown()))""")
			.param("from", period.from())
			.param("to", period.to())
			.query((row, n) -> new DashboardFigures(row.getLong("events"), row.getLong("best"), row.getLong("low"),
					row.getLong("high"), row.getLong("changed")))
			.single();
	}

	List<ActiveActor> mostActive(DashboardPeriod period, int limit) {
		return this.jdbc.sql("""
				SELECT a.id, coalesce(a.short_name, a.name) AS label, a.name, a.colour, top.events, top.fatalities
				  FROM (SELECT actor_id, sum(events) AS events, sum(fatalities_best) AS fatalities
				          FROM actor_day_summary
				         WHERE event_date BETWEEN :from AND :to AND (NOT acled OR (SELECT faultline_acled_shown()))
				         GROUP BY actor_id) top
				  JOIN actor a ON a.id = top.actor_id
				 ORDER BY events DESC, fatalities DESC, label
				 LIMIT :limit""")
			.param("from", period.from())
			.param("to", period.to())
			.param("limit", limit)
			.query((row, n) -> new ActiveActor(row.getLong("id"), row.getString("label"), row.getString("name"),
					row.getString("colour"), row.getLong("events"), row.getLong("fatalities")))
			.list();
	}

	/**
	 * Every month of the period, also those without events, so the chart's time axis is
	 * honest.
	 */
	MonthlyChart monthly(DashboardPeriod period, Locale locale, String fatalitiesLabel) {
		YearMonth first = YearMonth.from(period.from());
		YearMonth last = YearMonth.from(period.to());
		List<String> months = new ArrayList<>();
		for (YearMonth month = first; !month.isAfter(last) && months.size() < MAX_MONTHS; month = month.plusMonths(1)) {
			months.add(month.toString());
		}
		Map<String, Integer> index = new LinkedHashMap<>();
		months.forEach((month) -> index.put(month, index.size()));
		Map<String, Series> byType = new LinkedHashMap<>();
		this.jdbc.sql("SELECT code, name, name_fr FROM event_type ORDER BY position")
			.query((row, n) -> new Series(row.getString("code"), LocalizedName.of(row, "name").in(locale),
					zeros(months.size())))
			.list()
			.forEach((series) -> byType.put(series.code(), series));
		List<Long> fatalities = zeros(months.size());
		this.jdbc.sql("""
				SELECT to_char(date_trunc('month', event_date), 'YYYY-MM') AS month, event_type_code,
				       sum(events) AS events, sum(fatalities_best) AS fatalities
				  FROM event_day_summary
				 WHERE event_date BETWEEN :from AND :to AND (NOT acled OR (SELECT faultline_acled_shown()))
				 GROUP BY 1, 2""").param("from", period.from()).param("to", period.to()).query((row) -> {
			Integer at = index.get(row.getString("month"));
			Series series = byType.get(row.getString("event_type_code"));
			if (at != null && series != null) {
				series.events().set(at, row.getLong("events"));
				fatalities.set(at, fatalities.get(at) + row.getLong("fatalities"));
			}
		});
		List<MonthlyChart.Series> series = byType.values()
			.stream()
			.filter((candidate) -> candidate.events().stream().anyMatch((count) -> count > 0))
			.map((candidate) -> new MonthlyChart.Series(candidate.code(), candidate.label(),
					TYPE_COLOURS.getOrDefault(candidate.code(), "#6b7280"), candidate.events()))
			.toList();
		return new MonthlyChart(months, series, fatalities, fatalitiesLabel);
	}

	private static List<Long> zeros(int size) {
		List<Long> zeros = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			zeros.add(0L);
		}
		return zeros;
	}

	private record Series(String code, String label, List<Long> events) {

	}

}
