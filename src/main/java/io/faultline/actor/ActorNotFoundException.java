package io.faultline.actor;

import io.faultline.system.RecordNotFoundException;

class ActorNotFoundException extends RecordNotFoundException {

	ActorNotFoundException(long id) {
		super("actor.kind", id);
	}

}
