package io.faultline.event;

import java.util.List;
import java.util.Optional;

import io.faultline.actor.ActorOption;
import io.faultline.system.DatePrecision;

/** What the event form offers to choose from. */
record EventChoices(List<EventTypeOption> eventTypes, List<EventTypeOption> subEventTypes, List<ActorOption> actors,
		List<DatePrecision> precisions, List<Side> sides, List<ParticipantRole> roles) {

	EventChoices(List<EventTypeOption> eventTypes, List<EventTypeOption> subEventTypes, List<ActorOption> actors) {
		this(eventTypes, subEventTypes, actors, List.of(DatePrecision.values()), List.of(Side.values()),
				List.of(ParticipantRole.values()));
	}

	Optional<String> disorderOf(String eventTypeCode) {
		return this.eventTypes.stream()
			.filter((type) -> type.code().equals(eventTypeCode))
			.map(EventTypeOption::parentCode)
			.findFirst();
	}

	boolean isSubTypeOf(String subEventTypeCode, String eventTypeCode) {
		return this.subEventTypes.stream()
			.anyMatch((sub) -> sub.code().equals(subEventTypeCode) && sub.parentCode().equals(eventTypeCode));
	}

	boolean hasActor(Long id) {
		return this.actors.stream().anyMatch((actor) -> actor.id() == id);
	}

}
