package io.faultline.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the control-period form offers: the place, the actors, the events there, an
 * event's proposal.
 */
@Service
@Transactional(readOnly = true)
class ControlFormChoices {

	static final int CHOICES_LIMIT = 300;

	private final JdbcClient jdbc;

	ControlFormChoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A form posted without a place, or with an unknown one, names no place that exists:
	 * 404.
	 */
	String placeName(Long placeId) {
		return this.jdbc.sql("SELECT name FROM place WHERE id = :id")
			.param("id", placeId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new ControlPlaceNotFoundException(placeId));
	}

	List<Choice> actors() {
		return this.jdbc.sql("""
				SELECT id, coalesce(short_name, name) AS label FROM actor
				 ORDER BY lower(coalesce(short_name, name)) LIMIT :limit""")
			.param("limit", CHOICES_LIMIT)
			.query((row, n) -> new Choice(row.getLong("id"), row.getString("label")))
			.list();
	}

	List<Choice> eventsAt(Long placeId) {
		return this.jdbc.sql("""
				SELECT id, event_date || ' · ' || title AS label FROM event WHERE place_id = :place
				 ORDER BY event_date DESC, id DESC LIMIT :limit""")
			.param("place", placeId)
			.param("limit", CHOICES_LIMIT)
			.query((row, n) -> new Choice(row.getLong("id"), row.getString("label")))
			.list();
	}

	/**
	 * The period an event at this place proposes: its side A from its date, the event as
	 * evidence.
	 */
	Optional<ControlPeriodForm> proposalFrom(long placeId, long eventId) {
		return this.jdbc.sql("""
				SELECT e.event_date,
				       (SELECT ea.actor_id FROM event_actor ea WHERE ea.event_id = e.id AND ea.side = 'A'
				         ORDER BY ea.role DESC, ea.id LIMIT 1) AS actor_id
				  FROM event e WHERE e.id = :event AND e.place_id = :place""")
			.param("event", eventId)
			.param("place", placeId)
			.query((row, n) -> ControlPeriodForm.fromEvent(placeId, row.getObject("actor_id", Long.class),
					row.getObject("event_date", LocalDate.class), eventId))
			.optional();
	}

	record Choice(long id, String label) {

	}

}
