package io.faultline.place;

import java.util.List;

import io.faultline.system.LocalizedName;

/** What the place page shows about the place itself. */
public record PlaceDetails(long id, LocalizedName name, PlaceKind kind, double latitude, double longitude,
		LocationPrecision locationPrecision, String regionCode, LocalizedName regionName, Long geonamesId,
		Integer population, List<String> aliases) {

}
