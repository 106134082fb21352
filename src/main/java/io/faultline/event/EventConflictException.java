package io.faultline.event;

import java.time.Instant;

/** Someone saved the event after the editor opened it; carries what they saved. */
class EventConflictException extends RuntimeException {

	private final long id;

	private final EventForm saved;

	private final String savedBy;

	private final Instant savedAt;

	EventConflictException(long id, EventForm saved, String savedBy, Instant savedAt) {
		super("Event " + id + " changed meanwhile (now version " + saved.version() + ")");
		this.id = id;
		this.saved = saved;
		this.savedBy = savedBy;
		this.savedAt = savedAt;
	}

	long id() {
		return this.id;
	}

	EventForm saved() {
		return this.saved;
	}

	String savedBy() {
		return this.savedBy;
	}

	Instant savedAt() {
		return this.savedAt;
	}

}
