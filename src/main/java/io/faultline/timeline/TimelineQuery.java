package io.faultline.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The published events a {@link TimelineFilter} selects, as SQL: every query of the page
 * (rows, count, chart) reads the same set through {@link #select}, and so do the exports.
 */
public final class TimelineQuery {

	/**
	 * The actor and, as of each date, its coalition: members while their MEMBER_OF
	 * relation holds (valid_to inclusive, an open end holds forever) and, recursively,
	 * the members of those members within both periods; predecessors (renamed, succeeded,
	 * merged into it) for as long as their successor counts. The path stops cycles.
	 */
	private static final String COALITION = """
			coalition (actor_id, valid, path) AS (
			    SELECT CAST(:actor AS bigint), daterange(NULL, NULL), ARRAY[CAST(:actor AS bigint)]
			    UNION ALL
			    SELECT r.actor_id,
			           CASE WHEN r.kind = 'MEMBER_OF' THEN c.valid * daterange(r.valid_from, r.valid_to, '[]')
			                ELSE c.valid END,
			           c.path || r.actor_id
			      FROM coalition c
			      JOIN actor_relation r ON r.related_id = c.actor_id
			     WHERE r.kind IN ('MEMBER_OF', 'RENAMED_TO', 'SUCCEEDED_BY', 'MERGED_INTO')
			       AND r.actor_id <> ALL (c.path))""";

	/** One actor alone: the coalition of an actor filter without its members. */
	private static final String ACTOR_ALONE = """
			coalition (actor_id, valid) AS (SELECT CAST(:actor AS bigint), daterange(NULL, NULL))""";

	/**
	 * The events of the coalition, each while its actor counts as a member: each member's
	 * participations are read from V30's {@code event_actor_actor_date_idx} in the page's
	 * order, and only as far as the query reads ({@link #reading}): the first page of a
	 * coalition of 100,000 events reads about fifty of each member's instead of all of
	 * them. The participations say whether their event is published and from ACLED, so a
	 * filter of dates alone reads nothing else; any other condition is checked on the
	 * event ({@link #MEMBER_EVENTS}). They also carry what the chart reads of each event
	 * (V34), for {@link #fromParticipations}.
	 */
	private static final String COALITION_EVENTS = """
			coalition_events (id, event_date, fatalities_best, strategic) AS MATERIALIZED (
			    SELECT x.* FROM coalition c
			     CROSS JOIN LATERAL (
			         SELECT ea.event_id AS id, ea.event_date, ea.fatalities_best, ea.strategic FROM event_actor ea%s
			          WHERE ea.actor_id = c.actor_id
			            AND ea.event_date >= coalesce(lower(c.valid), '-infinity')
			            AND ea.event_date < coalesce(upper(c.valid), 'infinity')
			            AND ea.published AND (NOT ea.acled OR faultline_acled_shown())
			            AND %s
			          ORDER BY ea.event_date %s, ea.event_id %s
			          LIMIT %s) x)""";

	private static final String MEMBER_EVENTS = """

			JOIN event e ON e.id = ea.event_id
			JOIN place p ON p.id = e.place_id""";

	/** A region and all the regions inside it. */
	private static final String REGIONS = """
			regions (id) AS (
			    SELECT id FROM region WHERE code = :region
			    UNION
			    SELECT r.id FROM region r JOIN regions s ON r.parent_id = s.id)""";

	/**
	 * The events whose own text, claims or place's names match the query (V28's
	 * {@code event_search}, one vector per event). The query is worked out while planning
	 * ({@code faultline_search_query} is immutable), so PostgreSQL weighs its words: a
	 * rare one is read from the index, a common one by walking the events newest first
	 * until the page is full.
	 */
	private static final String MATCHING = """
			e.id IN (SELECT es.event_id FROM event_search es WHERE es.search @@ faultline_search_query(:q))""";

	/** An event's place, joined to {@code e}. */
	private static final String PLACE = """
			  JOIN place p ON p.id = e.place_id
			""";

	/** An event's place, type and sub-type, joined to {@code e}. */
	private static final String JOINS = PLACE + """
			  JOIN event_type t ON t.code = e.event_type_code
			  JOIN sub_event_type s ON s.code = e.sub_event_type_code
			""";

	private final List<String> with = new ArrayList<>();

	private final List<String> where = new ArrayList<>();

	private final Map<String, Object> params = new LinkedHashMap<>();

	/**
	 * The conditions on dates and the cursor again, on the participations: they bound the
	 * index scan of each member's events.
	 */
	private final List<String> memberWhere = new ArrayList<>(List.of("TRUE"));

	/**
	 * The actor asked for, alone or with its coalition: {@link #ACTOR_ALONE} or
	 * {@link #COALITION}.
	 */
	private String actor;

	private boolean newestFirst = true;

	private Integer rows;

	/**
	 * Whether the filter asks for published events within dates only: what the
	 * participations alone can answer.
	 */
	private boolean datesOnly;

	/** See {@link #idsFirst()}. */
	private boolean idsFirst;

	private TimelineQuery() {
	}

	/**
	 * Published events only, unless the filter asks for another review status (editors
	 * only). The status is written into the statement, as the limits are: with either as
	 * a parameter, PostgreSQL guesses a generic plan dearer than one made for the values,
	 * and so plans an unfiltered page's rows again on every request, which took longer
	 * than reading them (1.0–1.6 ms against 0.4; BENCHMARKS.md, twenty-first run).
	 */
	public static TimelineQuery of(TimelineFilter filter) {
		return of(filter, false);
	}

	/**
	 * As {@link #of(TimelineFilter)}, the review status bound as a parameter, for the
	 * chart's window: a place's window is planned once per connection that way, where
	 * with the status written in PostgreSQL planned it anew for most places, their events
	 * far fewer than the average it guesses a generic plan for (0.44 ms a request;
	 * BENCHMARKS.md, twenty-first run).
	 */
	static TimelineQuery forChart(TimelineFilter filter) {
		return of(filter, true);
	}

	private static TimelineQuery of(TimelineFilter filter, boolean statusBound) {
		TimelineQuery query = new TimelineQuery();
		if (statusBound) {
			query.where("e.review_status = :status", "status", filter.visibleStatus().name());
		}
		else {
			query.where.add("e.review_status = '" + filter.visibleStatus().name() + "'");
		}
		// ACLED's terms: its events stay out of anonymous views unless shared (V16).
		query.where.add("(e.acled_event_id IS NULL OR faultline_acled_shown())");
		if (filter.from() != null) {
			query.where("e.event_date >= :from", "from", filter.from());
			query.memberWhere.add("ea.event_date >= :from");
		}
		if (filter.to() != null) {
			query.where("e.event_date <= :to", "to", filter.to());
			query.memberWhere.add("ea.event_date <= :to");
		}
		if (filter.hasRegion()) {
			query.with.add(REGIONS);
			query.where("p.region_id IN (SELECT id FROM regions)", "region", filter.region());
		}
		if (filter.place() != null) {
			query.where("e.place_id = :place", "place", filter.place());
		}
		if (filter.actor() != null) {
			query.actor = filter.coalition() ? COALITION : ACTOR_ALONE;
			query.params.put("actor", filter.actor());
		}
		if (filter.hasType()) {
			query.where("e.event_type_code = :type", "type", filter.type());
		}
		if (filter.hasSubtype()) {
			query.where("e.sub_event_type_code = :subtype", "subtype", filter.subtype());
		}
		if (filter.minFatalities() != null) {
			query.where("e.fatalities_best >= :minFatalities", "minFatalities", filter.minFatalities());
		}
		if (filter.stance() != null) {
			query.where("EXISTS (SELECT 1 FROM claim sc WHERE sc.event_id = e.id AND sc.stance = :stance)", "stance",
					filter.stance().name());
		}
		if (filter.hasQuery()) {
			query.where(MATCHING, "q", filter.q());
		}
		query.datesOnly = !filter.narrowsEvents() && filter.place() == null && !filter.hasType();
		query.idsFirst = filter.hasRegion() && (filter.hasType() || filter.hasSubtype()) && filter.place() == null
				&& filter.actor() == null && filter.minFatalities() == null && filter.stance() == null
				&& !filter.hasQuery();
		return query;
	}

	/**
	 * Tells the query it will be read in date order, newest or oldest first, no further
	 * than {@code rows} events: an actor's or coalition's events are then read only that
	 * far, member by member.
	 */
	public TimelineQuery reading(boolean newestFirst, int rows) {
		this.newestFirst = newestFirst;
		this.rows = rows;
		return this;
	}

	/**
	 * Whether a page's rows are best found as ids first, then read: for a region and a
	 * type (or sub-type) together, about one event in eighty. The newest events are then
	 * checked in {@code event_date_covering_idx} alone, which holds their place, type and
	 * status, and only the page's events are read from the table, where reading every
	 * event checked (4,005 for a page of 51) cost 35-45 % more (BENCHMARKS.md,
	 * twenty-second run). Any other filter keeps one pass: most events it checks are on
	 * the page (no filter, dates, a type or a region alone), or its conditions need the
	 * table or other indexes anyway (a place, an actor, words, fatalities, claims).
	 */
	public boolean idsFirst() {
		return this.idsFirst;
	}

	/**
	 * The {@code columns} of the events whose ids {@code ids} selects (in its
	 * {@code id}), with the aliases of {@link #selectWithoutTypes}: the second step of
	 * {@link #idsFirst()}.
	 */
	public static String selectByIds(String columns, String ids) {
		return "SELECT " + columns + "\n  FROM (" + ids + ") k\n  JOIN event e ON e.id = k.id\n" + PLACE;
	}

	/**
	 * Only the events after the one on {@code date} with {@code id} in the order read
	 * (keyset pagination).
	 */
	public TimelineQuery after(LocalDate date, long id) {
		String comparison = this.newestFirst ? "<" : ">";
		this.where.add("(e.event_date, e.id) " + comparison + " (:cursorDate, :cursorId)");
		this.memberWhere.add("(ea.event_date, ea.event_id) " + comparison + " (:cursorDate, :cursorId)");
		this.params.put("cursorDate", date);
		this.params.put("cursorId", id);
		return this;
	}

	private void where(String condition, String name, Object value) {
		this.where.add(condition);
		this.params.put(name, value);
	}

	/**
	 * The selected events as {@code e}, their place as {@code p}, type as {@code t} and
	 * sub-type as {@code s}.
	 */
	public String select(String columns, String... conditions) {
		return select(JOINS, columns, conditions);
	}

	/**
	 * As {@link #select}, without the type and sub-type, for columns and conditions that
	 * name neither {@code t} nor {@code s}. Every event has one of each (foreign keys,
	 * not null), so the rows are the same, without two index reads an event: a 30-day map
	 * of events joined them to 6,200 events, 17 ms against 10 (BENCHMARKS.md,
	 * twenty-sixth run).
	 */
	public String selectWithoutTypes(String columns, String... conditions) {
		return select(PLACE, columns, conditions);
	}

	private String select(String joins, String columns, String... conditions) {
		List<String> all = new ArrayList<>(this.where);
		all.addAll(List.of(conditions));
		List<String> with = new ArrayList<>(this.with);
		if (this.actor != null) {
			with.addAll(actorEvents(conditions.length == 0));
			all.add("e.id IN (SELECT id FROM coalition_events)");
		}
		StringBuilder sql = new StringBuilder();
		if (!with.isEmpty()) {
			sql.append("WITH RECURSIVE ").append(String.join(",\n", with)).append('\n');
		}
		sql.append("SELECT ").append(columns).append("\n  FROM event e\n").append(joins).append(" WHERE ");
		sql.append(String.join("\n   AND ", all));
		return sql.toString();
	}

	/**
	 * The number of selected events, counted up to the number {@link #reading read}: an
	 * actor's or coalition's filtered by dates alone from the participations (V30's
	 * index), without reading the events.
	 */
	public String count() {
		if (this.actor != null && this.datesOnly) {
			return "WITH RECURSIVE " + String.join(",\n", actorEvents(true))
					+ "\nSELECT count(*) FROM (SELECT DISTINCT id FROM coalition_events) counted";
		}
		return "SELECT count(*) FROM (" + selectWithoutTypes("1") + "\n LIMIT " + limit() + ") counted";
	}

	/**
	 * The selected events read from their participations alone, without reading the
	 * events, for an actor's or coalition's filter of dates alone (V30, V34): the
	 * {@code columns} of {@code w} (its {@code id}, {@code event_date},
	 * {@code fatalities_best} and {@code strategic}), each event once, in the order and
	 * as far as {@link #reading read}; empty for any other filter. A coalition's chart
	 * then reads the 5,000 newest of its participations from one index instead of as many
	 * events from the table.
	 */
	public Optional<String> fromParticipations(String columns) {
		if (this.actor == null || !this.datesOnly) {
			return Optional.empty();
		}
		String direction = this.newestFirst ? "DESC" : "ASC";
		return Optional.of("WITH RECURSIVE " + String.join(",\n", actorEvents(true)) + """

				SELECT %s
				  FROM (SELECT DISTINCT id, event_date, fatalities_best, strategic FROM coalition_events) w
				 ORDER BY w.event_date %s, w.id %s
				 LIMIT %s""".formatted(columns, direction, direction, limit()));
	}

	private List<String> actorEvents(boolean participationsOnly) {
		List<String> member = new ArrayList<>(this.memberWhere);
		boolean events = !(participationsOnly && this.datesOnly);
		if (events) {
			member.addAll(this.where);
		}
		String direction = this.newestFirst ? "DESC" : "ASC";
		return List.of(this.actor, COALITION_EVENTS.formatted(events ? MEMBER_EVENTS : "",
				String.join("\n            AND ", member), direction, direction, limit()));
	}

	/** How far the query is {@link #reading read}: a number of rows, or {@code ALL}. */
	String limit() {
		return (this.rows != null) ? this.rows.toString() : "ALL";
	}

	public Map<String, Object> params() {
		return this.params;
	}

}
