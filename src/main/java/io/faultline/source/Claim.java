package io.faultline.source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.faultline.actor.Actor;
import io.faultline.event.Event;

/**
 * What one source said about one event. Claims stay side by side; the event holds the
 * adjudicated values.
 */
@Entity
@Table(name = "claim")
public class Claim {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "event_id")
	private Event event;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "source_id")
	private Source source;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "claimant_actor_id")
	private Actor claimantActor;

	private String claimantName;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "responds_to_claim_id")
	private Claim respondsTo;

	private LocalDate publishedOn;

	private LocalDate reportedEventDate;

	private String url;

	private String excerpt;

	private String excerptLanguage;

	@Enumerated(EnumType.STRING)
	private Stance stance = Stance.REPORTS;

	private Integer fatalities;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "claimed_controller_actor_id")
	private Actor claimedController;

	@Enumerated(EnumType.STRING)
	private Provenance provenance = Provenance.EDITOR;

	@OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<ClaimFatality> figures = new ArrayList<>();

	private Instant createdAt;

	@Version
	private int version;

	protected Claim() {
	}

	public Claim(Event event, Source source, Stance stance, String url) {
		this.event = event;
		this.source = source;
		this.stance = stance;
		this.url = url;
	}

	/** What an editor typed beside the source, stance and link. */
	void describe(String claimantName, Actor claimantActor, LocalDate publishedOn, LocalDate reportedEventDate,
			String excerpt, String excerptLanguage, Integer fatalities, Instant createdAt) {
		this.claimantName = claimantName;
		this.claimantActor = claimantActor;
		this.publishedOn = publishedOn;
		this.reportedEventDate = reportedEventDate;
		this.excerpt = excerpt;
		this.excerptLanguage = excerptLanguage;
		this.fatalities = fatalities;
		this.createdAt = createdAt;
	}

	public void addFigure(Actor actor, String label, Integer killed, Integer wounded, Integer missing) {
		this.figures.add(new ClaimFatality(this, actor, label, killed, wounded, missing));
	}

	public Long getId() {
		return this.id;
	}

	public Event getEvent() {
		return this.event;
	}

	public Source getSource() {
		return this.source;
	}

	public Actor getClaimantActor() {
		return this.claimantActor;
	}

	public String getClaimantName() {
		return this.claimantName;
	}

	public Claim getRespondsTo() {
		return this.respondsTo;
	}

	public void setRespondsTo(Claim respondsTo) {
		this.respondsTo = respondsTo;
	}

	public LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	public LocalDate getReportedEventDate() {
		return this.reportedEventDate;
	}

	public String getUrl() {
		return this.url;
	}

	public String getExcerpt() {
		return this.excerpt;
	}

	public void setExcerpt(String excerpt) {
		this.excerpt = excerpt;
	}

	public String getExcerptLanguage() {
		return this.excerptLanguage;
	}

	public Stance getStance() {
		return this.stance;
	}

	public Integer getFatalities() {
		return this.fatalities;
	}

	public Actor getClaimedController() {
		return this.claimedController;
	}

	public Provenance getProvenance() {
		return this.provenance;
	}

	public List<ClaimFatality> getFigures() {
		return this.figures;
	}

}
