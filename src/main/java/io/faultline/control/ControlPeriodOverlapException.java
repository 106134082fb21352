package io.faultline.control;

import java.time.LocalDate;

/**
 * A new control period would overlap one the place already has. Names the conflicting
 * period so the editor can see what to close or shorten.
 */
public class ControlPeriodOverlapException extends RuntimeException {

	private final ControlPeriodView conflicting;

	ControlPeriodOverlapException(String placeName, LocalDate from, LocalDate to, ControlPeriodView conflicting) {
		super(describe(placeName, from, to, conflicting));
		this.conflicting = conflicting;
	}

	/**
	 * The period already recorded, or {@code null} when only the database saw the clash.
	 */
	public ControlPeriodView getConflicting() {
		return this.conflicting;
	}

	private static String describe(String placeName, LocalDate from, LocalDate to, ControlPeriodView conflicting) {
		String requested = "%s from %s%s".formatted(placeName, from, (to != null) ? " until " + to : " onwards");
		if (conflicting == null) {
			return "Control of " + requested + " overlaps a period already recorded for that place.";
		}
		return "Control of %s overlaps period #%d: %s held it from %s%s. Close or shorten that period first.".formatted(
				requested, conflicting.id(), conflicting.actorLabel(), conflicting.validFrom(),
				(conflicting.validTo() != null) ? " until " + conflicting.validTo() : " with no end");
	}

}
