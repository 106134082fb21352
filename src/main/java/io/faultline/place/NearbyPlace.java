package io.faultline.place;

import io.faultline.system.LocalizedName;

record NearbyPlace(long id, LocalizedName name, PlaceKind kind, long km) {

}
