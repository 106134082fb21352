package io.faultline.event;

/**
 * A revision that may not be proposed, accepted or rejected: the message key says why.
 */
class RevisionRefusedException extends RuntimeException {

	private final String messageKey;

	RevisionRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String getMessageKey() {
		return this.messageKey;
	}

}
