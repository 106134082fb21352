package io.faultline.place;

import io.faultline.system.RecordNotFoundException;

class PlaceNotFoundException extends RecordNotFoundException {

	PlaceNotFoundException(long id) {
		super("place.kind", id);
	}

}
