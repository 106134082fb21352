package io.faultline.api;

import io.faultline.system.RecordNotFoundException;

/**
 * A record the API may not show to this caller (ACLED's terms): as if it did not exist.
 */
class ApiRecordNotFoundException extends RecordNotFoundException {

	ApiRecordNotFoundException(String kindKey, Object id) {
		super(kindKey, id);
	}

}
