package io.faultline.event;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges an event into another that reports the same thing: its claims, participants and
 * the control periods it evidences move to the survivor; it is archived and points there.
 */
@Service
class EventMergeService {

	private final JdbcClient jdbc;

	EventMergeService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	void merge(long mergedId, long survivorId) {
		if (mergedId == survivorId) {
			throw new RevisionRefusedException("editor.merge.self");
		}
		String survivorStatus = status(survivorId)
			.orElseThrow(() -> new RevisionRefusedException("editor.merge.noSurvivor"));
		String mergedStatus = status(mergedId).orElseThrow(() -> new EventNotFoundException(mergedId));
		if ("ARCHIVED".equals(survivorStatus) || "ARCHIVED".equals(mergedStatus)) {
			throw new RevisionRefusedException("editor.merge.archived");
		}
		this.jdbc.sql("UPDATE claim SET event_id = :survivor WHERE event_id = :merged")
			.param("survivor", survivorId)
			.param("merged", mergedId)
			.update();
		this.jdbc.sql("""
				INSERT INTO event_actor (event_id, actor_id, side, role)
				SELECT :survivor, actor_id, side, role FROM event_actor WHERE event_id = :merged
				ON CONFLICT ON CONSTRAINT event_actor_event_actor_key DO NOTHING""")
			.param("survivor", survivorId)
			.param("merged", mergedId)
			.update();
		this.jdbc.sql("UPDATE control_period SET evidence_event_id = :survivor WHERE evidence_event_id = :merged")
			.param("survivor", survivorId)
			.param("merged", mergedId)
			.update();
		this.jdbc.sql("""
				UPDATE event SET review_status = 'ARCHIVED', merged_into_id = :survivor, version = version + 1
				 WHERE id = :merged""").param("survivor", survivorId).param("merged", mergedId).update();
	}

	/** Where a merged-away event now lives, following chains of merges. */
	@Transactional(readOnly = true)
	Optional<Long> survivorOf(long id) {
		return this.jdbc.sql("""
				WITH RECURSIVE chain AS (
				    SELECT id, merged_into_id, 0 AS depth FROM event WHERE id = :id
				    UNION ALL
				    SELECT e.id, e.merged_into_id, c.depth + 1 FROM event e JOIN chain c ON e.id = c.merged_into_id
				     WHERE c.depth < 20
				)
				SELECT id FROM chain WHERE merged_into_id IS NULL AND depth > 0""")
			.param("id", id)
			.query(Long.class)
			.optional();
	}

	private Optional<String> status(long id) {
		return this.jdbc.sql("SELECT review_status FROM event WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

}
