package io.faultline.place;

import io.faultline.system.RecordNotFoundException;

class RegionNotFoundException extends RecordNotFoundException {

	RegionNotFoundException(String code) {
		super("region.kind", code);
	}

}
