package io.faultline.event;

import java.time.LocalDate;
import java.util.List;

import io.faultline.place.LocationPrecision;
import io.faultline.system.DatePrecision;
import io.faultline.system.LocalizedName;

/**
 * Everything the event page shows about the event itself; claims and control come beside
 * it.
 */
public record EventDetails(long id, LocalDate eventDate, DatePrecision datePrecision, LocalDate endDate, String title,
		String summary, String notes, LocalizedName disorderType, LocalizedName eventType, LocalizedName subEventType,
		long placeId, LocalizedName placeName, double latitude, double longitude, LocationPrecision locationPrecision,
		Integer fatalitiesLow, Integer fatalitiesBest, Integer fatalitiesHigh, boolean civilianTargeting,
		ReviewStatus reviewStatus, String acledEventId, List<Participant> participants, String subEventTypeCode) {

	public List<Participant> side(Side side) {
		return this.participants.stream().filter((participant) -> participant.side() == side).toList();
	}

	/** A battle won or a handover: the event moves control of its place. */
	public boolean changesControl() {
		return CONTROL_CHANGES.contains(this.subEventTypeCode);
	}

	public List<Side> sides() {
		return List.of(Side.values());
	}

	public List<Long> participantIds() {
		return this.participants.stream().map(Participant::actorId).toList();
	}

	static final List<String> CONTROL_CHANGES = List.of("GOVERNMENT_REGAINS_TERRITORY",
			"NON_STATE_ACTOR_OVERTAKES_TERRITORY", "NON_VIOLENT_TRANSFER_OF_TERRITORY");

	public boolean hasFatalities() {
		return this.fatalitiesLow != null || this.fatalitiesBest != null || this.fatalitiesHigh != null;
	}

}
