package io.faultline.history;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The audit log records every write with who and why, and the history page shows it. Not
 * transactional: each request's own transaction must name its user, as in production.
 */
@IntegrationTest
class HistoryIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	private Long eventId;

	@AfterEach
	void removeTestEvent() {
		if (this.eventId != null) {
			this.jdbc.sql("DELETE FROM event WHERE id = :id").param("id", this.eventId).update();
			this.jdbc.sql("DELETE FROM audit_log WHERE table_name = 'event' AND row_id = :id")
				.param("id", this.eventId)
				.update();
		}
	}

	@Test
	void recordsTheDemoRecordAsLoadedByTheSystem() {
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM audit_log
				 WHERE table_name = 'event' AND action = 'INSERT' AND changed_by = 'system'""")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(60);
	}

	@Test
	void recordsWhoMovedAnEventAndWhyAndShowsTheFieldsThatChanged() {
		this.eventId = this.jdbc
			.sql("""
					INSERT INTO event (event_date, disorder_type_code, event_type_code, sub_event_type_code, place_id, title,
					                   review_status, created_by, updated_by)
					SELECT event_date, disorder_type_code, event_type_code, sub_event_type_code, place_id,
					       'Audited draft <b>', 'IN_REVIEW', 'editor', 'editor'
					  FROM event ORDER BY id LIMIT 1
					RETURNING id""")
			.query(Long.class)
			.single();
		assertThat(this.mvc.post()
			.uri("/review/events/{id}/reject", this.eventId)
			.param("reason", "Second source needed")
			.with(user("reviewer").roles("REVIEWER"))
			.with(csrf())).hasStatus(HttpStatus.FOUND);

		assertThat(this.jdbc
			.sql("""
					SELECT changed_by || '|' || reason || '|' || (old_row ->> 'review_status') || '>' || (new_row ->> 'review_status')
					  FROM audit_log WHERE table_name = 'event' AND row_id = :id AND action = 'UPDATE'""")
			.param("id", this.eventId)
			.query(String.class)
			.list()).containsExactly("reviewer|REJECT: Second source needed|IN_REVIEW>DRAFT");

		assertThat(this.mvc.get().uri("/events/{id}/history", this.eventId).with(user("editor").roles("EDITOR")))
			.hasStatusOk()
			.bodyText()
			.contains("Event #" + this.eventId + " changed", "by reviewer", "REJECT: Second source needed",
					"review_status", "IN_REVIEW", "DRAFT", "Event #" + this.eventId + " created",
					"Audited draft &lt;b&gt;")
			.doesNotContain("Audited draft <b>");
		assertThat(this.mvc.get().uri("/events/{id}/history", this.eventId).with(user("analyst").roles("ANALYST")))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void comparesAnyTwoRevisionsFieldByField() {
		this.eventId = this.jdbc
			.sql("""
					INSERT INTO event (event_date, disorder_type_code, event_type_code, sub_event_type_code, place_id, title,
					                   review_status, created_by, updated_by)
					SELECT event_date, disorder_type_code, event_type_code, sub_event_type_code, place_id,
					       'Compared draft', 'DRAFT', 'editor', 'editor'
					  FROM event ORDER BY id LIMIT 1
					RETURNING id""")
			.query(Long.class)
			.single();
		this.jdbc.sql("UPDATE event SET title = 'Compared draft, retitled' WHERE id = :id")
			.param("id", this.eventId)
			.update();
		this.jdbc.sql("UPDATE event SET fatalities_best = 4 WHERE id = :id").param("id", this.eventId).update();
		List<Long> revisions = this.jdbc
			.sql("SELECT id FROM audit_log WHERE table_name = 'event' AND row_id = :id " + "ORDER BY id")
			.param("id", this.eventId)
			.query(Long.class)
			.list();
		assertThat(revisions).hasSize(3);
		assertThat(this.mvc.get()
			.uri("/events/{id}/history", this.eventId)
			.param("from", String.valueOf(revisions.get(2)))
			.param("to", String.valueOf(revisions.get(0)))
			.with(user("editor").roles("EDITOR"))).hasStatusOk()
			.bodyText()
			.contains("The record after revision #" + revisions.get(0) + " against after #" + revisions.get(2))
			.containsPattern("(?s)<code>fatalities_best</code>.*<td class=\"after\">4</td>")
			.containsPattern("(?s)<code>title</code>.*Compared draft</td>.*Compared draft, retitled</td>");
		long otherRecord = this.jdbc.sql("SELECT min(id) FROM audit_log WHERE table_name = 'event' AND row_id <> :id")
			.param("id", this.eventId)
			.query(Long.class)
			.single();
		assertThat(this.mvc.get()
			.uri("/events/{id}/history", this.eventId)
			.param("from", String.valueOf(otherRecord))
			.param("to", String.valueOf(revisions.get(0)))
			.with(user("editor").roles("EDITOR"))).hasStatusOk()
			.bodyText()
			.contains("These revisions are not of this record.");
	}

	@Test
	void showsThePublishedEventAsTheRecordHeldItOnADate() {
		long kidal = this.jdbc.sql("SELECT min(id) FROM event WHERE review_status = 'PUBLISHED'")
			.query(Long.class)
			.single();
		String title = this.jdbc.sql("SELECT title FROM event WHERE id = :id")
			.param("id", kidal)
			.query(String.class)
			.single();
		assertThat(this.mvc.get().uri("/events/{id}/as-known-on", kidal).with(user("analyst").roles("ANALYST")))
			.hasStatusOk()
			.bodyText()
			.contains(title, "by system");
		assertThat(this.mvc.get()
			.uri("/events/{id}/as-known-on", kidal)
			.param("date", "2020-01-01")
			.with(user("analyst").roles("ANALYST"))).hasStatusOk()
			.bodyText()
			.contains("The published record did not hold this event on that date.");
	}

	@Test
	void listsRecentChangesForReviewers() {
		assertThat(this.mvc.get().uri("/review/activity").with(user("reviewer").roles("REVIEWER"))).hasStatusOk()
			.bodyText()
			.contains("Recent changes", "system");
		assertThat(this.mvc.get().uri("/review/activity").with(user("editor").roles("EDITOR")))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void showsTheHistoryOfAPlaceToEditors() {
		long kidal = this.jdbc.sql("SELECT id FROM place WHERE name = 'Kidal'").query(Long.class).single();
		assertThat(this.mvc.get().uri("/places/{id}/history", kidal).with(user("editor").roles("EDITOR"))).hasStatusOk()
			.bodyText()
			.contains("Place #" + kidal + " created", "Control period #", "by system");
		assertThat(this.mvc.get().uri("/places/{id}/history", kidal).with(user("analyst").roles("ANALYST")))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

}
