package io.faultline.timeline;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import io.faultline.ingest.AcledTerms;
import io.faultline.system.DatePrecision;
import io.faultline.system.LocalizedName;
import io.faultline.timeline.TimelineChart.ChartAnnotation;
import io.faultline.timeline.TimelineChart.ChartBin;
import io.faultline.timeline.TimelineChart.ChartEvent;
import io.faultline.timeline.TimelineChart.LaneActor;
import io.faultline.timeline.TimelineChoices.Choice;
import io.faultline.timeline.TimelineChoices.Subtype;

/**
 * Reads the published events a filter selects: as pages of rows and as a chart; the JSON
 * API reads its pages of events here too, and the exports share {@link #check}.
 */
@Service
@Transactional(readOnly = true)
public class TimelineService {

	static final int PAGE_SIZE = 50;

	/** Above this many events the chart draws bins instead of events. */
	static final int CHART_EVENT_LIMIT = 500;

	static final int CHART_LANES = 8;

	/**
	 * The chart draws at most about this many of the newest events (all of the oldest
	 * day's): binning a whole archive of millions per request would take seconds.
	 */
	static final int CHART_WINDOW = 5_000;

	/** Counts stop here: past it the page says "more than" instead of reading on. */
	static final int COUNT_LIMIT = 10_000;

	/** Strategic developments drawn on the chart; the list shows them all. */
	static final int CHART_ANNOTATION_LIMIT = 200;

	static final String STRATEGIC = "STRATEGIC_DEVELOPMENTS";

	private static final String ROW_COLUMNS = """
			e.id, e.event_date, e.date_precision, e.end_date, e.title, e.fatalities_best,
			       p.id AS place_id, p.name AS place_name, p.name_fr AS place_name_fr,
			       t.code AS type_code, t.name AS type_name, t.name_fr AS type_name_fr,
			       s.name AS sub_name, s.name_fr AS sub_name_fr,
			       EXISTS (SELECT 1 FROM control_period cp WHERE cp.evidence_event_id = e.id) AS control_change,
			       ST_Y(coalesce(e.location, p.location)) AS latitude, ST_X(coalesce(e.location, p.location)) AS longitude""";

	static final int CHOICES_LIMIT = 300;

	private final JdbcClient jdbc;

	private final TimelineCache cache;

	TimelineService(JdbcClient jdbc, TimelineCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
	}

	/**
	 * What the filter's selects offer: every region and type, and the
	 * {@value #CHOICES_LIMIT} places and actors with the most events (plus the one
	 * selected), so the form stays small on an archive of thousands of places. The
	 * rankings read V19's summaries, not the events.
	 */
	TimelineChoices choices(TimelineFilter selected) {
		List<Choice> places = this.jdbc
			.sql("""
					SELECT id, name, name_fr FROM (
					    SELECT p.id, p.name, p.name_fr FROM place p
					     WHERE p.id = :place
					        OR p.id IN (SELECT ps.place_id FROM place_summary ps WHERE NOT ps.acled OR (SELECT faultline_acled_shown())
					                     GROUP BY ps.place_id ORDER BY sum(ps.events) DESC, ps.place_id LIMIT :limit)
					) chosen ORDER BY name, id""")
			.param("place", (selected.place() != null) ? selected.place() : -1L)
			.param("limit", CHOICES_LIMIT)
			.query((row, n) -> new Choice(row.getString("id"), LocalizedName.of(row, "name")))
			.list();
		List<Choice> actors = this.jdbc.sql("""
				SELECT id, label, NULL AS label_fr FROM (
				    SELECT a.id, coalesce(a.short_name, a.name) AS label FROM actor a
				     WHERE a.id = :actor
				        OR a.id IN (SELECT aps.actor_id FROM actor_participation_summary aps
				                     ORDER BY aps.events DESC, aps.actor_id LIMIT :limit)
				) chosen ORDER BY label, id""")
			.param("actor", (selected.actor() != null) ? selected.actor() : -1L)
			.param("limit", CHOICES_LIMIT)
			.query((row, n) -> new Choice(row.getString("id"), LocalizedName.of(row, "label")))
			.list();
		return new TimelineChoices(regions(), types(), subtypes(), places, actors);
	}

