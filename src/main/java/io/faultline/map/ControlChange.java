package io.faultline.map;

import java.util.Locale;

/**
 * A place whose controller on one date differs from the other.
 *
 * @param before who held it on the first date, or {@code null}
 * @param after who held it on the second date, or {@code null}
 */
public record ControlChange(long placeId, String name, String nameFr, double longitude, double latitude, Holder before,
		Holder after) {

	/** The French name on French pages, when there is one. */
	public String nameIn(Locale locale) {
		return ("fr".equals(locale.getLanguage()) && this.nameFr != null) ? this.nameFr : this.name;
	}

	/** Who held a place on a date, and how. */
	public record Holder(long actorId, String label, String colour, String status, String basis) {

	}

}
