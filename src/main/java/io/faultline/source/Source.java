package io.faultline.source;

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

/**
 * An outlet or speaker (ORTM, AFP, a CSP spokesman). Its affiliated actor lets a claim
 * that favours the source's own side be flagged.
 */
@Entity
@Table(name = "source")
public class Source {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private SourceKind kind;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "affiliated_actor_id")
	private Actor affiliatedActor;

	private String language;

	private String homeUrl;

	@Version
	private int version;

	protected Source() {
	}

	public Source(String name, SourceKind kind, Actor affiliatedActor) {
		this.name = name;
		this.kind = kind;
		this.affiliatedActor = affiliatedActor;
	}

	public void update(String name, SourceKind kind, Actor affiliatedActor, String language, String homeUrl) {
		this.name = name;
		this.kind = kind;
		this.affiliatedActor = affiliatedActor;
		this.language = language;
		this.homeUrl = homeUrl;
	}

	public int getVersion() {
		return this.version;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public SourceKind getKind() {
		return this.kind;
	}

	public Actor getAffiliatedActor() {
		return this.affiliatedActor;
	}

	public String getLanguage() {
		return this.language;
	}

	public String getHomeUrl() {
		return this.homeUrl;
	}

}
