package io.faultline.review;

import io.faultline.account.Role;
import io.faultline.event.ReviewStatus;

/**
 * The moves an event can make through review, who may make them, and whether they need a
 * reason.
 */
public enum ReviewAction {

	/** An editor asks for review. */
	SUBMIT(ReviewStatus.DRAFT, ReviewStatus.IN_REVIEW, Role.EDITOR, false),
	/** A reviewer publishes; not their own change while the two-person rule holds. */
	PUBLISH(ReviewStatus.IN_REVIEW, ReviewStatus.PUBLISHED, Role.REVIEWER, false),
	/** A reviewer sends it back to its editor, saying why. */
	REJECT(ReviewStatus.IN_REVIEW, ReviewStatus.DRAFT, Role.REVIEWER, true),
	/** A reviewer withdraws a published event from the record, saying why. */
	ARCHIVE(ReviewStatus.PUBLISHED, ReviewStatus.ARCHIVED, Role.REVIEWER, true);

	private final ReviewStatus from;

	private final ReviewStatus to;

	private final Role role;

	private final boolean needsReason;

	ReviewAction(ReviewStatus from, ReviewStatus to, Role role, boolean needsReason) {
		this.from = from;
		this.to = to;
		this.role = role;
		this.needsReason = needsReason;
	}

	public ReviewStatus getFrom() {
		return this.from;
	}

	public ReviewStatus getTo() {
		return this.to;
	}

	public Role getRole() {
		return this.role;
	}

	public boolean isNeedsReason() {
		return this.needsReason;
	}

	/** The path the action is posted to; reviewers' decisions live under /review. */
	public String path(long eventId) {
		return (this == SUBMIT) ? "/events/" + eventId + "/submit"
				: "/review/events/" + eventId + "/" + name().toLowerCase(java.util.Locale.ROOT);
	}

}
