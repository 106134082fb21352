package io.faultline.api;

import java.util.List;

import io.faultline.timeline.TimelineEntry;

/**
 * One page of events, newest first unless {@code order=oldest}.
 *
 * @param items the events of this page
 * @param limit the most events a page holds
 * @param next the URL of the next page (the same filters, the cursor moved past the last
 * event of this one), or {@code null} on the last page
 */
public record EventPage(List<TimelineEntry> items, int limit, String next) {

}
