package io.faultline.ingest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * An event imported from ACLED stays out of anonymous views (the test profile reads
 * anonymously) until an administrator shares ACLED data; signed-in readers always see it.
 * Not transactional: each request's connection must learn who is reading, as in
 * production.
 */
@IntegrationTest
class AcledTermsIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AcledTerms terms;

	private long eventId;

	private String title;

	@BeforeEach
	void markADemoEventAsImportedFromAcled() {
		this.eventId = this.jdbc.sql("SELECT min(id) FROM event WHERE review_status = 'PUBLISHED'")
			.query(Long.class)
			.single();
		this.title = this.jdbc.sql("SELECT title FROM event WHERE id = :id")
			.param("id", this.eventId)
			.query(String.class)
			.single();
		this.jdbc.sql("UPDATE event SET acled_event_id = 'MLI-IT-1' WHERE id = :id").param("id", this.eventId).update();
	}

	@AfterEach
	void restore() {
		this.jdbc.sql("UPDATE event SET acled_event_id = NULL WHERE id = :id").param("id", this.eventId).update();
		this.terms.sharePublicly(false, "test");
	}

	@Test
	void hidesAcledEventsFromAnonymousReadersOnly() {
		assertThat(this.mvc.get().uri("/events/{id}", this.eventId).with(anonymous())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/timeline").param("to", "2012-12-31").with(anonymous())).hasStatusOk()
			.bodyText()
			.doesNotContain(this.title);
		assertThat(this.mvc.get().uri("/events/{id}", this.eventId).with(user("analyst").roles("ANALYST")))
			.hasStatusOk();
		assertThat(this.mvc.get().uri("/timeline").param("to", "2012-12-31").with(user("analyst").roles("ANALYST")))
			.bodyText()
			.contains(this.title);
		assertThat(this.terms.shownTo(null)).isFalse();
	}

	@Test
	void showsThemToEverybodyOnceAnAdministratorSharesThem() {
		this.terms.sharePublicly(true, "admin");
		assertThat(this.terms.sharedPublicly()).isTrue();
		assertThat(this.mvc.get().uri("/events/{id}", this.eventId).with(anonymous())).hasStatusOk();
		assertThat(this.mvc.get().uri("/timeline").param("to", "2012-12-31").with(anonymous())).bodyText()
			.contains(this.title);
	}

}
