package io.faultline.event;

import java.util.List;

import io.faultline.control.ControlPeriodView;
import io.faultline.source.ClaimView;

/**
 * What an event's page shows every reader, read in one transaction
 * ({@link EventService#view}); or, for an event merged into another, only where it now
 * lives.
 *
 * @param mergedInto the event it was merged into, following chains of merges;
 * {@code null} when it was not, and the only component that is not when it was
 * @param event the event itself
 * @param claims every claim about it, side by side
 * @param controlChanges the changes of control it is the evidence of
 * @param related events at the same place or with the same actors, days around it
 */
record EventView(Long mergedInto, EventDetails event, List<ClaimView> claims, List<ControlPeriodView> controlChanges,
		List<EventSummary> related) {

	static EventView merged(long into) {
		return new EventView(into, null, null, null, null);
	}

}
