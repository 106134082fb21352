package io.faultline.actor;

import java.util.List;

import io.faultline.control.ControlPeriodView;
import io.faultline.event.EventSummary;
import io.faultline.timeline.TimelineChart;

/**
 * What an actor's page shows, read in one transaction ({@link ActorService#view}).
 *
 * @param actor the actor itself
 * @param lineage its predecessors, successors, coalitions and members
 * @param chart the timeline chart of its events and its coalition's
 * @param events its newest events
 * @param eventCount how many events it took part in
 * @param control the places it held, newest period first
 */
record ActorView(ActorDetails actor, ActorLineage lineage, TimelineChart chart, List<EventSummary> events,
		long eventCount, List<ControlPeriodView> control) {

}
