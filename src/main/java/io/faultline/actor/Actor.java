package io.faultline.actor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A party to the conflict: an army, a rebel coalition, a mission, civilians. */
@Entity
@Table(name = "actor")
public class Actor {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String shortName;

	@Enumerated(EnumType.STRING)
	private ActorKind kind;

	private Short acledInter;

	private String colour = "#6b7280";

	private String description;

	private LocalDate activeFrom;

	private LocalDate activeTo;

	@OneToMany(mappedBy = "actor", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<ActorAlias> aliases = new ArrayList<>();

	@OneToMany(mappedBy = "actor", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<ActorRelation> relations = new ArrayList<>();

	@Version
	private int version;

	// Set by the database: its default on insert, the touch_updated_at trigger on update
	// (V10).
	@Column(insertable = false, updatable = false)
	private Instant createdAt;

	@Column(insertable = false, updatable = false)
	private Instant updatedAt;

	protected Actor() {
	}

	public Actor(String name, String shortName, ActorKind kind) {
		this.name = name;
		this.shortName = shortName;
		this.kind = kind;
	}

	public void rename(String name, String shortName, ActorKind kind) {
		this.name = name;
		this.shortName = shortName;
		this.kind = kind;
	}

	public void describe(Short acledInter, String colour, String description, LocalDate activeFrom,
			LocalDate activeTo) {
		this.acledInter = acledInter;
		this.colour = colour;
		this.description = description;
		this.activeFrom = activeFrom;
		this.activeTo = activeTo;
	}

	public void addAlias(String alias, String language) {
		this.aliases.add(new ActorAlias(this, alias, language));
	}

	public void relate(RelationKind kind, Actor related, LocalDate from, LocalDate to) {
		this.relations.add(new ActorRelation(this, kind, related, from, to));
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getShortName() {
		return this.shortName;
	}

	/** The acronym when there is one (FAMa, MNLA), else the name. */
	public String getLabel() {
		return (this.shortName != null) ? this.shortName : this.name;
	}

	public ActorKind getKind() {
		return this.kind;
	}

	public Short getAcledInter() {
		return this.acledInter;
	}

	public String getColour() {
		return this.colour;
	}

	public void setColour(String colour) {
		this.colour = colour;
	}

	public String getDescription() {
		return this.description;
	}

	public LocalDate getActiveFrom() {
		return this.activeFrom;
	}

	public LocalDate getActiveTo() {
		return this.activeTo;
	}

	public List<ActorAlias> getAliases() {
		return this.aliases;
	}

	public List<ActorRelation> getRelations() {
		return this.relations;
	}

	public int getVersion() {
		return this.version;
	}

}
