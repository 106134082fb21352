package io.faultline.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.faultline.control.ControlService;
import io.faultline.place.LocationPrecision;
import io.faultline.source.ClaimService;
import io.faultline.system.DatePrecision;
import io.faultline.system.LocalizedName;

/**
 * Reads events for the pages: published ones for everybody, drafts and events in review
 * only for editors. Limits, and the related events' span of days, are numbers written
 * into the statements rather than parameters: with them as parameters PostgreSQL guessed
 * a generic plan dearer than one made for the values, and so planned the related events
 * and an actor's newest events again on every page (1.6–2 ms each, more than running
 * them; BENCHMARKS.md, twenty-first run).
 */
@Service
@Transactional(readOnly = true)
public class EventService {

	private static final String SUMMARY_COLUMNS = """
			SELECT e.id, e.event_date, e.date_precision, e.end_date, e.title, e.fatalities_best,
			       p.id AS place_id, p.name AS place_name, p.name_fr AS place_name_fr,
			       e.event_type_code AS type_code, e.sub_event_type_code AS sub_code
			  FROM event e
			  JOIN place p ON p.id = e.place_id
			""";

	private final JdbcClient jdbc;

	private final ClaimService claims;

	private final ControlService control;

	private final EventMergeService merges;

	private final RowMapper<EventSummary> summary;

	EventService(JdbcClient jdbc, ClaimService claims, ControlService control, EventMergeService merges,
			EventTypeNames typeNames) {
		this.jdbc = jdbc;
		this.claims = claims;
		this.control = control;
		this.merges = merges;
		this.summary = (row, n) -> summary(row, typeNames);
	}

	/**
	 * What an event's page shows every reader, in one read-only transaction, where each
	 * part took its own (as a place's page did: BENCHMARKS.md, twenty-second run), the
	 * check for a merge included (twenty-third run).
	 */
	EventView view(long id, boolean editor, int relatedDays, int relatedShown) {
		Optional<Long> survivor = this.merges.survivorOf(id);
		if (survivor.isPresent()) {
			return EventView.merged(survivor.get());
		}
		EventDetails event = show(id, editor);
		return new EventView(null, event, this.claims.forEvent(id, event.participantIds()),
				this.control.evidencedBy(id), related(id, relatedDays, relatedShown));
	}

	public List<EventSummary> latest(int limit) {
		return this.jdbc.sql(SUMMARY_COLUMNS + """
				WHERE e.review_status = 'PUBLISHED' AND (e.acled_event_id IS NULL OR faultline_acled_shown())
				ORDER BY e.event_date DESC, e.id DESC
				LIMIT %d""".formatted(limit)).query(this.summary).list();
	}

	public List<EventSummary> latestBetween(LocalDate from, LocalDate to, int limit) {
		return this.jdbc
			.sql(SUMMARY_COLUMNS
					+ """
							WHERE e.review_status = 'PUBLISHED' AND (e.acled_event_id IS NULL OR faultline_acled_shown()) AND e.event_date BETWEEN :from AND :to
							ORDER BY e.event_date DESC, e.id DESC
							LIMIT %d"""
						.formatted(limit))
			.param("from", from)
			.param("to", to)
			.query(this.summary)
			.list();
	}

	public List<EventSummary> atPlace(long placeId, int limit) {
		return this.jdbc
			.sql(SUMMARY_COLUMNS
					+ """
							WHERE e.review_status = 'PUBLISHED' AND (e.acled_event_id IS NULL OR faultline_acled_shown()) AND e.place_id = :place
							ORDER BY e.event_date DESC, e.id DESC
							LIMIT %d"""
						.formatted(limit))
			.param("place", placeId)
			.query(this.summary)
			.list();
	}