	private List<Choice> regions() {
		return this.jdbc.sql("SELECT code, name, name_fr FROM region ORDER BY level, name")
			.query((row, n) -> new Choice(row.getString("code"), LocalizedName.of(row, "name")))
			.list();
	}

	private List<Choice> types() {
		return this.jdbc.sql("SELECT code, name, name_fr FROM event_type ORDER BY position")
			.query((row, n) -> new Choice(row.getString("code"), LocalizedName.of(row, "name")))
			.list();
	}

	private List<Subtype> subtypes() {
		return this.jdbc.sql("SELECT code, event_type_code, name, name_fr FROM sub_event_type ORDER BY position")
			.query((row, n) -> new Subtype(row.getString("code"), row.getString("event_type_code"),
					LocalizedName.of(row, "name")))
			.list();
	}

	/**
	 * Checks a filter as the timeline page does: dates in order, codes and ids that
	 * exist, and a review status other than published for editors only. Errors resolve
	 * under the {@code timeline.} prefix.
	 */
	public void check(TimelineFilter filter, Errors errors, boolean editor) {
		check(filter, choicesToCheck(filter), errors, editor);
	}

	/**
	 * What {@link #check} needs: the reference codes, and the place and actor asked for
	 * looked up by id, not ranked among the most active (which reads every event).
	 */
	private TimelineChoices choicesToCheck(TimelineFilter filter) {
		List<Choice> places = this.jdbc.sql("SELECT id, name, name_fr FROM place WHERE id = :id")
			.param("id", (filter.place() != null) ? filter.place() : -1L)
			.query((row, n) -> new Choice(row.getString("id"), LocalizedName.of(row, "name")))
			.list();
		List<Choice> actors = this.jdbc.sql("SELECT id, name, NULL AS name_fr FROM actor WHERE id = :id")
			.param("id", (filter.actor() != null) ? filter.actor() : -1L)
			.query((row, n) -> new Choice(row.getString("id"), LocalizedName.of(row, "name")))
			.list();
		return new TimelineChoices(regions(), types(), subtypes(), places, actors);
	}

	void check(TimelineFilter filter, TimelineChoices choices, Errors errors, boolean editor) {
		new TimelineFilterValidator(choices).validate(filter, errors);
		if (filter.status() != null && !editor) {
			errors.rejectValue("status", "forbidden");
		}
	}

	/**
	 * Checks a filter as the timeline page does (dates in order, codes and ids that
	 * exist); errors resolve under the {@code timeline.} prefix.
	 */
	public void validate(TimelineFilter filter, Errors errors) {
		new TimelineFilterValidator(choices(filter)).validate(filter, errors);
	}

	/**
	 * The number of events the filter selects, up to {@value #COUNT_LIMIT} + 1: anything
	 * above {@value #COUNT_LIMIT} means "more than", and reads no further.
	 */
	long count(TimelineFilter filter) {
		return this.cache.count(filter, () -> count(filter, COUNT_LIMIT));
	}

	long count(TimelineFilter filter, int limit) {
		TimelineQuery query = TimelineQuery.of(filter);
		return this.jdbc.sql("SELECT count(*) FROM (" + query.select("1") + "\n LIMIT :countLimit) counted")
			.params(query.params())
			.param("countLimit", limit + 1)
			.query(Long.class)
			.single();
	}

	/**
	 * The page after the filter's cursor: keyset pagination on (event_date, id), so a
	 * page costs the same wherever it is.
	 */
	TimelinePage page(TimelineFilter filter) {
		List<TimelineEntry> rows = rows(filter, PAGE_SIZE + 1, "TRUE", null);
		return TimelinePage.of(rows, PAGE_SIZE, filter);
	}

	/**
	 * Up to {@code limit} events after the filter's cursor, in the filter's order,
	 * ACLED's only when {@code acledShown} (see {@link AcledTerms}): the JSON API's
	 * pages.
	 */
	public List<TimelineEntry> rows(TimelineFilter filter, int limit, boolean acledShown) {
		return rows(filter, limit, AcledTerms.SQL_CONDITION, acledShown);
	}

