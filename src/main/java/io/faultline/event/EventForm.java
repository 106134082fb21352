package io.faultline.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import io.faultline.system.DatePrecision;

/**
 * An event as an editor types it, for a new event or an edit. Participants come as a
 * fixed number of rows; blank rows mean nothing. {@code version} is the version the
 * editor started from; {@code confirmDuplicate} says they saw the possible duplicates and
 * save anyway.
 */
@CoherentEvent
public record EventForm(@NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate eventDate,
		@NotNull DatePrecision datePrecision, @DateTimeFormat(iso = ISO.DATE) LocalDate endDate, @NotNull Long placeId,
		@NotBlank String eventTypeCode, @NotBlank String subEventTypeCode,
		@Min(value = 0, message = "{editor.number.negative}") Integer fatalitiesLow,
		@Min(value = 0, message = "{editor.number.negative}") Integer fatalitiesBest,
		@Min(value = 0, message = "{editor.number.negative}") Integer fatalitiesHigh, Boolean civilianTargeting,
		@NotBlank @Size(max = 300, message = "{editor.text.tooLong}") String title,
		@Size(max = 5000, message = "{editor.text.tooLong}") String summary,
		@Size(max = 5000, message = "{editor.text.tooLong}") String notes, List<ParticipantRow> participants,
		Integer version, Boolean confirmDuplicate) {

	/** Blank participant rows offered at least, and beyond those already filled. */
	static final int BLANK_ROWS = 6;

	/** An unticked checkbox sends nothing: false. */
	public EventForm {
		civilianTargeting = Boolean.TRUE.equals(civilianTargeting);
		confirmDuplicate = Boolean.TRUE.equals(confirmDuplicate);
		version = (version != null) ? version : 0;
		participants = padded(participants);
	}

	static EventForm empty() {
		return new EventForm(null, DatePrecision.DAY, null, null, null, null, null, null, null, false, null, null, null,
				List.of(), 0, false);
	}

	static EventForm of(Event event) {
		List<ParticipantRow> rows = event.getParticipants()
			.stream()
			.map((participant) -> new ParticipantRow(participant.getActor().getId(), participant.getSide(),
					participant.getRole()))
			.toList();
		return new EventForm(event.getEventDate(), event.getDatePrecision(), event.getEndDate(),
				event.getPlace().getId(), event.getEventTypeCode(), event.getSubEventTypeCode(),
				event.getFatalitiesLow(), event.getFatalitiesBest(), event.getFatalitiesHigh(),
				event.isCivilianTargeting(), event.getTitle(), event.getSummary(), event.getNotes(), rows,
				event.getVersion(), false);
	}

	/**
	 * The same input against another version: what a conflict page offers to resubmit.
	 */
	EventForm atVersion(Integer version) {
		return new EventForm(this.eventDate, this.datePrecision, this.endDate, this.placeId, this.eventTypeCode,
				this.subEventTypeCode, this.fatalitiesLow, this.fatalitiesBest, this.fatalitiesHigh,
				this.civilianTargeting, this.title, this.summary, this.notes, this.participants, version,
				this.confirmDuplicate);
	}

	/** The participant rows the editor filled in. */
	List<ParticipantRow> filledParticipants() {
		return this.participants.stream().filter((row) -> !row.isBlank()).toList();
	}

	private static List<ParticipantRow> padded(List<ParticipantRow> rows) {
		List<ParticipantRow> all = new ArrayList<>();
		if (rows != null) {
			rows.forEach((row) -> all.add((row != null) ? row : ParticipantRow.blank()));
		}
		long filled = all.stream().filter((row) -> !row.isBlank()).count();
		while (all.size() < Math.max(BLANK_ROWS, filled + 2)) {
			all.add(ParticipantRow.blank());
		}
		return List.copyOf(all);
	}

	/** One actor of the event; a row without an actor is blank. */
	public record ParticipantRow(Long actorId, Side side, ParticipantRole role) {

		static ParticipantRow blank() {
			return new ParticipantRow(null, null, null);
		}

		boolean isBlank() {
			return this.actorId == null;
		}

	}

}
