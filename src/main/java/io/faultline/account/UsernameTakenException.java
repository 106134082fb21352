package io.faultline.account;

class UsernameTakenException extends RuntimeException {

	UsernameTakenException(String username) {
		super("Username already taken: " + username);
	}

}
