package io.faultline.event;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * An edit to a published event waits for review while readers keep seeing the published
 * version.
 */
@IntegrationTest
@Transactional
class RevisionIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entities;

	@Test
	void holdsAnEditToAPublishedEventUntilAnotherReviewerAcceptsIt() {
		long id = published("Published before review");
		assertThat(this.mvc.get().uri("/events/{id}/edit", id).with(as("editor", "EDITOR"))).hasStatusOk()
			.bodyText()
			.contains("your change will wait for a reviewer");

		assertThat(edit(id, "Corrected after review", "", "editor")).hasStatusOk()
			.bodyText()
			.contains("Say in a few words why this published event should change.");
		assertThat(edit(id, "Corrected after review", "A second source gives the date", "editor"))
			.hasRedirectedUrl("/events/" + id)
			.flash()
			.containsEntry("notice", "editor.revision.proposed");
		assertThat(title(id)).isEqualTo("Published before review");
		assertThat(this.mvc.get().uri("/events/{id}", id).with(as("analyst", "ANALYST"))).bodyText()
			.contains("Published before review")
			.doesNotContain("Corrected after review");
		assertThat(edit(id, "Another change", "Meanwhile", "editor")).flash()
			.containsEntry("alert", "editor.revision.alreadyPending");

		long revision = this.jdbc.sql("SELECT id FROM event_revision WHERE event_id = :id AND status = 'PENDING'")
			.param("id", id)
			.query(Long.class)
			.single();
		assertThat(this.mvc.get().uri("/review").with(as("reviewer", "REVIEWER"))).bodyText()
			.contains("Changes to published events", "Published before review");
		assertThat(this.mvc.get().uri("/review/revisions/{id}", revision).with(as("reviewer", "REVIEWER")))
			.hasStatusOk()
			.bodyText()
			.contains("Published before review", "Corrected after review", "A second source gives the date");

		assertThat(decide(revision, "accept", "editor")).flash().containsEntry("alert", "editor.revision.ownChange");
		assertThat(title(id)).isEqualTo("Published before review");
		assertThat(decide(revision, "accept", "reviewer")).hasRedirectedUrl("/events/" + id)
			.flash()
			.containsEntry("notice", "editor.revision.accepted");
		assertThat(title(id)).isEqualTo("Corrected after review");
		assertThat(this.jdbc.sql("SELECT review_status || ' ' || updated_by FROM event WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("PUBLISHED editor");
	}

	@Test
	void rejectsAnEditWithAReasonAndKeepsThePublishedVersion() {
		long id = published("Published and disputed");
		edit(id, "Unfounded change", "A rumour", "editor");
		long revision = this.jdbc.sql("SELECT id FROM event_revision WHERE event_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		assertThat(decide(revision, "reject", "reviewer")).flash().containsEntry("alert", "editor.revision.noteNeeded");
		assertThat(this.mvc.post()
			.uri("/review/revisions/{id}/reject", revision)
			.param("note", "Single unverified source")
			.with(as("reviewer", "REVIEWER"))
			.with(csrf())).hasRedirectedUrl("/events/" + id);
		assertThat(title(id)).isEqualTo("Published and disputed");
		assertThat(this.jdbc.sql("SELECT status || ' ' || decision_note FROM event_revision WHERE id = :id")
			.param("id", revision)
			.query(String.class)
			.single()).isEqualTo("REJECTED Single unverified source");
	}

	/** A new event through the form, then published (as review would). */
	private long published(String title) {
		post("/events/new", form(title, 0)).with(as("editor", "EDITOR")).with(csrf()).exchange();
		long id = this.jdbc.sql("SELECT id FROM event WHERE title = :title")
			.param("title", title)
			.query(Long.class)
			.single();
		this.jdbc.sql("UPDATE event SET review_status = 'PUBLISHED' WHERE id = :id").param("id", id).update();
		// The test's one transaction still holds the draft in its persistence context;
		// requests have their own.
		this.entities.clear();
		return id;
	}

	private MvcTestResult edit(long id, String title, String reason, String username) {
		int version = this.jdbc.sql("SELECT version FROM event WHERE id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
		return post("/events/" + id + "/edit", form(title, version)).param("reason", reason)
			.with(as(username, "EDITOR"))
			.with(csrf())
			.exchange();
	}

	private MvcTestResult decide(long revision, String decision, String reviewer) {
		return this.mvc.post()
			.uri("/review/revisions/{id}/" + decision, revision)
			.with(as(reviewer, "REVIEWER"))
			.with(csrf())
			.exchange();
	}

	private Map<String, String> form(String title, int version) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("eventDate", "2024-03-10");
		form.put("datePrecision", "DAY");
		form.put("placeId", String.valueOf(id("SELECT id FROM place WHERE name = 'Kidal'")));
		form.put("eventTypeCode", "BATTLES");
		form.put("subEventTypeCode", "ARMED_CLASH");
		form.put("title", title);
		form.put("participants[0].actorId", String.valueOf(id("SELECT id FROM actor WHERE short_name = 'FAMa'")));
		form.put("participants[0].side", "A");
		form.put("participants[0].role", "PRIMARY");
		form.put("version", String.valueOf(version));
		form.put("confirmDuplicate", "true");
		return form;
	}

	private org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder post(String uri,
			Map<String, String> form) {
		org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder request = this.mvc.post()
			.uri(uri);
		form.forEach(request::param);
		return request;
	}

	private String title(long id) {
		return this.jdbc.sql("SELECT title FROM event WHERE id = :id").param("id", id).query(String.class).single();
	}

	private long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private static RequestPostProcessor as(String username, String role) {
		return user(username).roles(role);
	}

}
