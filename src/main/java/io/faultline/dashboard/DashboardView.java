package io.faultline.dashboard;

import java.util.List;

import io.faultline.control.ControlPeriodView;
import io.faultline.event.EventSummary;

/** What the dashboard shows of a period, its chart as the JSON the page embeds. */
record DashboardView(DashboardFigures figures, List<ActiveActor> actors, List<EventSummary> events,
		List<ControlPeriodView> changes, String chartJson) {

}
