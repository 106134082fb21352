package io.faultline.account;

import io.faultline.system.RecordNotFoundException;

class UserNotFoundException extends RecordNotFoundException {

	UserNotFoundException(long id) {
		super("account.kind", id);
	}

}
