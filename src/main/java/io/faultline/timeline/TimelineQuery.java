package io.faultline.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

	/**
	 * The events of the coalition, each while its actor counts as a member, found from
	 * the members' participations (OFFSET 0 keeps each member's look-up a nested loop
	 * over its own events: as a join, PostgreSQL hashed the dates of every event in the
	 * record, 1.0-2.2 s a statement at 2M events). Only a member for a while has its
	 * events' dates read; the actor itself and its predecessors count always.
	 */
	private static final String COALITION_EVENTS = """
			coalition_events (id) AS MATERIALIZED (
			    SELECT x.id FROM coalition c
			     CROSS JOIN LATERAL (
			         SELECT ea.event_id AS id FROM event_actor ea
			          WHERE ea.actor_id = c.actor_id
			            AND ((lower_inf(c.valid) AND upper_inf(c.valid))
			                 OR (SELECT c.valid @> ce.event_date FROM event ce WHERE ce.id = ea.event_id))
			         OFFSET 0) x)""";

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

	private static final String FROM = """
			  FROM event e
			  JOIN place p ON p.id = e.place_id
			  JOIN event_type t ON t.code = e.event_type_code
			  JOIN sub_event_type s ON s.code = e.sub_event_type_code
			""";

	private final List<String> with = new ArrayList<>();

	private final List<String> where = new ArrayList<>();

	private final Map<String, Object> params = new LinkedHashMap<>();

	private TimelineQuery() {
	}

	/**
	 * Published events only, unless the filter asks for another review status (editors
	 * only).
	 */
	public static TimelineQuery of(TimelineFilter filter) {
		TimelineQuery query = new TimelineQuery();
		query.where("e.review_status = :status", "status", filter.visibleStatus().name());
		// ACLED's terms: its events stay out of anonymous views unless shared (V16).
		query.where.add("(e.acled_event_id IS NULL OR faultline_acled_shown())");
		if (filter.from() != null) {
			query.where("e.event_date >= :from", "from", filter.from());
		}
		if (filter.to() != null) {
			query.where("e.event_date <= :to", "to", filter.to());
		}
		if (filter.hasRegion()) {
			query.with.add(REGIONS);
			query.where("p.region_id IN (SELECT id FROM regions)", "region", filter.region());
		}
		if (filter.place() != null) {
			query.where("e.place_id = :place", "place", filter.place());
		}
		if (filter.actor() != null && filter.coalition()) {
			query.with.add(COALITION);
			query.with.add(COALITION_EVENTS);
			query.where("e.id IN (SELECT id FROM coalition_events)", "actor", filter.actor());
		}
		else if (filter.actor() != null) {
			query.where("EXISTS (SELECT 1 FROM event_actor ea WHERE ea.event_id = e.id AND ea.actor_id = :actor)",
					"actor", filter.actor());
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
		return query;
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
		StringBuilder sql = new StringBuilder();
		if (!this.with.isEmpty()) {
			sql.append("WITH RECURSIVE ").append(String.join(",\n", this.with)).append('\n');
		}
		sql.append("SELECT ").append(columns).append('\n').append(FROM).append(" WHERE ");
		List<String> all = new ArrayList<>(this.where);
		all.addAll(List.of(conditions));
		sql.append(String.join("\n   AND ", all));
		return sql.toString();
	}

	public Map<String, Object> params() {
		return this.params;
	}

}
