package io.faultline.place;

import jakarta.validation.Valid;

/**
 * A place created from inside another form (the event form), its fields prefixed with
 * {@code newPlace.} so they never mix with the outer form's.
 */
public record InlinePlace(@Valid PlaceForm newPlace) {

	public InlinePlace {
		newPlace = (newPlace != null) ? newPlace : PlaceForm.empty();
	}

	public static InlinePlace empty() {
		return new InlinePlace(PlaceForm.empty());
	}

}
