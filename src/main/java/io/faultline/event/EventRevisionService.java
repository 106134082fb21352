package io.faultline.event;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.faultline.actor.Actor;
import io.faultline.place.Place;
import io.faultline.system.FaultlineProperties;

/**
 * Edits to published events held for review: the published version stays what readers see
 * until a reviewer other than the proposer accepts the edit.
 */
@Service
public class EventRevisionService {

	private static final String COLUMNS = """
			SELECT r.id, r.event_id, e.title, r.proposed_by, r.proposed_at, r.reason
			  FROM event_revision r JOIN event e ON e.id = r.event_id
			""";

	private static final RowMapper<PendingRevision> PENDING = (row, n) -> new PendingRevision(row.getLong("id"),
			row.getLong("event_id"), row.getString("title"), row.getString("proposed_by"),
			row.getObject("proposed_at", OffsetDateTime.class).toInstant(), row.getString("reason"));

	private final JdbcClient jdbc;

	private final EventRepository events;

	private final EntityManager entities;

	private final EventEditService editing;

	private final JsonMapper json;

	private final FaultlineProperties properties;

	private final Clock clock;

	EventRevisionService(JdbcClient jdbc, EventRepository events, EntityManager entities, EventEditService editing,
			JsonMapper json, FaultlineProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.entities = entities;
		this.editing = editing;
		this.json = json;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional
	long propose(long eventId, EventForm form, String reason, String username) {
		if (reason == null || reason.isBlank()) {
			throw new RevisionRefusedException("editor.revision.reason");
		}
		if (pendingFor(eventId).isPresent()) {
			throw new RevisionRefusedException("editor.revision.alreadyPending");
		}
		// The partial unique index still refuses a second pending edit racing this one.
		try {
			return this.jdbc.sql("""
					INSERT INTO event_revision (event_id, proposed, base_version, proposed_by, proposed_at, reason)
					VALUES (:event, CAST(:proposed AS jsonb), :version, :by, :at, :reason)
					RETURNING id""")
				.param("event", eventId)
				.param("proposed", this.json.writeValueAsString(form))
				.param("version", form.version())
				.param("by", username)
				.param("at", now())
				.param("reason", reason.strip())
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw new RevisionRefusedException("editor.revision.alreadyPending");
		}
	}

	@Transactional(readOnly = true)
	public Optional<PendingRevision> pendingFor(long eventId) {
		return this.jdbc.sql(COLUMNS + " WHERE r.event_id = :event AND r.status = 'PENDING'")
			.param("event", eventId)
			.query(PENDING)
			.optional();
	}

	/** Edits waiting for a reviewer, the longest waiting first. */
	@Transactional(readOnly = true)
	public List<PendingRevision> pending(int limit) {
		return this.jdbc.sql(COLUMNS + " WHERE r.status = 'PENDING' ORDER BY r.proposed_at, r.id LIMIT :limit")
			.param("limit", limit)
			.query(PENDING)
			.list();
	}

	@Transactional(readOnly = true)
	PendingRevision open(long revisionId) {
		return this.jdbc.sql(COLUMNS + " WHERE r.id = :id AND r.status = 'PENDING'")
			.param("id", revisionId)
			.query(PENDING)
			.optional()
			.orElseThrow(() -> new RevisionRefusedException("editor.revision.gone"));
	}

	@Transactional(readOnly = true)
	EventForm proposed(long revisionId) {
		String proposed = this.jdbc.sql("SELECT proposed::text FROM event_revision WHERE id = :id")
			.param("id", revisionId)
			.query(String.class)
			.single();
		return this.json.readValue(proposed, EventForm.class);
	}

	/**
	 * Applies the edit to the published event, as its proposer's change, unless the event
	 * changed since the edit was proposed or the reviewer proposed it themselves.
	 */
	@Transactional
	long accept(long revisionId, String reviewer) {
		PendingRevision revision = open(revisionId);
		if (this.properties.review().twoPersonRule() && revision.proposedBy().equalsIgnoreCase(reviewer)) {
			throw new RevisionRefusedException("editor.revision.ownChange");
		}
		EventForm form = proposed(revisionId);
		Event event = this.events.findById(revision.eventId())
			.orElseThrow(() -> new EventNotFoundException(revision.eventId()));
		if (event.getVersion() != form.version()) {
			throw new RevisionRefusedException("editor.revision.stale");
		}
		EventChoices choices = this.editing.choices();
		event.edit(form, choices.disorderOf(form.eventTypeCode()).orElseThrow(),
				this.entities.getReference(Place.class, form.placeId()),
				(id) -> this.entities.getReference(Actor.class, id));
		event.stampUpdated(revision.proposedBy(), Instant.now(this.clock));
		this.events.flush();
		decide(revisionId, "ACCEPTED", reviewer, null);
		return revision.eventId();
	}

	@Transactional
	long reject(long revisionId, String reviewer, String note) {
		if (note == null || note.isBlank()) {
			throw new RevisionRefusedException("editor.revision.noteNeeded");
		}
		PendingRevision revision = open(revisionId);
		decide(revisionId, "REJECTED", reviewer, note.strip());
		return revision.eventId();
	}

	private void decide(long revisionId, String status, String reviewer, String note) {
		this.jdbc.sql("""
				UPDATE event_revision SET status = :status, decided_by = :by, decided_at = :at, decision_note = :note
				 WHERE id = :id AND status = 'PENDING'""")
			.param("status", status)
			.param("by", reviewer)
			.param("at", now())
			.param("note", note)
			.param("id", revisionId)
			.update();
	}

	private OffsetDateTime now() {
		return Instant.now(this.clock).atOffset(ZoneOffset.UTC);
	}

}
