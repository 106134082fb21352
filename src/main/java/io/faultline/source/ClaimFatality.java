package io.faultline.source;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.faultline.actor.Actor;

/** One party's figures in a claim: "84 Wagner killed", "20 wounded, 11 missing". */
@Entity
@Table(name = "claim_fatality")
public class ClaimFatality {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "claim_id")
	private Claim claim;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "actor_id")
	private Actor actor;

	private String label;

	private Integer killed;

	private Integer wounded;

	private Integer missing;

	protected ClaimFatality() {
	}

	ClaimFatality(Claim claim, Actor actor, String label, Integer killed, Integer wounded, Integer missing) {
		this.claim = claim;
		this.actor = actor;
		this.label = label;
		this.killed = killed;
		this.wounded = wounded;
		this.missing = missing;
	}

	public Long getId() {
		return this.id;
	}

	public Actor getActor() {
		return this.actor;
	}

	public String getLabel() {
		return this.label;
	}

	public Integer getKilled() {
		return this.killed;
	}

	public Integer getWounded() {
		return this.wounded;
	}

	public Integer getMissing() {
		return this.missing;
	}

}
