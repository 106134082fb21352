package io.faultline.system;

/**
 * The database answers but cannot hold Faultline's record (PostGIS missing or not
 * enabled).
 */
class DatabaseNotReadyException extends RuntimeException {

	private final String action;

	DatabaseNotReadyException(String message, String action) {
		super(message);
		this.action = action;
	}

	String getAction() {
		return this.action;
	}

}