	/**
	 * The actor's newest published events, read from its participations newest first
	 * (V30's {@code event_actor_actor_date_idx}), not by walking every event until enough
	 * of its own turn up.
	 */
	public List<EventSummary> withActor(long actorId, int limit) {
		return this.jdbc.sql(SUMMARY_COLUMNS + """
				  JOIN event_actor ea ON ea.event_id = e.id
				WHERE ea.actor_id = :actor
				  AND e.review_status = 'PUBLISHED' AND (e.acled_event_id IS NULL OR faultline_acled_shown())
				ORDER BY ea.event_date DESC, ea.event_id DESC
				LIMIT %d""".formatted(limit)).param("actor", actorId).query(this.summary).list();
	}

	/**
	 * Events within {@code days} of this one at the same place, or sharing an actor with
	 * it: the same battle reported twice, its prelude and its aftermath. The candidates
	 * come from two index ranges, the place's events by date and each of the event's
	 * actors' participations by date (V30), so a busy fortnight is never read whole (29
	 * ms to 1-2 ms at 2M events, BENCHMARKS.md). Both ranges carry what the choice needs
	 * (date, published, ACLED's), so only the ten chosen are read from the events: an
	 * event of the busiest actor has some 220 candidates (3.4 to 1.1 ms). A participation
	 * at the event's own place is also in the place's range, which alone marks the same
	 * place.
	 */
	public List<EventSummary> related(long eventId, int days, int limit) {
		return this.jdbc
			.sql("""
					WITH self AS (
					    SELECT id, place_id, event_date FROM event WHERE id = :event
					), candidate AS (
					    SELECT e.id, true AS same_place, abs(e.event_date - self.event_date) AS apart
					      FROM self JOIN event e ON e.place_id = self.place_id
					     WHERE e.event_date BETWEEN self.event_date - %1$d AND self.event_date + %1$d AND e.id <> self.id
					       AND e.review_status = 'PUBLISHED' AND (e.acled_event_id IS NULL OR faultline_acled_shown())
					    UNION ALL
					    SELECT ea.event_id, false, abs(ea.event_date - self.event_date)
					      FROM self JOIN event_actor ea
					        ON ea.actor_id = ANY (ARRAY(SELECT mine.actor_id FROM event_actor mine WHERE mine.event_id = :event))
					     WHERE ea.event_date BETWEEN self.event_date - %1$d AND self.event_date + %1$d AND ea.event_id <> self.id
					       AND ea.published AND (NOT ea.acled OR faultline_acled_shown())
					), nearest AS (
					    SELECT id, bool_or(same_place) AS same_place, min(apart) AS apart
					      FROM candidate
					     GROUP BY id
					     ORDER BY same_place DESC, apart, id
					     LIMIT %2$d
					)
					"""
				.formatted(days, limit) + SUMMARY_COLUMNS + """
						  JOIN nearest n ON n.id = e.id
						ORDER BY n.same_place DESC, n.apart, e.id""")
			.param("event", eventId)
			.query(this.summary)
			.list();
	}

	/** The place's published events, from V19's summary (kept by triggers). */
	public long countAtPlace(long placeId) {
		return this.jdbc.sql("""
				SELECT coalesce(sum(events), 0) FROM place_summary
				 WHERE place_id = :place AND (NOT acled OR (SELECT faultline_acled_shown()))""")
			.param("place", placeId)
			.query(Long.class)
			.single();
	}

	/**
	 * The actor's published events, from V19's summary (one participation per event and
	 * actor).
	 */
	public long countWithActor(long actorId) {
		return this.jdbc.sql("""
				SELECT coalesce(sum(events), 0) FROM actor_summary
				 WHERE actor_id = :actor AND (NOT acled OR (SELECT faultline_acled_shown()))""")
			.param("actor", actorId)
			.query(Long.class)
			.single();
	}

	public RecordSpan span() {
		return this.jdbc.sql("""
				SELECT coalesce(sum(events), 0), min(event_date), max(event_date), coalesce(sum(fatalities_best), 0)
				  FROM event_day_summary WHERE NOT acled OR (SELECT faultline_acled_shown())""")
			.query((row, n) -> new RecordSpan(row.getLong(1), row.getObject(2, LocalDate.class),
					row.getObject(3, LocalDate.class), row.getLong(4)))
			.single();
	}

