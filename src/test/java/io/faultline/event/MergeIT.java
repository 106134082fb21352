package io.faultline.event;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Two reports of one event become one; the merged-away event leads to its survivor. */
@IntegrationTest
@Transactional
class MergeIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void keepsClaimsAndParticipantsOnTheSurvivorAndRedirectsToIt() {
		long survivor = copyOfDemoEvent("Survivor report", "FAMa");
		long merged = copyOfDemoEvent("Second report", "CSP-PSD");
		long claims = count("SELECT count(*) FROM claim WHERE event_id IN (" + survivor + ", " + merged + ")");

		assertThat(merge(merged, survivor)).hasRedirectedUrl("/events/" + survivor)
			.flash()
			.containsEntry("notice", "editor.merge.done");

		assertThat(count("SELECT count(*) FROM claim WHERE event_id = " + survivor)).isEqualTo(claims);
		assertThat(this.jdbc.sql("""
				SELECT a.short_name FROM event_actor ea JOIN actor a ON a.id = ea.actor_id
				 WHERE ea.event_id = :id ORDER BY a.short_name""").param("id", survivor).query(String.class).list())
			.containsExactly("CSP-PSD", "FAMa");
		assertThat(this.jdbc.sql("SELECT review_status || ' ' || merged_into_id FROM event WHERE id = :id")
			.param("id", merged)
			.query(String.class)
			.single()).isEqualTo("ARCHIVED " + survivor);
		assertThat(this.mvc.get().uri("/events/{id}", merged).with(user("analyst").roles("ANALYST")))
			.hasRedirectedUrl("/events/" + survivor);
	}

	@Test
	void refusesToMergeAnEventIntoItselfOrIntoNothing() {
		long event = copyOfDemoEvent("Lonely report", "FAMa");
		assertThat(merge(event, event)).flash().containsEntry("alert", "editor.merge.self");
		assertThat(merge(event, 987654321L)).flash().containsEntry("alert", "editor.merge.noSurvivor");
		assertThat(this.jdbc.sql("SELECT review_status FROM event WHERE id = :id")
			.param("id", event)
			.query(String.class)
			.single()).isEqualTo("PUBLISHED");
	}

	/**
	 * A published event at the first demo event's place, with one claim and one
	 * participant.
	 */
	private long copyOfDemoEvent(String title, String actor) {
		long id = this.jdbc
			.sql("""
					INSERT INTO event (event_date, disorder_type_code, event_type_code, sub_event_type_code, place_id, title,
					                   review_status)
					SELECT event_date, disorder_type_code, event_type_code, sub_event_type_code, place_id, :title, 'PUBLISHED'
					  FROM event ORDER BY id LIMIT 1
					RETURNING id""")
			.param("title", title)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				INSERT INTO claim (event_id, source_id, stance, url)
				SELECT :id, min(id), 'REPORTS', 'https://example.org/' || :id FROM source""").param("id", id).update();
		this.jdbc
			.sql("""
					INSERT INTO event_actor (event_id, actor_id, side) SELECT :id, id, 'A' FROM actor WHERE short_name = :actor""")
			.param("id", id)
			.param("actor", actor)
			.update();
		return id;
	}

	private MvcTestResult merge(long merged, long into) {
		return this.mvc.post()
			.uri("/review/events/{id}/merge", merged)
			.param("into", String.valueOf(into))
			.with(user("reviewer").roles("REVIEWER"))
			.with(csrf())
			.exchange();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
