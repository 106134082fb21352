package io.faultline.event;

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

import io.faultline.actor.Actor;

/** An actor taking part in an event, on side A or B. */
@Entity
@Table(name = "event_actor")
public class EventActor {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "event_id")
	private Event event;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "actor_id")
	private Actor actor;

	@Enumerated(EnumType.STRING)
	private Side side;

	@Enumerated(EnumType.STRING)
	private ParticipantRole role;

	protected EventActor() {
	}

	EventActor(Event event, Actor actor, Side side, ParticipantRole role) {
		this.event = event;
		this.actor = actor;
		this.side = side;
		this.role = role;
	}

	void assign(Side side, ParticipantRole role) {
		this.side = side;
		this.role = role;
	}

	public Long getId() {
		return this.id;
	}

	public Actor getActor() {
		return this.actor;
	}

	public Side getSide() {
		return this.side;
	}

	public ParticipantRole getRole() {
		return this.role;
	}

}
