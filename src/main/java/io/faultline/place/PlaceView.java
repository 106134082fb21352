package io.faultline.place;

import java.util.List;

import io.faultline.control.ControlPeriodView;
import io.faultline.event.EventSummary;
import io.faultline.timeline.TimelineChart;

/**
 * What a place's page shows, read in one transaction ({@link PlaceService#view}).
 *
 * @param place the place itself
 * @param control who held it, newest period first
 * @param nearby the nearest places within a distance
 * @param chart the timeline chart of its events
 * @param events its newest events
 * @param eventCount how many events it has in all
 */
record PlaceView(PlaceDetails place, List<ControlPeriodView> control, List<NearbyPlace> nearby, TimelineChart chart,
		List<EventSummary> events, long eventCount) {

}
