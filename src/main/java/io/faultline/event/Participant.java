package io.faultline.event;

/** An actor as it took part in an event. */
public record Participant(long actorId, String name, String label, String colour, Side side, ParticipantRole role) {

}
