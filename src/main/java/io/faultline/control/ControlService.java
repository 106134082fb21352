package io.faultline.control;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.faultline.actor.Actor;
import io.faultline.event.Event;
import io.faultline.place.Place;
import io.faultline.system.LocalizedName;

/** Territorial control over time: who held each place on any date. */
@Service
@Transactional(readOnly = true)
public class ControlService {

	static final String NO_OVERLAP_CONSTRAINT = "control_period_no_overlap";

	private static final String COLUMNS = """
			SELECT c.id, c.place_id, p.name AS place_name, p.name_fr AS place_name_fr,
			       c.actor_id, a.name AS actor_name, coalesce(a.short_name, a.name) AS actor_label, a.colour,
			       c.challenger_actor_id, coalesce(ch.short_name, ch.name) AS challenger_label,
			       c.status, c.basis, c.valid_from, c.valid_to, c.note,
			       e.id AS evidence_event_id, e.title AS evidence_event_title
			  FROM control_period c
			  JOIN place p ON p.id = c.place_id
			  JOIN actor a ON a.id = c.actor_id
			  LEFT JOIN actor ch ON ch.id = c.challenger_actor_id
			  LEFT JOIN event e ON e.id = c.evidence_event_id AND e.review_status = 'PUBLISHED' AND (e.acled_event_id IS NULL OR faultline_acled_shown())
			""";

	private static final RowMapper<ControlPeriodView> VIEW = ControlService::view;

	private final JdbcClient jdbc;

	private final ControlPeriodRepository periods;

	private final EntityManager entities;

	ControlService(JdbcClient jdbc, ControlPeriodRepository periods, EntityManager entities) {
		this.jdbc = jdbc;
		this.periods = periods;
		this.entities = entities;
	}

	/** A place's periods, latest first. */
	public List<ControlPeriodView> historyOf(long placeId) {
		return this.jdbc.sql(COLUMNS + " WHERE c.place_id = :place ORDER BY c.valid_from DESC")
			.param("place", placeId)
			.query(VIEW)
			.list();
	}

	public List<ControlPeriodView> heldBy(long actorId, int limit) {
		return this.jdbc.sql(COLUMNS + " WHERE c.actor_id = :actor ORDER BY c.valid_from DESC LIMIT :limit")
			.param("actor", actorId)
			.param("limit", limit)
			.query(VIEW)
			.list();
	}

	public List<ControlPeriodView> evidencedBy(long eventId) {
		return this.jdbc.sql(COLUMNS + " WHERE c.evidence_event_id = :event ORDER BY c.valid_from")
			.param("event", eventId)
			.query(VIEW)
			.list();
	}

	/** Periods that began most recently: the latest changes of control. */
	public List<ControlPeriodView> latestChanges(int limit) {
		return this.jdbc.sql(COLUMNS + " ORDER BY c.valid_from DESC, c.id DESC LIMIT :limit")
			.param("limit", limit)
			.query(VIEW)
			.list();
	}

	/** Periods that began between two dates (inclusive), latest first. */
	public List<ControlPeriodView> changesBetween(LocalDate from, LocalDate to, int limit) {
		return this.jdbc
			.sql(COLUMNS
					+ " WHERE c.valid_from BETWEEN :from AND :to ORDER BY c.valid_from DESC, c.id DESC LIMIT :limit")
			.param("from", from)
			.param("to", to)
			.param("limit", limit)
			.query(VIEW)
			.list();
	}

	public Optional<ControlPeriodView> on(long placeId, LocalDate date) {
		return this.jdbc.sql(COLUMNS + " WHERE c.place_id = :place AND c.valid @> CAST(:date AS date)")
			.param("place", placeId)
			.param("date", date)
			.query(VIEW)
			.optional();
	}

	/**
	 * Records a period from an editor's form; references resolved and checked in one
	 * transaction.
	 */
	@Transactional
	ControlPeriod recordFromForm(ControlPeriodForm form) {
		if (form.closeCurrent()) {
			closeOpenPeriodAt(form.placeId(), form.validFrom());
		}
		return record(newPeriod(form));
	}

	/**
	 * Ends, the day before {@code date}, the period that holds the place on that date and
	 * began earlier.
	 */
	private void closeOpenPeriodAt(long placeId, LocalDate date) {
		this.jdbc.sql("""
				UPDATE control_period SET valid_to = :date, version = version + 1
				 WHERE place_id = :place AND valid @> CAST(:date AS date) AND valid_from < :date""")
			.param("place", placeId)
			.param("date", date)
			.update();
	}

	private ControlPeriod newPeriod(ControlPeriodForm form) {
		ControlPeriod period = new ControlPeriod(this.entities.getReference(Place.class, form.placeId()),
				this.entities.getReference(Actor.class, form.actorId()), form.validFrom(), form.validTo());
		period.setStatus(form.status());
		period.setBasis(form.basis());
		period.setChallenger(
				(form.challengerId() != null) ? this.entities.getReference(Actor.class, form.challengerId()) : null);
		period.setEvidenceEvent((form.evidenceEventId() != null)
				? this.entities.getReference(Event.class, form.evidenceEventId()) : null);
		period.setNote((form.note() != null && !form.note().isBlank()) ? form.note().strip() : null);
		return period;
	}

	/**
	 * Records a new period, refusing one that overlaps an existing period of the same
	 * place with a message naming that period.
	 */
	@Transactional
	public ControlPeriod record(ControlPeriod period) {
		long placeId = period.getPlace().getId();
		Optional<ControlPeriodView> conflicting = this.jdbc.sql(COLUMNS + """
				WHERE c.place_id = :place AND c.valid && daterange(CAST(:from AS date), CAST(:to AS date), '[)')
				ORDER BY c.valid_from LIMIT 1""")
			.param("place", placeId)
			.param("from", period.getValidFrom())
			.param("to", period.getValidTo())
			.query(VIEW)
			.optional();
		if (conflicting.isPresent()) {
			throw new ControlPeriodOverlapException(period.getPlace().getName(), period.getValidFrom(),
					period.getValidTo(), conflicting.get());
		}
		try {
			return this.periods.saveAndFlush(period);
		}
		catch (DataIntegrityViolationException ex) {
			if (String.valueOf(ex.getMostSpecificCause().getMessage()).contains(NO_OVERLAP_CONSTRAINT)) {
				throw new ControlPeriodOverlapException(period.getPlace().getName(), period.getValidFrom(),
						period.getValidTo(), null);
			}
			throw ex;
		}
	}

	private static ControlPeriodView view(ResultSet row, int rowNumber) throws SQLException {
		return new ControlPeriodView(row.getLong("id"), row.getLong("place_id"), LocalizedName.of(row, "place_name"),
				row.getLong("actor_id"), row.getString("actor_name"), row.getString("actor_label"),
				row.getString("colour"), row.getObject("challenger_actor_id", Long.class),
				row.getString("challenger_label"), ControlStatus.valueOf(row.getString("status")),
				ControlBasis.valueOf(row.getString("basis")), row.getObject("valid_from", LocalDate.class),
				row.getObject("valid_to", LocalDate.class), row.getObject("evidence_event_id", Long.class),
				row.getString("evidence_event_title"), row.getString("note"));
	}

}
