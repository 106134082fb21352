package io.faultline.place;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * An administrative region (ISO 3166-2 code), with its boundary once boundaries are
 * loaded.
 */
@Entity
@Table(name = "region")
public class Region {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private String nameFr;

	private short level;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Region parent;

	private MultiPolygon boundary;

	protected Region() {
	}

	public Region(String code, String name, String nameFr, int level, Region parent) {
		this.code = code;
		this.name = name;
		this.nameFr = nameFr;
		this.level = (short) level;
		this.parent = parent;
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public String getNameFr() {
		return this.nameFr;
	}

	public int getLevel() {
		return this.level;
	}

	public Region getParent() {
		return this.parent;
	}

	public MultiPolygon getBoundary() {
		return this.boundary;
	}

	public void setBoundary(MultiPolygon boundary) {
		this.boundary = boundary;
	}

}
