package io.faultline.place;

import io.faultline.system.LocalizedName;

/** A place as a row of the list, with whoever holds it on the list's date. */
public record PlaceRow(long id, LocalizedName name, PlaceKind kind, LocalizedName regionName, long events,
		Long controllerId, String controllerLabel, String controllerColour) {

}
