package io.faultline.place;

public enum PlaceKind {

	CITY, TOWN, VILLAGE, MILITARY_BASE, BORDER_POST, AREA

}
