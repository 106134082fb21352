package io.faultline.actor;

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

/** "MNLA member of CMA from 28 Oct 2014": a dated relation between two actors. */
@Entity
@Table(name = "actor_relation")
public class ActorRelation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "actor_id")
	private Actor actor;

	@Enumerated(EnumType.STRING)
	private RelationKind kind;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "related_id")
	private Actor related;

	private LocalDate validFrom;

	private LocalDate validTo;

	private String note;

	protected ActorRelation() {
	}

	ActorRelation(Actor actor, RelationKind kind, Actor related, LocalDate validFrom, LocalDate validTo) {
		this.actor = actor;
		this.kind = kind;
		this.related = related;
		this.validFrom = validFrom;
		this.validTo = validTo;
	}

	public Long getId() {
		return this.id;
	}

	public Actor getActor() {
		return this.actor;
	}

	public RelationKind getKind() {
		return this.kind;
	}

	public Actor getRelated() {
		return this.related;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public LocalDate getValidTo() {
		return this.validTo;
	}

	public String getNote() {
		return this.note;
	}

}
