package io.faultline.review;

import java.time.Instant;

import io.faultline.event.ReviewStatus;

public record ReviewDecision(ReviewStatus fromStatus, ReviewStatus toStatus, String decidedBy, Instant decidedAt,
		String reason) {

}
