package io.faultline.map;

import java.util.Locale;

/**
 * A place with a control history, and who held it on one date ({@code actorId} and the
 * rest {@code null} when nobody did).
 */
public record HeldPlace(long id, String name, String nameFr, double longitude, double latitude, String precision,
		Long actorId, String actorLabel, String colour, String status, String basis) {

	boolean isHeld() {
		return this.actorId != null;
	}

	String nameIn(Locale locale) {
		return ("fr".equals(locale.getLanguage()) && this.nameFr != null) ? this.nameFr : this.name;
	}

}
