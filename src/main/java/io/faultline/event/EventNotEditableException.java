package io.faultline.event;

/** Published and archived events change through the review workflow, not this form. */
class EventNotEditableException extends RuntimeException {

	private final long id;

	EventNotEditableException(long id, ReviewStatus status) {
		super("Event " + id + " is " + status + " and cannot be edited directly");
		this.id = id;
	}

	long id() {
		return this.id;
	}

}
