package io.faultline.place;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Another spelling of a place's name (Anefis, Anefif; Tombouctou). */
@Entity
@Table(name = "place_alias")
public class PlaceAlias {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "place_id")
	private Place place;

	private String alias;

	private String language;

	protected PlaceAlias() {
	}

	PlaceAlias(Place place, String alias, String language) {
		this.place = place;
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
