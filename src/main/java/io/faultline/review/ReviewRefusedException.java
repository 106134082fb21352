package io.faultline.review;

/** A review move that may not happen: its message key says why. */
class ReviewRefusedException extends RuntimeException {

	private final String messageKey;

	ReviewRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String getMessageKey() {
		return this.messageKey;
	}

}
