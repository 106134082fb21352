package io.faultline.history;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.faultline.history.Revision.FieldChange;

/** Reads the audit log: an event's changes and those of its claims, newest first. */
@Service
@Transactional(readOnly = true)
class HistoryService {

	static final int REVISIONS_SHOWN = 200;

	/** The tables whose rows have a history page of their own. */
	static final List<String> AUDITED = List.of("place", "actor", "source");

	/**
	 * Columns that change with every write or are derived: not history a reader needs.
	 */
	private static final List<String> NOISE = List.of("version", "updated_at", "search", "valid");

	private final JdbcClient jdbc;

	HistoryService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An event's changes and those of its claims. */
	List<Revision> ofEvent(long eventId) {
		return revisions("""
				(a.table_name = 'event' AND a.row_id = :id)
				OR (a.table_name = 'claim' AND (coalesce(a.new_row, a.old_row) ->> 'event_id')::bigint = :id)""",
				eventId, "event");
	}

	/**
	 * A place's, an actor's or a source's changes ({@code table} is one of the audited
	 * tables); a place's include those of its control periods.
	 */
	List<Revision> ofRecord(String table, long id) {
		if (!AUDITED.contains(table)) {
			throw new IllegalArgumentException("Not an audited table: " + table);
		}
		if ("place".equals(table)) {
			return revisions("""
					(a.table_name = 'place' AND a.row_id = :id)
					OR (a.table_name = 'control_period'
					    AND (coalesce(a.new_row, a.old_row) ->> 'place_id')::bigint = :id)""", id, table);
		}
		return revisions("a.table_name = :table AND a.row_id = :id", id, table);
	}

	/**
	 * The fields that differ between the record as two revisions left it (any two, in
	 * either order); empty when either revision is not of this record.
	 */
	Optional<List<FieldChange>> compare(String table, long rowId, long from, long to) {
		String state = "SELECT coalesce(new_row, old_row) AS row FROM audit_log "
				+ "WHERE id = :%s AND table_name = :table AND row_id = :row";
		long found = this.jdbc
			.sql("SELECT count(*) FROM audit_log WHERE id IN (:from, :to) "
					+ "AND table_name = :table AND row_id = :row")
			.param("from", from)
			.param("to", to)
			.param("table", table)
			.param("row", rowId)
			.query(Long.class)
			.single();
		if (found != ((from == to) ? 1 : 2)) {
			return Optional.empty();
		}
		return Optional.of(this.jdbc.sql("""
				SELECT f.key AS field, a.row ->> f.key AS before, b.row ->> f.key AS after
				  FROM (%s) a, (%s) b,
				       LATERAL (SELECT key FROM jsonb_object_keys(a.row || b.row) key
				                 WHERE a.row -> key IS DISTINCT FROM b.row -> key AND key NOT IN (:noise)) f
				 ORDER BY f.key""".formatted(state.formatted("from"), state.formatted("to")))
			.param("from", from)
			.param("to", to)
			.param("table", table)
			.param("row", rowId)
			.param("noise", NOISE)
			.query((row, n) -> new FieldChange(row.getString("field"), row.getString("before"), row.getString("after")))
			.list());
	}

	private List<Revision> revisions(String condition, long id, String table) {
		Map<Long, Revision> revisions = new LinkedHashMap<>();
		this.jdbc.sql("""
				WITH revisions AS (
				    SELECT * FROM audit_log a
				     WHERE %s
				     ORDER BY a.id DESC
				     LIMIT :limit
				)""".formatted(condition) + """

				SELECT r.id, r.table_name, r.row_id, r.action, r.changed_by, r.changed_at, r.reason,
				       f.key AS field, r.old_row ->> f.key AS before, r.new_row ->> f.key AS after
				  FROM revisions r
				  LEFT JOIN LATERAL (
				      SELECT key FROM jsonb_object_keys(r.new_row) key
				       WHERE r.action = 'UPDATE' AND r.old_row -> key IS DISTINCT FROM r.new_row -> key
				         AND key NOT IN (:noise)
				  ) f ON true
				 ORDER BY r.id DESC, f.key""")
			.param("id", id)
			.param("table", table)
			.param("limit", REVISIONS_SHOWN)
			.param("noise", NOISE)
			.query((row) -> {
				long revisionId = row.getLong("id");
				Revision revision = revisions.get(revisionId);
				if (revision == null) {
					revision = new Revision(revisionId, row.getString("table_name"), row.getLong("row_id"),
							row.getString("action"), row.getString("changed_by"),
							row.getObject("changed_at", OffsetDateTime.class).toInstant(), row.getString("reason"),
							new ArrayList<>());
					revisions.put(revisionId, revision);
				}
				String field = row.getString("field");
				if (field != null) {
					revision.changes().add(new FieldChange(field, row.getString("before"), row.getString("after")));
				}
			});
		return List.copyOf(revisions.values());
	}

	/**
	 * The event as the record held it at the end of {@code date}: its last recorded state
	 * by then, or nothing when it was not yet in the record.
	 */
	Optional<KnownVersion> eventAsOf(long eventId, LocalDate date) {
		return this.jdbc.sql("""
				SELECT (new_row ->> 'event_date')::date AS event_date, new_row ->> 'date_precision' AS date_precision,
				       new_row ->> 'title' AS title, new_row ->> 'summary' AS summary, new_row ->> 'notes' AS notes,
				       (new_row ->> 'fatalities_low')::int AS low, (new_row ->> 'fatalities_best')::int AS best,
				       (new_row ->> 'fatalities_high')::int AS high, new_row ->> 'review_status' AS review_status,
				       changed_at, changed_by
				  FROM audit_log
				 WHERE table_name = 'event' AND row_id = :event AND changed_at < CAST(:until AS date)
				 ORDER BY id DESC
				 LIMIT 1""")
			.param("event", eventId)
			.param("until", date.plusDays(1))
			.query((row, n) -> new KnownVersion(row.getObject("event_date", LocalDate.class),
					row.getString("date_precision"), row.getString("title"), row.getString("summary"),
					row.getString("notes"), row.getObject("low", Integer.class), row.getObject("best", Integer.class),
					row.getObject("high", Integer.class), row.getString("review_status"),
					row.getObject("changed_at", OffsetDateTime.class).toInstant(), row.getString("changed_by")))
			.optional();
	}

	/** The latest changes anywhere in the record, newest first. */
	List<Activity> recent(int limit) {
		return this.jdbc
			.sql("""
					SELECT a.table_name, a.row_id, a.action, a.changed_by, a.changed_at, a.reason,
					       CASE a.table_name WHEN 'event' THEN a.row_id
					                         WHEN 'claim' THEN (coalesce(a.new_row, a.old_row) ->> 'event_id')::bigint END AS event_id,
					       coalesce(a.new_row, a.old_row) ->> CASE a.table_name WHEN 'event' THEN 'title'
					                                                            WHEN 'claim' THEN 'url'
					                                                            ELSE 'name' END AS label
					  FROM audit_log a
					 ORDER BY a.id DESC
					 LIMIT :limit""")
			.param("limit", limit)
			.query((row, n) -> new Activity(row.getString("table_name"), row.getLong("row_id"), row.getString("action"),
					row.getString("changed_by"), row.getObject("changed_at", OffsetDateTime.class).toInstant(),
					row.getString("reason"), row.getObject("event_id", Long.class), row.getString("label")))
			.list();
	}

}
