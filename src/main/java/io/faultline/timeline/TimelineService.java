package io.faultline.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import io.faultline.event.EventTypeNames;
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

	/**
	 * What the chart reads of each event in its window: the actors of its marks only, as
	 * strategic developments are drawn as annotations, in no lane. Each event's actors
	 * are one index look-up, by its place and id (V36): for a place's window, a few
	 * neighbouring leaves in all. The title comes with the row the window reads anyway
	 * (and with V35, from the place's index): marks and annotations show it, and read
	 * apart it cost a second look-up of each event (BENCHMARKS.md, thirteenth run).
	 */
	static final String WINDOW_COLUMNS = windowColumns("e", "e.event_type_code = '%s'".formatted(STRATEGIC), "e.title",
			"ea.place_id = e.place_id AND ea.event_id = e.id");

	/**
	 * {@link #WINDOW_COLUMNS} from the participations
	 * ({@link TimelineQuery#fromParticipations}), which hold no title: the events drawn
	 * are read again for theirs.
	 */
	static final String PARTICIPATION_WINDOW_COLUMNS = windowColumns("w", "w.strategic", "CAST(NULL AS text)",
			"ea.event_id = w.id");

	private static final String ROW_COLUMNS = """
			e.id, e.event_date, e.date_precision, e.end_date, e.title, e.fatalities_best,
			       p.id AS place_id, p.name AS place_name, p.name_fr AS place_name_fr,
			       e.event_type_code AS type_code, e.sub_event_type_code AS sub_code,
			       ST_Y(coalesce(e.location, p.location)) AS latitude, ST_X(coalesce(e.location, p.location)) AS longitude""";

	/**
	 * Whether each row of a page is the evidence of a change of control, asked of the
	 * page's rows only, after its LIMIT. Asked inside the page's query, PostgreSQL
	 * planned it for every event the filter could match and hashed all 50,000 periods'
	 * evidence (2-3 ms a request) to answer it for 50.
	 */
	private static final String WITH_CONTROL_CHANGE = """
			SELECT r.*, EXISTS (SELECT 1 FROM control_period cp WHERE cp.evidence_event_id = r.id) AS control_change
			  FROM (%s) r
			 ORDER BY r.event_date %s, r.id %s""";

	static final int CHOICES_LIMIT = 300;

	/** A place as the form offers it; {@code WHERE} conditions follow. */
	private static final String PLACE_CHOICES = "SELECT id, name AS label, name_fr AS label_fr FROM place";

	/** An actor as the form offers it; {@code WHERE} conditions follow. */
	private static final String ACTOR_CHOICES = "SELECT id, coalesce(short_name, name) AS label, NULL AS label_fr FROM actor";

	private final JdbcClient jdbc;

	private final TimelineCache cache;

	private final EventTypeNames typeNames;

	TimelineService(JdbcClient jdbc, TimelineCache cache, EventTypeNames typeNames) {
		this.jdbc = jdbc;
		this.cache = cache;
		this.typeNames = typeNames;
	}

	/**
	 * Everything the timeline page shows of {@code filter}, in one read-only transaction
	 * (one connection, one round of naming it, one {@code BEGIN}) rather than one for
	 * each of its parts: the form's choices and the filter checked against them, then,
	 * unless it has errors, the rows and, unless {@code rowsOnly} (the "load more"
	 * button), the count and the chart.
	 */
	TimelineView view(TimelineFilter filter, Errors errors, boolean editor, boolean rowsOnly) {
		TimelineChoices choices = choices(filter);
		check(filter, choices, errors, editor);
		if (errors.hasErrors()) {
			return new TimelineView(choices, null, null, null);
		}
		TimelinePage page = page(filter);
		if (rowsOnly) {
			return new TimelineView(choices, page, null, null);
		}
		return new TimelineView(choices, page, count(filter), chart(filter));
	}

	/**
	 * What the filter's selects offer: every region and type, and the
	 * {@value #CHOICES_LIMIT} places and actors with the most events (plus the one
	 * selected), so the form stays small on an archive of thousands of places. The
	 * rankings read V19's summaries, not the events, and are kept per version of the
	 * record (TimelineCache); a place or actor selected outside them costs one look-up of
	 * names by id.
	 */
	TimelineChoices choices(TimelineFilter selected) {
		TimelineChoices ranked = this.cache.choices(this::rankedChoices);
		return withUnranked(ranked, selected, (place) -> withSelected(PLACE_CHOICES, ranked.places(), place),
				(actor) -> withSelected(ACTOR_CHOICES, ranked.actors(), actor));
	}

	/**
	 * The ranked choices, or a copy whose places or actors are {@code places} or
	 * {@code actors} of the one selected when the ranking does not hold it.
	 */
	private static TimelineChoices withUnranked(TimelineChoices ranked, TimelineFilter selected,
			LongFunction<List<Choice>> places, LongFunction<List<Choice>> actors) {
		boolean placeRanked = selected.place() == null || ranked.hasPlace(selected.place());
		boolean actorRanked = selected.actor() == null || ranked.hasActor(selected.actor());
		if (placeRanked && actorRanked) {
			return ranked;
		}
		return new TimelineChoices(ranked.regions(), ranked.types(), ranked.subtypes(),
				placeRanked ? ranked.places() : places.apply(selected.place()),
				actorRanked ? ranked.actors() : actors.apply(selected.actor()));
	}

	private TimelineChoices rankedChoices() {
		List<Choice> places = this.jdbc
			.sql("""
					SELECT p.id, p.name, p.name_fr FROM place p
					 WHERE p.id IN (SELECT ps.place_id FROM place_summary ps WHERE NOT ps.acled OR (SELECT faultline_acled_shown())
					                 GROUP BY ps.place_id ORDER BY sum(ps.events) DESC, ps.place_id LIMIT :limit)
					 ORDER BY p.name, p.id""")
			.param("limit", CHOICES_LIMIT)
			.query((row, n) -> new Choice(row.getString("id"), LocalizedName.of(row, "name")))
			.list();
		List<Choice> actors = this.jdbc.sql("""
				SELECT a.id, coalesce(a.short_name, a.name) AS label, NULL AS label_fr FROM actor a
				 WHERE a.id IN (SELECT aps.actor_id FROM actor_participation_summary aps
				                 ORDER BY aps.events DESC, aps.actor_id LIMIT :limit)
				 ORDER BY label, a.id""").param("limit", CHOICES_LIMIT).query(TimelineService::labelled).list();
		return new TimelineChoices(regions(), types(), subtypes(), places, actors);
	}

	/**
	 * The {@code ranked} and {@code selected}, if it exists, of {@code choices} (places
	 * or actors), in order of label. The database puts the one selected in its place
	 * among the ranked, read from the cache in that order: it counts the labels before
	 * it, in the collation that ordered them. Reading the 301 names and sorting them
	 * again cost a place's timeline a sixth of its time in PostgreSQL (BENCHMARKS.md,
	 * twenty-first run).
	 */
	private List<Choice> withSelected(String choices, List<Choice> ranked, long selected) {
		return this.jdbc.sql("""
				SELECT c.*,
				       (SELECT count(*) FROM unnest(CAST(:labels AS text[]), CAST(:ranked AS bigint[])) AS r (label, id)
				         WHERE (r.label, r.id) < (c.label, c.id)) AS position
				  FROM (%s WHERE id = :selected) c""".formatted(choices))
			.param("labels", ranked.stream().map((choice) -> choice.label().en()).toArray(String[]::new))
			.param("ranked", ids(ranked))
			.param("selected", selected)
			.query((row, rowNumber) -> {
				List<Choice> all = new ArrayList<>(ranked.size() + 1);
				all.addAll(ranked);
				all.add(row.getInt("position"), labelled(row, rowNumber));
				return all;
			})
			.optional()
			.orElse(ranked);
	}

	/** The choice of {@code choices} (places or actors) with this id, if there is one. */
	private List<Choice> byId(String choices, long id) {
		return this.jdbc.sql(choices + " WHERE id = :id").param("id", id).query(TimelineService::labelled).list();
	}

	private static Choice labelled(ResultSet row, int rowNumber) throws SQLException {
		return new Choice(row.getString("id"), LocalizedName.of(row, "label"));
	}

	private static Long[] ids(List<Choice> choices) {
		return choices.stream().map((choice) -> Long.valueOf(choice.value())).toArray(Long[]::new);
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
	 * Checks a filter as the timeline page does ({@link TimelineFilterValidator}): every
	 * problem at once, those found after a value could not be read included. Errors
	 * resolve under the {@code timeline.} prefix.
	 */
	public void check(TimelineFilter filter, Errors errors, boolean editor) {
		check(filter, choicesToCheck(filter), errors, editor);
	}

	/**
	 * What a check needs: the reference codes and the ranked places and actors, kept per
	 * version of the record, with the place and actor asked for looked up by id when they
	 * are not among the ranked. Unlike the form's {@link #choices}, nothing is put in
	 * order of name: the JSON API asks this on every read, and a place outside the
	 * ranking cost it 300 names read and sorted (BENCHMARKS.md, twentieth run).
	 */
	private TimelineChoices choicesToCheck(TimelineFilter filter) {
		return withUnranked(this.cache.choices(this::rankedChoices), filter, (place) -> byId(PLACE_CHOICES, place),
				(actor) -> byId(ACTOR_CHOICES, actor));
	}

	void check(TimelineFilter filter, TimelineChoices choices, Errors errors, boolean editor) {
		new TimelineFilterValidator(choices, editor).validate(filter, errors);
	}

	/**
	 * The number of events the filter selects, up to {@value #COUNT_LIMIT} + 1: anything
	 * above {@value #COUNT_LIMIT} means "more than", and reads no further.
	 */
	long count(TimelineFilter filter) {
		return this.cache.count(filter, () -> count(filter, COUNT_LIMIT));
	}

	long count(TimelineFilter filter, int limit) {
		Long summed = summed(filter);
		if (summed != null) {
			return Math.min(summed, limit + 1);
		}
		TimelineQuery query = TimelineQuery.of(filter).reading(true, limit + 1);
		long counted = this.jdbc.sql(query.count()).params(query.params()).query(Long.class).single();
		return Math.min(counted, limit + 1);
	}

	/**
	 * The number of published events from V19's summaries, for the filters they are kept
	 * by: dates and type; a place; an actor alone, with dates. {@code null} for any other
	 * filter.
	 */
	private Long summed(TimelineFilter filter) {
		if (filter.narrowsEvents() || (filter.place() != null && filter.actor() != null)) {
			return null;
		}
		String table;
		List<String> where = new ArrayList<>(List.of("(NOT acled OR (SELECT faultline_acled_shown()))"));
		Map<String, Object> params = new HashMap<>();
		if (filter.place() != null) {
			if (filter.from() != null || filter.to() != null || filter.hasType()) {
				return null;
			}
			table = "place_summary";
			where.add("place_id = :place");
			params.put("place", filter.place());
		}
		else if (filter.actor() != null) {
			if (filter.coalition() || filter.hasType()) {
				return null;
			}
			table = "actor_day_summary";
			where.add("actor_id = :actor");
			params.put("actor", filter.actor());
		}
		else {
			table = "event_day_summary";
			if (filter.hasType()) {
				where.add("event_type_code = :type");
				params.put("type", filter.type());
			}
		}
		if (filter.from() != null) {
			where.add("event_date >= :from");
			params.put("from", filter.from());
		}
		if (filter.to() != null) {
			where.add("event_date <= :to");
			params.put("to", filter.to());
		}
		return this.jdbc.sql("SELECT coalesce(sum(events), 0) FROM " + table + " WHERE " + String.join(" AND ", where))
			.params(params)
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
		boolean newest = filter.newestFirst();
		TimelineQuery query = TimelineQuery.of(filter).reading(newest, limit);
		if (filter.hasCursor()) {
			query.after(filter.cursorDate(), filter.cursorId());
		}
		String direction = newest ? "DESC" : "ASC";
		String order = "\n ORDER BY e.event_date " + direction + ", e.id " + direction + "\n LIMIT " + limit;
		String page = query.idsFirst()
				? TimelineQuery.selectByIds(ROW_COLUMNS, query.selectWithoutTypes("e.id", condition) + order)
				: query.selectWithoutTypes(ROW_COLUMNS, condition) + order;
		String sql = WITH_CONTROL_CHANGE.formatted(page, direction, direction);
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql).params(query.params());
		if (acledShown != null) {
			statement = statement.param("acledShown", acledShown);
		}
		return statement.query(this::entry).list();
	}

	TimelineChart chart(TimelineFilter filter) {
		return this.cache.chart(filter, () -> chart(filter, CHART_EVENT_LIMIT));
	}

	/**
	 * The chart of the filtered events: each event when there are at most {@code limit},
	 * else bins per lane and month or week.
	 */
	TimelineChart chart(TimelineFilter filter, int limit) {
		return chart(filter, limit, CHART_WINDOW);
	}

	/**
	 * As {@link #chart(TimelineFilter, int)}, of the newest {@code window} events (and
	 * all of the oldest one's day) when there are more. The events are read once, each
	 * with its actors; lanes and bins are worked out from them here, and only the events
	 * and developments drawn one by one are read again for their titles.
	 */
	TimelineChart chart(TimelineFilter filter, int limit, int window) {
		TimelineQuery query = TimelineQuery.forChart(filter).reading(true, window);
		List<WindowEvent> events = new ArrayList<>(windowEvents(query));
		if (events.isEmpty()) {
			return null;
		}
		LocalDate windowStart = null;
		if (events.size() == window) {
			WindowEvent last = events.getLast();
			TimelineQuery day = TimelineQuery.forChart(filter.on(last.date()));
			day.after(last.date(), last.id());
			events.addAll(windowEvents(day));
			TimelineQuery earlier = TimelineQuery.forChart(filter.before(last.date())).reading(true, 1);
			boolean more = this.jdbc.sql("SELECT EXISTS (" + earlier.selectWithoutTypes("1") + ")")
				.params(earlier.params())
				.query(Boolean.class)
				.single();
			windowStart = more ? last.date() : null;
		}
		events.sort(Comparator.comparing(WindowEvent::date).thenComparing(WindowEvent::id));
		LocalDate from = (windowStart != null) ? windowStart
				: (filter.from() != null) ? filter.from() : events.getFirst().date();
		LocalDate to = (filter.to() != null) ? filter.to() : events.getLast().date();
		List<WindowEvent> marked = events.stream().filter((e) -> !e.strategic()).toList();
		List<WindowEvent> strategic = events.stream()
			.filter(WindowEvent::strategic)
			.limit(CHART_ANNOTATION_LIMIT)
			.toList();
		List<LaneActor> leaders = leaders(marked);
		List<WindowEvent> drawn = (marked.size() <= limit) ? marked : List.of();
		Map<Long, Details> details = details(drawn, strategic);
		List<ChartAnnotation> annotations = strategic.stream()
			.map((e) -> new ChartAnnotation(e.id(), e.date(), details.get(e.id()).title()))
			.toList();
		if (marked.size() <= limit) {
			List<ChartEvent> chartEvents = marked.stream()
				.map((e) -> new ChartEvent(e.id(), e.date(), details.get(e.id()).title(), e.fatalities(),
						details.get(e.id()).controlChange(), e.actorIds()))
				.toList();
			return TimelineChart.ofEvents(from, to, leaders, chartEvents, annotations).since(windowStart);
		}
		ChronoUnit unit = TimelineChart.binUnit(from, to);
		return TimelineChart.ofBins(from, to, leaders, bins(marked, leaders, unit), unit, annotations)
			.since(windowStart);
	}

	/**
	 * The window's columns of the events as {@code event}, strategic where
	 * {@code strategic}, with {@code title}, and the actors of each: its participations
	 * {@code ea} where {@code participations}. Asked by place and event, a place's
	 * participations are read together from V36's index rather than one leaf of the event
	 * index each.
	 */
	private static String windowColumns(String event, String strategic, String title, String participations) {
		return """
				%1$s.id, %1$s.event_date, %2$s AS strategic, %1$s.fatalities_best, %3$s AS title,
				       CASE WHEN %2$s THEN CAST('{}' AS bigint[])
				            ELSE ARRAY(SELECT ea.actor_id FROM event_actor ea WHERE %4$s) END AS actor_ids"""
			.formatted(event, strategic, title, participations);
	}

	/**
	 * The chart's events as the query reads them, newest first, each with its actors:
	 * from the participations alone when they hold all it needs.
	 */
	private List<WindowEvent> windowEvents(TimelineQuery query) {
		String sql = query.fromParticipations(PARTICIPATION_WINDOW_COLUMNS)
			.orElseGet(() -> query.selectWithoutTypes(WINDOW_COLUMNS)
					+ "\n ORDER BY e.event_date DESC, e.id DESC LIMIT " + query.limit());
		return this.jdbc.sql(sql).params(query.params()).query(TimelineService::windowEvent).list();
	}

	/**
	 * The {@value #CHART_LANES} actors in most of the events, ranked in the database
	 * (ties by label, in its collation).
	 */
	private List<LaneActor> leaders(List<WindowEvent> events) {
		Map<Long, Long> counts = events.stream()
			.flatMap((e) -> e.actorIds().stream())
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		if (counts.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT a.id, coalesce(a.short_name, a.name) AS label, a.colour
				  FROM unnest(CAST(:ids AS bigint[]), CAST(:counts AS bigint[])) AS c (id, events)
				  JOIN actor a ON a.id = c.id
				 ORDER BY c.events DESC, label
				 LIMIT :lanes""")
			.param("ids", counts.keySet().toArray(Long[]::new))
			.param("counts", counts.values().toArray(Long[]::new))
			.param("lanes", CHART_LANES)
			.query((row, n) -> new LaneActor(row.getLong("id"), row.getString("label"), row.getString("colour")))
			.list();
	}

	/**
	 * The titles of the events drawn one by one, and whether each changed control: the
	 * titles the window read are kept, the others read here.
	 */
	private Map<Long, Details> details(List<WindowEvent> drawn, List<WindowEvent> strategic) {
		List<WindowEvent> shown = Stream.concat(drawn.stream(), strategic.stream()).toList();
		if (shown.isEmpty()) {
			return Map.of();
		}
		Set<Long> changes = new HashSet<>(this.jdbc.sql("""
				SELECT DISTINCT cp.evidence_event_id FROM control_period cp
				 WHERE cp.evidence_event_id = ANY (CAST(:ids AS bigint[]))""")
			.param("ids", shown.stream().map(WindowEvent::id).toArray(Long[]::new))
			.query(Long.class)
			.list());
		Map<Long, String> titles = new HashMap<>();
		shown.stream().filter((e) -> e.title() != null).forEach((e) -> titles.put(e.id(), e.title()));
		Long[] untitled = shown.stream().filter((e) -> e.title() == null).map(WindowEvent::id).toArray(Long[]::new);
		if (untitled.length > 0) {
			this.jdbc.sql("SELECT id, title FROM event WHERE id = ANY (CAST(:ids AS bigint[]))")
				.param("ids", untitled)
				.query((row) -> {
					titles.put(row.getLong("id"), row.getString("title"));
				});
		}
		Map<Long, Details> details = new HashMap<>();
		for (WindowEvent event : shown) {
			details.put(event.id(), new Details(titles.get(event.id()), changes.contains(event.id())));
		}
		return details;
	}

	/**
	 * The events per lane and week or month: in each of its leaders' lanes, or in the
	 * "other" lane (a {@code null} actor) when it has none.
	 */
	private static List<ChartBin> bins(List<WindowEvent> events, List<LaneActor> leaders, ChronoUnit unit) {
		Set<Long> leading = leaders.stream().map(LaneActor::id).collect(Collectors.toSet());
		Map<BinKey, long[]> bins = new HashMap<>();
		for (WindowEvent event : events) {
			LocalDate start = TimelineChart.binStart(event.date(), unit);
			List<Long> lanes = event.actorIds().stream().filter(leading::contains).distinct().toList();
			for (Long lane : lanes.isEmpty() ? Collections.<Long>singletonList(null) : lanes) {
				long[] bin = bins.computeIfAbsent(new BinKey(lane, start), (key) -> new long[2]);
				bin[0]++;
				bin[1] += (event.fatalities() != null) ? event.fatalities() : 0;
			}
		}
		return bins.entrySet()
			.stream()
			.map((bin) -> new ChartBin(bin.getKey().actorId(), bin.getKey().start(), (int) bin.getValue()[0],
					bin.getValue()[1]))
			.sorted(Comparator.comparing(ChartBin::start)
				.thenComparing(ChartBin::actorId, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	private static WindowEvent windowEvent(ResultSet row, int rowNumber) throws SQLException {
		return new WindowEvent(row.getLong("id"), row.getObject("event_date", LocalDate.class),
				row.getBoolean("strategic"), row.getObject("fatalities_best", Integer.class),
				Arrays.asList((Long[]) row.getArray("actor_ids").getArray()), row.getString("title"));
	}

	/**
	 * A row, its type's and sub-type's names from {@link EventTypeNames}: joined to every
	 * row, their tables cost two index reads a row and most of planning the page (1.3 ms
	 * against 0.4-0.6 for a search; BENCHMARKS.md, twenty-sixth run).
	 */
	private TimelineEntry entry(ResultSet row, int rowNumber) throws SQLException {
		String type = row.getString("type_code");
		return new TimelineEntry(row.getLong("id"), row.getObject("event_date", LocalDate.class),
				DatePrecision.valueOf(row.getString("date_precision")), row.getObject("end_date", LocalDate.class),
				row.getString("title"), row.getLong("place_id"), LocalizedName.of(row, "place_name"), type,
				this.typeNames.type(type), this.typeNames.subtype(row.getString("sub_code")),
				row.getObject("fatalities_best", Integer.class), STRATEGIC.equals(type),
				row.getBoolean("control_change"), row.getDouble("latitude"), row.getDouble("longitude"));
	}

	/**
	 * An event of the chart's window, with all its actors (none read for strategic
	 * developments) and its title ({@code null} when read from the participations).
	 */
	private record WindowEvent(long id, LocalDate date, boolean strategic, Integer fatalities, List<Long> actorIds,
			String title) {

	}

	private record Details(String title, boolean controlChange) {

	}

	private record BinKey(Long actorId, LocalDate start) {

	}

}
