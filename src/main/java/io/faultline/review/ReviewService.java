package io.faultline.review;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.faultline.event.ReviewStatus;
import io.faultline.system.FaultlineProperties;

/**
 * Moves events through review. A move happens only from the status it starts from (two
 * reviewers clicking at once: the second is told it has already moved), and every move is
 * recorded with who made it, when, and why.
 */
@Service
public class ReviewService {

	static final int QUEUE_LIMIT = 200;

	private final JdbcClient jdbc;

	private final FaultlineProperties properties;

	private final Clock clock;

	ReviewService(JdbcClient jdbc, FaultlineProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional
	void decide(long eventId, ReviewAction action, String username, String reason) {
		String trimmed = (reason != null) ? reason.strip() : "";
		if (action.isNeedsReason() && trimmed.isEmpty()) {
			throw new ReviewRefusedException("review.refused.reason");
		}
		String author = this.jdbc.sql("SELECT updated_by FROM event WHERE id = :id")
			.param("id", eventId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new ReviewRefusedException("review.refused.missing"));
		if (action == ReviewAction.PUBLISH && this.properties.review().twoPersonRule()
				&& author.equalsIgnoreCase(username)) {
			throw new ReviewRefusedException("review.refused.ownChange");
		}
		int moved = this.jdbc.sql("""
				UPDATE event SET review_status = :to, version = version + 1
				 WHERE id = :id AND review_status = :from""")
			.param("to", action.getTo().name())
			.param("from", action.getFrom().name())
			.param("id", eventId)
			.update();
		if (moved == 0) {
			throw new ReviewRefusedException("review.refused.status");
		}
		this.jdbc.sql("""
				INSERT INTO review_decision (event_id, from_status, to_status, decided_by, decided_at, reason)
				VALUES (:event, :from, :to, :by, :at, :reason)""")
			.param("event", eventId)
			.param("from", action.getFrom().name())
			.param("to", action.getTo().name())
			.param("by", username)
			.param("at", Instant.now(this.clock).atOffset(ZoneOffset.UTC))
			.param("reason", trimmed.isEmpty() ? null : trimmed)
			.update();
	}

	/** Events in review, the longest waiting first. */
	@Transactional(readOnly = true)
	List<QueuedEvent> queue() {
		return this.jdbc.sql("""
				SELECT e.id, e.event_date, e.title, p.name AS place_name, e.updated_by,
				       (SELECT max(d.decided_at) FROM review_decision d
				         WHERE d.event_id = e.id AND d.to_status = 'IN_REVIEW') AS submitted_at
				  FROM event e JOIN place p ON p.id = e.place_id
				 WHERE e.review_status = 'IN_REVIEW'
				 ORDER BY submitted_at NULLS FIRST, e.id
				 LIMIT :limit""")
			.param("limit", QUEUE_LIMIT)
			.query((row, n) -> new QueuedEvent(row.getLong("id"),
					row.getObject("event_date", java.time.LocalDate.class), row.getString("title"),
					row.getString("place_name"), row.getString("updated_by"),
					row.getObject("submitted_at", java.time.OffsetDateTime.class) != null
							? row.getObject("submitted_at", java.time.OffsetDateTime.class).toInstant() : null))
			.list();
	}

	/** An event's moves through review, oldest first. */
	@Transactional(readOnly = true)
	public List<ReviewDecision> historyOf(long eventId) {
		return this.jdbc.sql("""
				SELECT from_status, to_status, decided_by, decided_at, reason FROM review_decision
				 WHERE event_id = :event ORDER BY decided_at, id""")
			.param("event", eventId)
			.query((row, n) -> new ReviewDecision(ReviewStatus.valueOf(row.getString("from_status")),
					ReviewStatus.valueOf(row.getString("to_status")), row.getString("decided_by"),
					row.getObject("decided_at", java.time.OffsetDateTime.class).toInstant(), row.getString("reason")))
			.list();
	}

	/** The moves open to this user from this status (the page offers only these). */
	public List<ReviewAction> actionsFor(ReviewStatus status, java.util.function.Predicate<ReviewAction> allowed) {
		return java.util.Arrays.stream(ReviewAction.values())
			.filter((action) -> action.getFrom() == status && allowed.test(action))
			.toList();
	}

}
