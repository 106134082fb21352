package io.faultline.actor;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.faultline.actor.ActorRelationView.Direction;
import io.faultline.system.PageView;

@Service
@Transactional(readOnly = true)
class ActorService {

	private final JdbcClient jdbc;

	ActorService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ActorDetails show(long id) {
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
					relations))
			.optional()
			.orElseThrow(() -> new ActorNotFoundException(id));
	}

	PageView<ActorRow> list(int page, int size) {
		long total = this.jdbc.sql("SELECT count(*) FROM actor").query(Long.class).single();
		List<ActorRow> rows = this.jdbc.sql("""
				SELECT a.id, a.name, a.short_name, a.kind, a.colour, a.active_from, a.active_to,
				       (SELECT count(*) FROM event_actor ea JOIN event e ON e.id = ea.event_id
				         WHERE ea.actor_id = a.id AND e.review_status = 'PUBLISHED') AS events
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
