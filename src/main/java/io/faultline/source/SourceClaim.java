package io.faultline.source;

import java.time.LocalDate;

record SourceClaim(long eventId, String title, LocalDate eventDate, Stance stance, LocalDate publishedOn) {

}
