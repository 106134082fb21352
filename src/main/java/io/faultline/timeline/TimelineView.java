package io.faultline.timeline;

/**
 * What the timeline page shows of a filter, read in one transaction
 * ({@link TimelineService#view}).
 *
 * @param choices what the filter form offers
 * @param page the rows, or {@code null} when the filter has errors
 * @param count the (capped) number of events, or {@code null} when only rows were asked
 * for or the filter has errors
 * @param chart the chart, or {@code null} when there is nothing to chart, only rows were
 * asked for, or the filter has errors
 */
record TimelineView(TimelineChoices choices, TimelinePage page, Long count, TimelineChart chart) {

}
