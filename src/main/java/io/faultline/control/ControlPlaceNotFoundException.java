package io.faultline.control;

import io.faultline.system.RecordNotFoundException;

class ControlPlaceNotFoundException extends RecordNotFoundException {

	ControlPlaceNotFoundException(Long id) {
		super("place.kind", id);
	}

}
