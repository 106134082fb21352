package io.faultline.api;

import java.time.LocalDate;
import java.util.List;

import io.faultline.event.EventForm;
import io.faultline.event.EventForm.ParticipantRow;
import io.faultline.source.ClaimsForm;
import io.faultline.source.ClaimsForm.ClaimRow;
import io.faultline.system.DatePrecision;

/**
 * A new draft event with its claims, as an editor's script sends it. The fields are those
 * of the event form ({@code datePrecision} defaults to {@code DAY}) and of the claims
 * form, and are checked by the same rules.
 *
 * @param participants actors on side A or B, as primary or associated
 * @param confirmDuplicate save even when possible duplicates exist (else 409 lists them)
 * @param claims what sources said about it; may be empty
 */
public record EventCreation(LocalDate eventDate, DatePrecision datePrecision, LocalDate endDate, Long placeId,
		String eventTypeCode, String subEventTypeCode, Integer fatalitiesLow, Integer fatalitiesBest,
		Integer fatalitiesHigh, Boolean civilianTargeting, String title, String summary, String notes,
		List<ParticipantRow> participants, Boolean confirmDuplicate, List<ClaimRow> claims) {

	EventForm form() {
		return new EventForm(this.eventDate, (this.datePrecision != null) ? this.datePrecision : DatePrecision.DAY,
				this.endDate, this.placeId, this.eventTypeCode, this.subEventTypeCode, this.fatalitiesLow,
				this.fatalitiesBest, this.fatalitiesHigh, this.civilianTargeting, this.title, this.summary, this.notes,
				this.participants, 0, this.confirmDuplicate);
	}

	boolean hasClaims() {
		return this.claims != null && !new ClaimsForm(this.claims).filled().isEmpty();
	}

	ClaimsForm claimsForm() {
		return new ClaimsForm(this.claims);
	}

}
