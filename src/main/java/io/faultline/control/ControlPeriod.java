package io.faultline.control;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.faultline.actor.Actor;
import io.faultline.event.Event;
import io.faultline.place.Place;

/**
 * Who held a place from {@code validFrom} until the day before {@code validTo}
 * (exclusive; {@code null} = still holds). The database refuses overlapping periods for
 * one place.
 */
@Entity
@Table(name = "control_period")
public class ControlPeriod {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "place_id")
	private Place place;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "actor_id")
	private Actor actor;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "challenger_actor_id")
	private Actor challenger;

	@Enumerated(EnumType.STRING)
	private ControlStatus status = ControlStatus.CONTROLLED;

	private LocalDate validFrom;

	private LocalDate validTo;

	@Enumerated(EnumType.STRING)
	private ControlBasis basis = ControlBasis.ASSESSED;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "evidence_event_id")
	private Event evidenceEvent;

	private String note;

	@Version
	private int version;

	protected ControlPeriod() {
	}

	public ControlPeriod(Place place, Actor actor, LocalDate validFrom, LocalDate validTo) {
		this.place = place;
		this.actor = actor;
		this.validFrom = validFrom;
		this.validTo = validTo;
	}

	public Long getId() {
		return this.id;
	}

	public Place getPlace() {
		return this.place;
	}

	public Actor getActor() {
		return this.actor;
	}

	public Actor getChallenger() {
		return this.challenger;
	}

	public void setChallenger(Actor challenger) {
		this.challenger = challenger;
	}

	public ControlStatus getStatus() {
		return this.status;
	}

	public void setStatus(ControlStatus status) {
		this.status = status;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public LocalDate getValidTo() {
		return this.validTo;
	}

	public ControlBasis getBasis() {
		return this.basis;
	}

	public void setBasis(ControlBasis basis) {
		this.basis = basis;
	}

	public Event getEvidenceEvent() {
		return this.evidenceEvent;
	}

	public void setEvidenceEvent(Event evidenceEvent) {
		this.evidenceEvent = evidenceEvent;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
