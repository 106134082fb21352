package io.faultline.ingest;

import io.faultline.system.RecordNotFoundException;

class ImportJobNotFoundException extends RecordNotFoundException {

	ImportJobNotFoundException(long id) {
		super("ingest.kind", id);
	}

}