	private List<TimelineEntry> rows(TimelineFilter filter, int limit, String condition, Boolean acledShown) {
		TimelineQuery query = TimelineQuery.of(filter);
		boolean newest = filter.newestFirst();
		String after = !filter.hasCursor() ? "TRUE" : newest ? "(e.event_date, e.id) < (:cursorDate, :cursorId)"
				: "(e.event_date, e.id) > (:cursorDate, :cursorId)";
		String direction = newest ? "DESC" : "ASC";
		String sql = query.select(ROW_COLUMNS, after, condition) + "\n ORDER BY e.event_date " + direction + ", e.id "
				+ direction + "\n LIMIT :limit";
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql).params(query.params()).param("limit", limit);
		if (filter.hasCursor()) {
			statement = statement.param("cursorDate", filter.cursorDate()).param("cursorId", filter.cursorId());
		}
		if (acledShown != null) {
			statement = statement.param("acledShown", acledShown);
		}
		return statement.query(TimelineService::entry).list();
	}

	TimelineChart chart(TimelineFilter filter) {
		return this.cache.chart(filter, () -> chart(filter, CHART_EVENT_LIMIT));
	}

	/**
	 * The chart of the filtered events: each event when there are at most {@code limit},
	 * else bins per lane and month or week, counted in the database.
	 */
	TimelineChart chart(TimelineFilter filter, int limit) {
		return chart(filter, limit, CHART_WINDOW);
	}

	/** As {@link #chart(TimelineFilter, int)}, of the newest {@code window} events. */
	TimelineChart chart(TimelineFilter filter, int limit, int window) {
		LocalDate windowStart = windowStart(filter, window);
		return draw((windowStart != null) ? filter.since(windowStart) : filter, limit, windowStart);
	}

	/**
	 * The day of the {@code window}th newest event when the filter selects events before
	 * that day, else {@code null}: the chart then covers that day onwards, every event in
	 * it.
	 */
	private LocalDate windowStart(TimelineFilter filter, int window) {
		TimelineQuery query = TimelineQuery.of(filter);
		return this.jdbc
			.sql(query.select("e.event_date") + "\n ORDER BY e.event_date DESC, e.id DESC OFFSET :window LIMIT 1")
			.params(query.params())
			.param("window", window - 1)
			.query(LocalDate.class)
			.optional()
			.filter((date) -> this.jdbc.sql("SELECT EXISTS (" + query.select("1", "e.event_date < :windowStart") + ")")
				.params(query.params())
				.param("windowStart", date)
				.query(Boolean.class)
				.single())
			.orElse(null);
	}

	private TimelineChart draw(TimelineFilter filter, int limit, LocalDate windowStart) {
		TimelineQuery query = TimelineQuery.of(filter);
		Span span = this.jdbc.sql(query.select("count(*), min(e.event_date), max(e.event_date)"))
			.params(query.params())
			.query((row, n) -> new Span(row.getLong(1), row.getObject(2, LocalDate.class),
					row.getObject(3, LocalDate.class)))
			.single();
		if (span.count() == 0) {
			return null;
		}
		LocalDate from = (filter.from() != null) ? filter.from() : span.first();
		LocalDate to = (filter.to() != null) ? filter.to() : span.last();
		List<ChartAnnotation> annotations = this.jdbc
			.sql(query.select("e.id, e.event_date, e.title", "e.event_type_code = '" + STRATEGIC + "'")
					+ "\n ORDER BY e.event_date, e.id LIMIT :annotations")
			.params(query.params())
			.param("annotations", CHART_ANNOTATION_LIMIT)
			.query((row, n) -> new ChartAnnotation(row.getLong("id"), row.getObject("event_date", LocalDate.class),
					row.getString("title")))
			.list();
		String marked = "e.event_type_code <> '" + STRATEGIC + "'";
		List<LaneActor> leaders = this.jdbc.sql("WITH filtered AS (" + query.select("e.id", marked) + """
				)
				SELECT a.id, coalesce(a.short_name, a.name) AS label, a.colour, count(*) AS events
				  FROM filtered f
				  JOIN event_actor ea ON ea.event_id = f.id
				  JOIN actor a ON a.id = ea.actor_id
				 GROUP BY a.id
				 ORDER BY events DESC, label
				 LIMIT :lanes""")
			.params(query.params())
			.param("lanes", CHART_LANES)
			.query((row, n) -> new LaneActor(row.getLong("id"), row.getString("label"), row.getString("colour")))
			.list();
		long marks = this.jdbc.sql(query.select("count(*)", marked)).params(query.params()).query(Long.class).single();
		if (marks <= limit) {
			List<ChartEvent> events = this.jdbc.sql(query.select("""
					e.id, e.event_date, e.title, e.fatalities_best,
					       EXISTS (SELECT 1 FROM control_period cp WHERE cp.evidence_event_id = e.id) AS control_change,
					       ARRAY(SELECT ea.actor_id FROM event_actor ea WHERE ea.event_id = e.id) AS actor_ids""",
					marked) + "\n ORDER BY e.event_date, e.id LIMIT :limit")
				.params(query.params())
				.param("limit", CHOICES_LIMIT)
				.query(TimelineService::chartEvent)
				.list();
			return TimelineChart.ofEvents(from, to, leaders, events, annotations).since(windowStart);
		}
		ChronoUnit unit = TimelineChart.binUnit(from, to);
		List<Long> leaderIds = leaders.stream().map(LaneActor::id).toList();
		List<ChartBin> bins = this.jdbc
			.sql("WITH filtered AS (" + query.select("e.id, e.event_date, e.fatalities_best", marked)
					+ """
							),
							laned AS (
							    SELECT f.*, ea.actor_id FROM filtered f JOIN event_actor ea ON ea.event_id = f.id
							     WHERE ea.actor_id IN (:leaders)
							    UNION ALL
							    SELECT f.*, NULL FROM filtered f
							     WHERE NOT EXISTS (SELECT 1 FROM event_actor ea WHERE ea.event_id = f.id AND ea.actor_id IN (:leaders)))
							SELECT actor_id, CAST(date_trunc(:unit, event_date) AS date) AS bin,
							       count(*) AS events, coalesce(sum(fatalities_best), 0) AS fatalities
							  FROM laned
							 GROUP BY actor_id, bin
							 ORDER BY bin, actor_id""")
			.params(query.params())
			.param("leaders", leaderIds.isEmpty() ? List.of(-1L) : leaderIds)
			.param("unit", (unit == ChronoUnit.MONTHS) ? "month" : "week")
			.query((row, n) -> new ChartBin(row.getObject("actor_id", Long.class),
					row.getObject("bin", LocalDate.class), row.getInt("events"), row.getLong("fatalities")))
			.list();
		return TimelineChart.ofBins(from, to, leaders, bins, unit, annotations).since(windowStart);
	}

	private static TimelineEntry entry(ResultSet row, int rowNumber) throws SQLException {
		return new TimelineEntry(row.getLong("id"), row.getObject("event_date", LocalDate.class),
				DatePrecision.valueOf(row.getString("date_precision")), row.getObject("end_date", LocalDate.class),
				row.getString("title"), row.getLong("place_id"), LocalizedName.of(row, "place_name"),
				row.getString("type_code"), LocalizedName.of(row, "type_name"), LocalizedName.of(row, "sub_name"),
				row.getObject("fatalities_best", Integer.class), STRATEGIC.equals(row.getString("type_code")),
				row.getBoolean("control_change"), row.getDouble("latitude"), row.getDouble("longitude"));
	}

	private static ChartEvent chartEvent(ResultSet row, int rowNumber) throws SQLException {
		Array actorIds = row.getArray("actor_ids");
		return new ChartEvent(row.getLong("id"), row.getObject("event_date", LocalDate.class), row.getString("title"),
				row.getObject("fatalities_best", Integer.class), row.getBoolean("control_change"),
				Arrays.asList((Long[]) actorIds.getArray()));
	}

	private record Span(long count, LocalDate first, LocalDate last) {

	}

}
