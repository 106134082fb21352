package io.faultline.control;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * A control period as an editor records it. {@code validTo} is the first day it no longer
 * holds; empty while it still holds.
 */
record ControlPeriodForm(@NotNull Long placeId, @NotNull Long actorId, Long challengerId, @NotNull ControlStatus status,
		@NotNull ControlBasis basis, @NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate validFrom,
		@DateTimeFormat(iso = ISO.DATE) LocalDate validTo, Long evidenceEventId, @Size(max = 2000) String note,
		Boolean closeCurrent) {

	/** An unticked box sends nothing: do not close. */
	ControlPeriodForm {
		closeCurrent = Boolean.TRUE.equals(closeCurrent);
	}

	static ControlPeriodForm forPlace(long placeId) {
		return new ControlPeriodForm(placeId, null, null, ControlStatus.CONTROLLED, ControlBasis.ASSESSED, null, null,
				null, "", false);
	}

	/**
	 * What a change-of-control event proposes: its side A takes the place from its date,
	 * closing the holder's period.
	 */
	static ControlPeriodForm fromEvent(long placeId, Long actorId, LocalDate date, long eventId) {
		return new ControlPeriodForm(placeId, actorId, null, ControlStatus.CONTROLLED, ControlBasis.ASSESSED, date,
				null, eventId, "", true);
	}

	boolean endsAfterItStarts() {
		return this.validFrom == null || this.validTo == null || this.validTo.isAfter(this.validFrom);
	}

}
