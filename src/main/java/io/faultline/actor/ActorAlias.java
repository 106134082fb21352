package io.faultline.actor;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * Any string that names an actor, e.g. ACLED's "Military Forces of Mali (2013-2020)".
 * Unique.
 */
@Entity
@Table(name = "actor_alias")
public class ActorAlias {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "actor_id")
	private Actor actor;

	private String alias;

	private String language;

	protected ActorAlias() {
	}

	ActorAlias(Actor actor, String alias, String language) {
		this.actor = actor;
		this.alias = alias;
		this.language = language;
	}

	public Long getId() {
		return this.id;
	}

	public String getAlias() {
		return this.alias;
	}

	public String getLanguage() {
		return this.language;
	}

}
