package io.faultline.event;

/** A primary actor of a side, or one associated with it (ACLED's {@code assoc_actor}). */
public enum ParticipantRole {

	PRIMARY, ASSOCIATED

}
