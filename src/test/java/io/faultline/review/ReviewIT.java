package io.faultline.review;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** An event's way from draft to the published record, and the rules on the way. */
@IntegrationTest
@Transactional
class ReviewIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void takesADraftThroughReviewToPublication() {
		long id = draftBy("editor");
		assertThat(this.mvc.get().uri("/events/{id}", id).with(as("editor", "EDITOR"))).hasStatusOk()
			.bodyText()
			.contains("Submit for review")
			.doesNotContain(">Publish<");
		assertThat(post("/events/{id}/submit", id, as("editor", "EDITOR"))).hasRedirectedUrl("/events/" + id);
		assertThat(status(id)).isEqualTo("IN_REVIEW");
		assertThat(this.mvc.get().uri("/review").with(as("reviewer", "REVIEWER"))).hasStatusOk()
			.bodyText()
			.contains("Draft for review", "editor");

		assertThat(post("/review/events/{id}/publish", id, as("reviewer", "REVIEWER")))
			.hasRedirectedUrl("/events/" + id);
		assertThat(status(id)).isEqualTo("PUBLISHED");
		assertThat(this.mvc.get().uri("/events/{id}", id)).hasStatusOk().bodyText().contains("Draft for review");
		assertThat(this.jdbc
			.sql("SELECT decided_by || ':' || to_status FROM review_decision WHERE event_id = :id ORDER BY id")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("editor:IN_REVIEW", "reviewer:PUBLISHED");
		assertThat(this.mvc.get().uri("/events/{id}", id).with(as("editor", "EDITOR"))).bodyText()
			.contains("reviewer: In review → Published");
	}

	@Test
	void refusesToLetAReviewerPublishTheirOwnChange() {
		long id = draftBy("reviewer");
		this.jdbc.sql("UPDATE event SET review_status = 'IN_REVIEW' WHERE id = :id").param("id", id).update();
		assertThat(post("/review/events/{id}/publish", id, as("reviewer", "REVIEWER")))
			.hasRedirectedUrl("/events/" + id)
			.flash()
			.containsEntry("alert", "review.refused.ownChange");
		assertThat(status(id)).isEqualTo("IN_REVIEW");
		assertThat(post("/review/events/{id}/publish", id, as("reviewer2", "REVIEWER"))).flash()
			.containsEntry("notice", "review.done.PUBLISH");
		assertThat(status(id)).isEqualTo("PUBLISHED");
	}

	@Test
	void asksForAReasonToSendBackOrArchive() {
		long id = draftBy("editor");
		this.jdbc.sql("UPDATE event SET review_status = 'IN_REVIEW' WHERE id = :id").param("id", id).update();
		assertThat(post("/review/events/{id}/reject", id, as("reviewer", "REVIEWER"))).flash()
			.containsEntry("alert", "review.refused.reason");
		assertThat(status(id)).isEqualTo("IN_REVIEW");
		assertThat(this.mvc.post()
			.uri("/review/events/{id}/reject", id)
			.param("reason", "Second source needed")
			.with(as("reviewer", "REVIEWER"))
			.with(csrf())).flash().containsEntry("notice", "review.done.REJECT");
		assertThat(status(id)).isEqualTo("DRAFT");

		long published = this.jdbc.sql("SELECT min(id) FROM event WHERE review_status = 'PUBLISHED'")
			.query(Long.class)
			.single();
		assertThat(this.mvc.post()
			.uri("/review/events/{id}/archive", published)
			.param("reason", "Duplicate of another event")
			.with(as("reviewer", "REVIEWER"))
			.with(csrf())).flash().containsEntry("notice", "review.done.ARCHIVE");
		assertThat(this.mvc.get().uri("/events/{id}", published)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void refusesAMoveFromTheWrongStatus() {
		long published = this.jdbc.sql("SELECT min(id) FROM event WHERE review_status = 'PUBLISHED'")
			.query(Long.class)
			.single();
		assertThat(post("/review/events/{id}/publish", published, as("reviewer", "REVIEWER"))).flash()
			.containsEntry("alert", "review.refused.status");
		assertThat(status(published)).isEqualTo("PUBLISHED");
	}

	@Test
	void keepsEachMoveToItsRoleAndToFormsWithCsrf() {
		long id = draftBy("editor");
		assertThat(post("/events/{id}/submit", id, as("analyst", "ANALYST"))).hasStatus(HttpStatus.FORBIDDEN);
		this.jdbc.sql("UPDATE event SET review_status = 'IN_REVIEW' WHERE id = :id").param("id", id).update();
		assertThat(post("/review/events/{id}/publish", id, as("editor2", "EDITOR"))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/review").with(as("editor", "EDITOR"))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/review/events/{id}/publish", id).with(as("reviewer", "REVIEWER")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(status(id)).isEqualTo("IN_REVIEW");
	}

	/** A copy of a demo event, as a draft last changed by {@code author}. */
	private long draftBy(String author) {
		return this.jdbc.sql("""
				INSERT INTO event (event_date, date_precision, disorder_type_code, event_type_code, sub_event_type_code,
				                   place_id, title, review_status, created_by, updated_by)
				SELECT event_date, date_precision, disorder_type_code, event_type_code, sub_event_type_code, place_id,
				       'Draft for review', 'DRAFT', :author, :author
				  FROM event ORDER BY id LIMIT 1
				RETURNING id""").param("author", author).query(Long.class).single();
	}

	private String status(long id) {
		return this.jdbc.sql("SELECT review_status FROM event WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult post(String uri, long id,
			RequestPostProcessor user) {
		return this.mvc.post().uri(uri, id).with(user).with(csrf()).exchange();
	}

	private static RequestPostProcessor as(String username, String role) {
		return user(username).roles(role);
	}

}