	public EventDetails show(long id) {
		return show(id, false);
	}

	/**
	 * One event; drafts and events in review only when {@code editor} (editors see the
	 * record before it is published, analysts never do). Its columns are named:
	 * {@code e.*} also sent the search vector (V28), some 600 characters an event.
	 */
	public EventDetails show(long id, boolean editor) {
		List<Participant> participants = this.jdbc.sql("""
				SELECT a.id, a.name, coalesce(a.short_name, a.name) AS label, a.colour, ea.side, ea.role
				  FROM event_actor ea JOIN actor a ON a.id = ea.actor_id
				 WHERE ea.event_id = :id
				 ORDER BY ea.side, ea.role DESC, a.name""")
			.param("id", id)
			.query((row, n) -> new Participant(row.getLong("id"), row.getString("name"), row.getString("label"),
					row.getString("colour"), Side.valueOf(row.getString("side")),
					ParticipantRole.valueOf(row.getString("role"))))
			.list();
		return this.jdbc
			.sql("""
					SELECT e.id, e.event_date, e.date_precision, e.end_date, e.title, e.summary, e.notes, e.place_id,
					       e.fatalities_low, e.fatalities_best, e.fatalities_high, e.civilian_targeting, e.review_status,
					       e.acled_event_id, e.sub_event_type_code, p.name AS place_name, p.name_fr AS place_name_fr,
					       ST_Y(coalesce(e.location, p.location)) AS latitude, ST_X(coalesce(e.location, p.location)) AS longitude,
					       coalesce(e.location_precision, p.location_precision) AS precision,
					       d.name AS disorder_name, d.name_fr AS disorder_name_fr,
					       t.name AS type_name, t.name_fr AS type_name_fr, s.name AS sub_name, s.name_fr AS sub_name_fr
					  FROM event e
					  JOIN place p ON p.id = e.place_id
					  JOIN disorder_type d ON d.code = e.disorder_type_code
					  JOIN event_type t ON t.code = e.event_type_code
					  JOIN sub_event_type s ON s.code = e.sub_event_type_code
					 WHERE e.id = :id AND (e.review_status = 'PUBLISHED' AND (e.acled_event_id IS NULL OR faultline_acled_shown()) OR :editor)""")
			.param("id", id)
			.param("editor", editor)
			.query((row, n) -> new EventDetails(row.getLong("id"), row.getObject("event_date", LocalDate.class),
					DatePrecision.valueOf(row.getString("date_precision")), row.getObject("end_date", LocalDate.class),
					row.getString("title"), row.getString("summary"), row.getString("notes"),
					LocalizedName.of(row, "disorder_name"), LocalizedName.of(row, "type_name"),
					LocalizedName.of(row, "sub_name"), row.getLong("place_id"), LocalizedName.of(row, "place_name"),
					row.getDouble("latitude"), row.getDouble("longitude"),
					LocationPrecision.valueOf(row.getString("precision")),
					row.getObject("fatalities_low", Integer.class), row.getObject("fatalities_best", Integer.class),
					row.getObject("fatalities_high", Integer.class), row.getBoolean("civilian_targeting"),
					ReviewStatus.valueOf(row.getString("review_status")), row.getString("acled_event_id"), participants,
					row.getString("sub_event_type_code")))
			.optional()
			.orElseThrow(() -> new EventNotFoundException(id));
	}

	/** A summary, its type's and sub-type's names from {@link EventTypeNames}. */
	private static EventSummary summary(ResultSet row, EventTypeNames typeNames) throws SQLException {
		String type = row.getString("type_code");
		return new EventSummary(row.getLong("id"), row.getObject("event_date", LocalDate.class),
				DatePrecision.valueOf(row.getString("date_precision")), row.getObject("end_date", LocalDate.class),
				row.getString("title"), row.getLong("place_id"), LocalizedName.of(row, "place_name"), type,
				typeNames.type(type), typeNames.subtype(row.getString("sub_code")),
				row.getObject("fatalities_best", Integer.class));
	}

}
