package io.faultline.place;

import io.faultline.system.LocalizedName;

/** A place as a choice in a form, with its region to tell namesakes apart. */
public record PlaceOption(long id, LocalizedName name, LocalizedName regionName) {

}
