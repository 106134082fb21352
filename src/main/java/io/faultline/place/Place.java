package io.faultline.place;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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

/**
 * A named location events happen at and control is held over. Its region is derived from
 * its point by the database when boundaries are loaded.
 */
@Entity
@Table(name = "place")
public class Place {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String nameFr;

	@Enumerated(EnumType.STRING)
	private PlaceKind kind;

	private Point location;

	@Enumerated(EnumType.STRING)
	private LocationPrecision locationPrecision;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "region_id")
	private Region region;

	private Long geonamesId;

	private Integer population;

	@OneToMany(mappedBy = "place", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<PlaceAlias> aliases = new ArrayList<>();

	@Version
	private int version;

	// Set by the database: its default on insert, the touch_updated_at trigger on update
	// (V10).
	@Column(insertable = false, updatable = false)
	private Instant createdAt;

	@Column(insertable = false, updatable = false)
	private Instant updatedAt;

	protected Place() {
	}

	public Place(String name, String nameFr, PlaceKind kind, Point location, LocationPrecision locationPrecision) {
		this.name = name;
		this.nameFr = nameFr;
		this.kind = kind;
		this.location = location;
		this.locationPrecision = locationPrecision;
	}

	public void update(String name, String nameFr, PlaceKind kind, Point location,
			LocationPrecision locationPrecision) {
		this.name = name;
		this.nameFr = nameFr;
		this.kind = kind;
		this.location = location;
		this.locationPrecision = locationPrecision;
	}

	public void addAlias(String alias, String language) {
		this.aliases.add(new PlaceAlias(this, alias, language));
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getNameFr() {
		return this.nameFr;
	}

	public PlaceKind getKind() {
		return this.kind;
	}

	public Point getLocation() {
		return this.location;
	}

	public LocationPrecision getLocationPrecision() {
		return this.locationPrecision;
	}

	public Region getRegion() {
		return this.region;
	}

	public void setRegion(Region region) {
		this.region = region;
	}

	public Long getGeonamesId() {
		return this.geonamesId;
	}

	public void setGeonamesId(Long geonamesId) {
		this.geonamesId = geonamesId;
	}

	public Integer getPopulation() {
		return this.population;
	}

	public List<PlaceAlias> getAliases() {
		return this.aliases;
	}

	public int getVersion() {
		return this.version;
	}

}
