package io.faultline.timeline;

import org.springframework.stereotype.Component;

/**
 * The timeline chart for other features' pages: a place's events, an actor's with its
 * coalition.
 */
@Component
public class TimelineCharts {

	private final TimelineService timeline;

	TimelineCharts(TimelineService timeline) {
		this.timeline = timeline;
	}

	public TimelineChart atPlace(long placeId) {
		return this.timeline.chart(TimelineFilter.atPlace(placeId));
	}

	public TimelineChart withActor(long actorId) {
		return this.timeline.chart(TimelineFilter.withActor(actorId));
	}

}
