package io.faultline.control;

import java.time.LocalDate;

import io.faultline.system.LocalizedName;

/**
 * A control period as lists show it; {@code validTo} is exclusive, {@code null} while it
 * holds.
 */
public record ControlPeriodView(long id, long placeId, LocalizedName placeName, long actorId, String actorName,
		String actorLabel, String actorColour, Long challengerId, String challengerLabel, ControlStatus status,
		ControlBasis basis, LocalDate validFrom, LocalDate validTo, Long evidenceEventId, String evidenceEventTitle,
		String note) {

	public boolean isOpen() {
		return this.validTo == null;
	}

}
