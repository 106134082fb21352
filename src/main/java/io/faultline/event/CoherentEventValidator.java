package io.faultline.event;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import io.faultline.event.EventForm.ParticipantRow;

class CoherentEventValidator implements ConstraintValidator<CoherentEvent, EventForm> {

	@Override
	public boolean isValid(EventForm form, ConstraintValidatorContext context) {
		if (form == null) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		boolean valid = true;
		if (form.eventDate() != null && form.endDate() != null && form.endDate().isBefore(form.eventDate())) {
			valid = reject(context, "{editor.event.endDate.beforeStart}", "endDate");
		}
		if (outOfOrder(form.fatalitiesLow(), form.fatalitiesBest())) {
			valid = reject(context, "{editor.event.fatalities.lowAboveBest}", "fatalitiesLow");
		}
		if (outOfOrder(form.fatalitiesBest(), form.fatalitiesHigh())
				|| (form.fatalitiesBest() == null && outOfOrder(form.fatalitiesLow(), form.fatalitiesHigh()))) {
			valid = reject(context, "{editor.event.fatalities.highBelowBest}", "fatalitiesHigh");
		}
		List<ParticipantRow> rows = form.participants();
		Set<Long> seen = new HashSet<>();
		boolean sideA = false;
		for (int i = 0; i < rows.size(); i++) {
			ParticipantRow row = rows.get(i);
			if (row.isBlank()) {
				continue;
			}
			if (!seen.add(row.actorId())) {
				valid = rejectRow(context, "{editor.event.participant.twice}", i, "actorId");
			}
			if (row.side() == null) {
				valid = rejectRow(context, "{editor.event.participant.side}", i, "side");
			}
			sideA |= row.side() == Side.A;
		}
		if (!sideA) {
			valid = reject(context, "{editor.event.participants.sideA}", "participants");
		}
		return valid;
	}

	private static boolean outOfOrder(Integer lower, Integer higher) {
		return lower != null && higher != null && lower > higher;
	}

	private static boolean reject(ConstraintValidatorContext context, String message, String field) {
		context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
		return false;
	}

	private static boolean rejectRow(ConstraintValidatorContext context, String message, int index, String field) {
		context.buildConstraintViolationWithTemplate(message)
			.addPropertyNode("participants")
			.addPropertyNode(field)
			.inIterable()
			.atIndex(index)
			.addConstraintViolation();
		return false;
	}

}
