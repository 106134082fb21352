package io.faultline.event;

import java.time.Instant;

/** An edit to a published event, waiting for a reviewer. */
public record PendingRevision(long id, long eventId, String eventTitle, String proposedBy, Instant proposedAt,
		String reason) {

}
