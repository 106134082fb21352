package io.faultline.source;

import io.faultline.system.RecordNotFoundException;

class SourceNotFoundException extends RecordNotFoundException {

	SourceNotFoundException(long id) {
		super("source.kind.record", id);
	}

}
