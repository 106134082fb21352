package io.faultline.event;

import io.faultline.system.RecordNotFoundException;

class EventNotFoundException extends RecordNotFoundException {

	EventNotFoundException(long id) {
		super("event.kind", id);
	}

}
