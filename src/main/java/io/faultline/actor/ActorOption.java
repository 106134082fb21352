package io.faultline.actor;

/** An actor as a choice in a form: its short label, and its full name as a hint. */
public record ActorOption(long id, String label, String name) {

}
