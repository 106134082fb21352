package io.faultline.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
import org.locationtech.jts.geom.Point;

import io.faultline.actor.Actor;
import io.faultline.place.LocationPrecision;
import io.faultline.place.Place;
import io.faultline.system.DatePrecision;

/**
 * Something that happened at a place on a date, coded with ACLED's taxonomy. Its fatality
 * figures are the adjudicated ones; what each source said stays on its claims.
 */
@Entity
@Table(name = "event")
public class Event {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private LocalDate eventDate;

	@Enumerated(EnumType.STRING)
	private DatePrecision datePrecision = DatePrecision.DAY;

	private LocalDate endDate;

	private String disorderTypeCode;

	private String eventTypeCode;

	private String subEventTypeCode;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "place_id")
	private Place place;

	private Point location;

	@Enumerated(EnumType.STRING)
	private LocationPrecision locationPrecision;

	private Integer fatalitiesLow;

	private Integer fatalitiesBest;

	private Integer fatalitiesHigh;

	private boolean civilianTargeting;

	private String title;

	private String summary;

	private String notes;

	@Enumerated(EnumType.STRING)
	private ReviewStatus reviewStatus = ReviewStatus.DRAFT;

	private String acledEventId;

	private Long ucdpEventId;

	@OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<EventActor> participants = new ArrayList<>();

	private String createdBy = "system";

	private Instant createdAt;

	private String updatedBy = "system";

	private Instant updatedAt;

	@Version
	private int version;

	protected Event() {
	}

	public Event(LocalDate eventDate, String disorderTypeCode, String eventTypeCode, String subEventTypeCode,
			Place place, String title) {
		this.eventDate = eventDate;
		this.disorderTypeCode = disorderTypeCode;
		this.eventTypeCode = eventTypeCode;
		this.subEventTypeCode = subEventTypeCode;
		this.place = place;
		this.title = title;
	}

	public void addParticipant(Actor actor, Side side, ParticipantRole role) {
		this.participants.add(new EventActor(this, actor, side, role));
	}

	/**
	 * Takes what an editor typed. Participants still there keep their row (only side and
	 * role change), so that the unique (event, actor) pair never clashes while flushing.
	 */
	void edit(EventForm form, String disorderTypeCode, Place place, Function<Long, Actor> actors) {
		this.eventDate = form.eventDate();
		this.datePrecision = form.datePrecision();
		this.endDate = form.endDate();
		this.disorderTypeCode = disorderTypeCode;
		this.eventTypeCode = form.eventTypeCode();
		this.subEventTypeCode = form.subEventTypeCode();
		this.place = place;
		setFatalities(form.fatalitiesLow(), form.fatalitiesBest(), form.fatalitiesHigh());
		this.civilianTargeting = Boolean.TRUE.equals(form.civilianTargeting());
		this.title = form.title().strip();
		this.summary = blankToNull(form.summary());
		this.notes = blankToNull(form.notes());
		Map<Long, EventForm.ParticipantRow> wanted = new LinkedHashMap<>();
		form.filledParticipants().forEach((row) -> wanted.put(row.actorId(), row));
		this.participants.removeIf((participant) -> !wanted.containsKey(participant.getActor().getId()));
		for (EventActor participant : this.participants) {
			EventForm.ParticipantRow row = wanted.remove(participant.getActor().getId());
			participant.assign(row.side(), roleOf(row));
		}
		wanted.values().forEach((row) -> addParticipant(actors.apply(row.actorId()), row.side(), roleOf(row)));
	}

	void stampCreated(String username, Instant at) {
		this.createdBy = username;
		this.createdAt = at;
		stampUpdated(username, at);
	}

	void stampUpdated(String username, Instant at) {
		this.updatedBy = username;
		this.updatedAt = at;
	}

	private static ParticipantRole roleOf(EventForm.ParticipantRow row) {
		return (row.role() != null) ? row.role() : ParticipantRole.PRIMARY;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public void setFatalities(Integer low, Integer best, Integer high) {
		this.fatalitiesLow = low;
		this.fatalitiesBest = best;
		this.fatalitiesHigh = high;
	}

	public Long getId() {
		return this.id;
	}

	public LocalDate getEventDate() {
		return this.eventDate;
	}

	public DatePrecision getDatePrecision() {
		return this.datePrecision;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public String getDisorderTypeCode() {
		return this.disorderTypeCode;
	}

	public String getEventTypeCode() {
		return this.eventTypeCode;
	}

	public String getSubEventTypeCode() {
		return this.subEventTypeCode;
	}

	public Place getPlace() {
		return this.place;
	}

	public Point getLocation() {
		return this.location;
	}

	public LocationPrecision getLocationPrecision() {
		return this.locationPrecision;
	}

	public Integer getFatalitiesLow() {
		return this.fatalitiesLow;
	}

	public Integer getFatalitiesBest() {
		return this.fatalitiesBest;
	}

	public Integer getFatalitiesHigh() {
		return this.fatalitiesHigh;
	}

	public boolean isCivilianTargeting() {
		return this.civilianTargeting;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getNotes() {
		return this.notes;
	}

	public ReviewStatus getReviewStatus() {
		return this.reviewStatus;
	}

	public void setReviewStatus(ReviewStatus reviewStatus) {
		this.reviewStatus = reviewStatus;
	}

	public String getAcledEventId() {
		return this.acledEventId;
	}

	public Long getUcdpEventId() {
		return this.ucdpEventId;
	}

	public List<EventActor> getParticipants() {
		return this.participants;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public int getVersion() {
		return this.version;
	}

}
