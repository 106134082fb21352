package io.faultline.history;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.faultline.history.Revision.FieldChange;

/** Reads the audit log: an event's changes and those of its claims, newest first. */
@Service
@Transactional(readOnly = true)
class HistoryService {

	static final int REVISIONS_SHOWN = 200;

	/**
	 * Columns that change with every write or are derived: not history a reader needs.
	 */
	private static final List<String> NOISE = List.of("version", "updated_at", "search", "valid");

	private final JdbcClient jdbc;

	HistoryService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Revision> ofEvent(long eventId) {
		Map<Long, Revision> revisions = new LinkedHashMap<>();
		this.jdbc.sql("""
				WITH revisions AS (
				    SELECT * FROM audit_log a
				     WHERE (a.table_name = 'event' AND a.row_id = :event)
				        OR (a.table_name = 'claim' AND (coalesce(a.new_row, a.old_row) ->> 'event_id')::bigint = :event)
				     ORDER BY a.id DESC
				     LIMIT :limit
				)
				SELECT r.id, r.table_name, r.row_id, r.action, r.changed_by, r.changed_at, r.reason,
				       f.key AS field, r.old_row ->> f.key AS before, r.new_row ->> f.key AS after
				  FROM revisions r
				  LEFT JOIN LATERAL (
				      SELECT key FROM jsonb_object_keys(r.new_row) key
				       WHERE r.action = 'UPDATE' AND r.old_row -> key IS DISTINCT FROM r.new_row -> key
				         AND key NOT IN (:noise)
				  ) f ON true
				 ORDER BY r.id DESC, f.key""")
			.param("event", eventId)
			.param("limit", REVISIONS_SHOWN)
			.param("noise", NOISE)
			.query((row) -> {
				long id = row.getLong("id");
				Revision revision = revisions.get(id);
				if (revision == null) {
					revision = new Revision(id, row.getString("table_name"), row.getLong("row_id"),
							row.getString("action"), row.getString("changed_by"),
							row.getObject("changed_at", OffsetDateTime.class).toInstant(), row.getString("reason"),
							new ArrayList<>());
					revisions.put(id, revision);
				}
				String field = row.getString("field");
				if (field != null) {
					revision.changes().add(new FieldChange(field, row.getString("before"), row.getString("after")));
				}
			});
		return List.copyOf(revisions.values());
	}

}
