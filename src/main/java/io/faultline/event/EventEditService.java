package io.faultline.event;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import io.faultline.actor.Actor;
import io.faultline.actor.ActorLookup;
import io.faultline.event.EventForm.ParticipantRow;
import io.faultline.place.Place;
import io.faultline.place.PlaceLookup;
import io.faultline.system.DatePrecision;
import io.faultline.system.LocalizedName;

/**
 * Creates events and edits drafts, from the event form and from the JSON API, with the
 * same checks. Events already published change through the review workflow instead.
 */
@Service
public class EventEditService {

	static final int DUPLICATE_DAYS = 3;

	static final int DUPLICATE_KM = 25;

	private final EventRepository events;

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	private final ActorLookup actors;

	private final Clock clock;

	private final PlaceLookup places;

	EventEditService(EventRepository events, EntityManager entityManager, JdbcClient jdbc, ActorLookup actors,
			Clock clock, PlaceLookup places) {
		this.places = places;
		this.events = events;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.actors = actors;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	EventChoices choices() {
		return new EventChoices(
				this.jdbc.sql("SELECT code, name, name_fr, disorder_type_code FROM event_type ORDER BY position")
					.query((row, n) -> new EventTypeOption(row.getString("code"), LocalizedName.of(row, "name"),
							row.getString("disorder_type_code")))
					.list(),
				this.jdbc.sql("SELECT code, name, name_fr, event_type_code FROM sub_event_type ORDER BY position")
					.query((row, n) -> new EventTypeOption(row.getString("code"), LocalizedName.of(row, "name"),
							row.getString("event_type_code")))
					.list(),
				this.actors.options());
	}

	/** A published event as a form, for an edit that will wait for review. */
	@Transactional(readOnly = true)
	EventForm formForRevision(long id) {
		Event event = this.events.findById(id).orElseThrow(() -> new EventNotFoundException(id));
		if (event.getReviewStatus() != ReviewStatus.PUBLISHED) {
			throw new EventNotEditableException(id, event.getReviewStatus());
		}
		return EventForm.of(event);
	}

	@Transactional(readOnly = true)
	boolean isPublished(long id) {
		return this.events.findById(id).map((event) -> event.getReviewStatus() == ReviewStatus.PUBLISHED).orElse(false);
	}

	/** The event as a form, when it may still be edited here. */
	@Transactional(readOnly = true)
	EventForm formFor(long id) {
		return EventForm.of(editable(id));
	}

	/**
	 * Published or draft events within {@value #DUPLICATE_DAYS} days of the new one, at
	 * its place or within {@value #DUPLICATE_KM} km, with an actor in common: the same
	 * fight may already be in the record.
	 */
	@Transactional(readOnly = true)
	public List<PossibleDuplicate> possibleDuplicates(EventForm form) {
		List<Long> actors = form.filledParticipants().stream().map(EventForm.ParticipantRow::actorId).toList();
		if (actors.isEmpty() || form.eventDate() == null || form.placeId() == null) {
			return List.of();
		}
		return this.jdbc
			.sql("""
					SELECT e.id, e.event_date, e.date_precision, e.title, e.review_status, p.name AS place_name,
					       p.name_fr AS place_name_fr,
					       round((ST_Distance(coalesce(e.location, p.location)::geography, here.location::geography) / 1000)::numeric) AS km
					  FROM event e
					  JOIN place p ON p.id = e.place_id
					  JOIN place here ON here.id = :place
					 WHERE e.review_status IN ('PUBLISHED', 'DRAFT')
					   AND e.event_date BETWEEN CAST(:date AS date) - :days AND CAST(:date AS date) + :days
					   AND (e.place_id = here.id
					        OR ST_DWithin(coalesce(e.location, p.location)::geography, here.location::geography, :metres))
					   AND EXISTS (SELECT 1 FROM event_actor ea WHERE ea.event_id = e.id AND ea.actor_id IN (:actors))
					 ORDER BY abs(e.event_date - CAST(:date AS date)), e.id
					 LIMIT 10""")
			.param("place", form.placeId())
			.param("date", form.eventDate())
			.param("days", DUPLICATE_DAYS)
			.param("metres", DUPLICATE_KM * 1000)
			.param("actors", actors)
			.query((row, n) -> new PossibleDuplicate(row.getLong("id"), row.getObject("event_date", LocalDate.class),
					DatePrecision.valueOf(row.getString("date_precision")), row.getString("title"),
					LocalizedName.of(row, "place_name"), ReviewStatus.valueOf(row.getString("review_status")),
					row.getLong("km")))
			.list();
	}

	/** Whether the event may be edited here; false for published and archived events. */
	@Transactional(readOnly = true)
	boolean isEditable(long id) {
		try {
			editable(id);
			return true;
		}
		catch (EventNotEditableException ex) {
			return false;
		}
	}

	/**
	 * The checks of the event form beyond its annotations, each on the field to fix: the
	 * taxonomy, the actors and the place exist.
	 */
	@Transactional(readOnly = true)
	public void check(EventForm form, Errors errors) {
		check(form, choices(), errors);
	}

	void check(EventForm form, EventChoices choices, Errors errors) {
		checkAgainstRecord(form, choices, errors);
		if (form.placeId() != null && !errors.hasFieldErrors("placeId") && this.places.find(form.placeId()).isEmpty()) {
			errors.rejectValue("placeId", "editor.event.place.unknown");
		}
	}

	/** The checks that need the record: the taxonomy and the actors that exist. */
	static void checkAgainstRecord(EventForm form, EventChoices choices, Errors errors) {
		boolean knownType = form.eventTypeCode() != null && choices.disorderOf(form.eventTypeCode()).isPresent();
		if (form.eventTypeCode() != null && !knownType && !errors.hasFieldErrors("eventTypeCode")) {
			errors.rejectValue("eventTypeCode", "editor.event.type.unknown");
		}
		if (knownType && form.subEventTypeCode() != null && !errors.hasFieldErrors("subEventTypeCode")
				&& !choices.isSubTypeOf(form.subEventTypeCode(), form.eventTypeCode())) {
			errors.rejectValue("subEventTypeCode", "editor.event.subtype.otherType");
		}
		List<ParticipantRow> rows = form.participants();
		for (int i = 0; i < rows.size(); i++) {
			String field = "participants[" + i + "].actorId";
			if (!rows.get(i).isBlank() && !choices.hasActor(rows.get(i).actorId()) && !errors.hasFieldErrors(field)) {
				errors.rejectValue(field, "editor.event.participant.unknown");
			}
		}
	}

	/**
	 * A new draft by {@code username}, from a form without errors (annotations and
	 * {@link #check}).
	 */
	@Transactional
	public long create(EventForm form, String username) {
		return create(form, choices(), username);
	}

	/**
	 * A new draft by {@code username}; the form has been validated against the choices.
	 */
	@Transactional
	long create(EventForm form, EventChoices choices, String username) {
		Event event = new Event();
		event.edit(form, choices.disorderOf(form.eventTypeCode()).orElseThrow(), place(form), this::actor);
		event.stampCreated(username, Instant.now(this.clock));
		return this.events.save(event).getId();
	}

	/**
	 * Saves the edit unless someone else saved the event since the editor opened it
	 * ({@code form.version()}): then nothing is written and the conflict says what they
	 * saved.
	 */
	@Transactional
	void update(long id, EventForm form, EventChoices choices, String username) {
		Event event = editable(id);
		if (event.getVersion() != form.version().intValue()) {
			throw new EventConflictException(id, EventForm.of(event), event.getUpdatedBy(), event.getUpdatedAt());
		}
		event.edit(form, choices.disorderOf(form.eventTypeCode()).orElseThrow(), place(form), this::actor);
		event.stampUpdated(username, Instant.now(this.clock));
		this.events.flush();
	}

	/** What is saved now, for a conflict found only when flushing. */
	@Transactional(readOnly = true)
	EventConflictException conflictOn(long id) {
		Event event = this.events.findById(id).orElseThrow(() -> new EventNotFoundException(id));
		return new EventConflictException(id, EventForm.of(event), event.getUpdatedBy(), event.getUpdatedAt());
	}

	private Event editable(long id) {
		Event event = this.events.findById(id).orElseThrow(() -> new EventNotFoundException(id));
		if (event.getReviewStatus() != ReviewStatus.DRAFT && event.getReviewStatus() != ReviewStatus.IN_REVIEW) {
			throw new EventNotEditableException(id, event.getReviewStatus());
		}
		return event;
	}

	private Place place(EventForm form) {
		return this.entityManager.getReference(Place.class, form.placeId());
	}

	private Actor actor(Long id) {
		return this.entityManager.getReference(Actor.class, id);
	}

}
