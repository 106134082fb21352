package io.faultline.actor;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.faultline.actor.ActorRelationView.Direction;
import io.faultline.control.ControlService;
import io.faultline.event.EventService;
import io.faultline.system.PageView;
import io.faultline.timeline.TimelineCharts;

/** Reads actors for the pages and the JSON API. */
@Service
@Transactional(readOnly = true)
public class ActorService {

	static final int LINEAGE_DEPTH = 3;

	private final JdbcClient jdbc;

	private final EventService events;

	private final ControlService control;

	private final TimelineCharts charts;

	ActorService(JdbcClient jdbc, EventService events, ControlService control, TimelineCharts charts) {
		this.jdbc = jdbc;
		this.events = events;
		this.control = control;
		this.charts = charts;
	}

	/**
	 * Everything an actor's page shows, in one read-only transaction, where each part
	 * took its own (as a place's page did: BENCHMARKS.md, twenty-second run).
	 */
	ActorView view(long id, int shown) {
		return new ActorView(show(id), lineage(id), this.charts.withActor(id), this.events.withActor(id, shown),
				this.events.countWithActor(id), this.control.heldBy(id, shown));
	}

	public ActorDetails show(long id) {
		List<String> aliases = this.jdbc.sql("SELECT alias FROM actor_alias WHERE actor_id = :id ORDER BY alias")
			.param("id", id)
			.query(String.class)
			.list();
		List<ActorRelationView> relations = this.jdbc.sql("""
				SELECT 'OUTGOING' AS direction, r.kind, o.id, o.name, coalesce(o.short_name, o.name) AS label, o.colour,
				       r.valid_from, r.valid_to, r.note
				  FROM actor_relation r JOIN actor o ON o.id = r.related_id
				 WHERE r.actor_id = :id
				UNION ALL
				SELECT 'INCOMING', r.kind, o.id, o.name, coalesce(o.short_name, o.name), o.colour,
				       r.valid_from, r.valid_to, r.note
				  FROM actor_relation r JOIN actor o ON o.id = r.actor_id
				 WHERE r.related_id = :id
				 ORDER BY valid_from NULLS FIRST, label""")
			.param("id", id)
			.query((row, n) -> new ActorRelationView(Direction.valueOf(row.getString("direction")),
					RelationKind.valueOf(row.getString("kind")), row.getLong("id"), row.getString("name"),
					row.getString("label"), row.getString("colour"), row.getObject("valid_from", LocalDate.class),
					row.getObject("valid_to", LocalDate.class), row.getString("note")))
			.list();
		return this.jdbc.sql("SELECT * FROM actor WHERE id = :id")
			.param("id", id)
			.query((row, n) -> new ActorDetails(row.getLong("id"), row.getString("name"), row.getString("short_name"),
					ActorKind.valueOf(row.getString("kind")), row.getObject("acled_inter", Short.class),
					row.getString("colour"), row.getString("description"),
					row.getObject("active_from", LocalDate.class), row.getObject("active_to", LocalDate.class), aliases,
					relations, row.getBoolean("needs_review")))
			.optional()
			.orElseThrow(() -> new ActorNotFoundException(id));
	}

	/**
	 * Relations within {@value #LINEAGE_DEPTH} steps of the actor, laid out as its
	 * lineage graph.
	 */
	ActorLineage lineage(long id) {
		List<ActorLineage.Relation> relations = this.jdbc.sql("""
				WITH RECURSIVE near(actor_id, depth) AS (
				    SELECT CAST(:id AS bigint), 0
				    UNION
				    SELECT CASE WHEN r.actor_id = n.actor_id THEN r.related_id ELSE r.actor_id END, n.depth + 1
				      FROM actor_relation r JOIN near n ON n.actor_id IN (r.actor_id, r.related_id)
				     WHERE n.depth < :depth
				)
				SELECT DISTINCT r.id, r.actor_id, r.kind, r.related_id, r.valid_from, r.valid_to
				  FROM actor_relation r
				 WHERE r.actor_id IN (SELECT actor_id FROM near) AND r.related_id IN (SELECT actor_id FROM near)
				 ORDER BY r.id
				 LIMIT 200""")
			.param("id", id)
			.param("depth", LINEAGE_DEPTH)
			.query((row, n) -> new ActorLineage.Relation(row.getLong("actor_id"),
					RelationKind.valueOf(row.getString("kind")), row.getLong("related_id"),
					row.getObject("valid_from", LocalDate.class), row.getObject("valid_to", LocalDate.class)))
			.list();
		Set<Long> ids = new HashSet<>(List.of(id));
		relations.forEach((relation) -> ids.addAll(List.of(relation.actorId(), relation.relatedId())));
		Map<Long, ActorLineage.Actor> actors = new HashMap<>();
		this.jdbc.sql("SELECT id, coalesce(short_name, name) AS label, name, colour FROM actor WHERE id IN (:ids)")
			.param("ids", ids)
			.query((row) -> {
				actors.put(row.getLong("id"),
						new ActorLineage.Actor(row.getString("label"), row.getString("name"), row.getString("colour")));
			});
		return ActorLineage.of(id, actors, relations);
	}

	public PageView<ActorRow> list(int page, int size) {
		long total = this.jdbc.sql("SELECT count(*) FROM actor").query(Long.class).single();
		List<ActorRow> rows = this.jdbc.sql("""
				SELECT a.id, a.name, a.short_name, a.kind, a.colour, a.active_from, a.active_to,
				       (SELECT coalesce(sum(s.events), 0) FROM actor_summary s
				         WHERE s.actor_id = a.id AND (NOT s.acled OR (SELECT faultline_acled_shown()))) AS events
				  FROM actor a
				 ORDER BY lower(coalesce(a.short_name, a.name)), a.id
				 LIMIT :size OFFSET :offset""")
			.param("size", size)
			.param("offset", PageView.offset(page, size))
			.query((row, n) -> new ActorRow(row.getLong("id"), row.getString("name"), row.getString("short_name"),
					ActorKind.valueOf(row.getString("kind")), row.getString("colour"),
					row.getObject("active_from", LocalDate.class), row.getObject("active_to", LocalDate.class),
					row.getLong("events")))
			.list();
		return new PageView<>(rows, page, size, total);
	}

}
