package io.faultline.event;

import java.util.List;

import io.faultline.control.ControlPeriodView;
import io.faultline.source.ClaimView;

/**
 * What an event's page shows every reader, read in one transaction
 * ({@link EventService#view}).
 *
 * @param event the event itself
 * @param claims every claim about it, side by side
 * @param controlChanges the changes of control it is the evidence of
 * @param related events at the same place or with the same actors, days around it
 */
record EventView(EventDetails event, List<ClaimView> claims, List<ControlPeriodView> controlChanges,
		List<EventSummary> related) {

}
