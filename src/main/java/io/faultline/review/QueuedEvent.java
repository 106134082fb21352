package io.faultline.review;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An event waiting for a reviewer, with who last changed it and when it was submitted.
 */
record QueuedEvent(long id, LocalDate eventDate, String title, String placeName, String author, Instant submittedAt) {

}
