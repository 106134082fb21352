package io.faultline.event;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Many editors save the same draft at the same moment, each from the version they opened:
 * exactly one edit lands, every other one gets the conflict page, and the record holds
 * the winner's title with its version raised once. Not transactional: each request
 * commits on its own, as in production.
 */
@IntegrationTest
class ConcurrentEditIT {

	private static final int EDITORS = 12;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	private Long draft;

	@AfterEach
	void removeTheDraft() {
		if (this.draft != null) {
			this.jdbc.sql("DELETE FROM event WHERE id = :id").param("id", this.draft).update();
		}
	}

	@Test
	void oneEditWinsAndEveryOtherGetsAConflict() throws Exception {
		this.draft = this.jdbc
			.sql("""
					INSERT INTO event (event_date, disorder_type_code, event_type_code, sub_event_type_code, place_id, title,
					                   review_status, created_by, updated_by)
					SELECT DATE '2024-03-10', t.disorder_type_code, t.code, 'ARMED_CLASH', p.id, 'CT draft', 'DRAFT',
					       'editor', 'editor'
					  FROM event_type t, place p WHERE t.code = 'BATTLES' AND p.name = 'Kidal'
					RETURNING id""")
			.query(Long.class)
			.single();
		long fama = this.jdbc.sql("SELECT id FROM actor WHERE short_name = 'FAMa'").query(Long.class).single();
		this.jdbc.sql("INSERT INTO event_actor (event_id, actor_id, side) VALUES (:event, :actor, 'A')")
			.param("event", this.draft)
			.param("actor", fama)
			.update();
		long place = this.jdbc.sql("SELECT place_id FROM event WHERE id = :id")
			.param("id", this.draft)
			.query(Long.class)
			.single();

		ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> statuses = new ArrayList<>();
		for (int i = 0; i < EDITORS; i++) {
			String title = "CT edit " + i;
			statuses.add(pool.submit(() -> {
				start.await();
				MvcTestResult result = this.mvc.post()
					.uri("/events/{id}/edit", this.draft)
					.param("eventDate", "2024-03-10")
					.param("datePrecision", "DAY")
					.param("placeId", String.valueOf(place))
					.param("eventTypeCode", "BATTLES")
					.param("subEventTypeCode", "ARMED_CLASH")
					.param("title", title)
					.param("participants[0].actorId", String.valueOf(fama))
					.param("participants[0].side", "A")
					.param("participants[0].role", "PRIMARY")
					.param("version", "0")
					.with(user("editor").roles("EDITOR"))
					.with(csrf())
					.exchange();
				return result.getResponse().getStatus();
			}));
		}
		start.countDown();
		List<Integer> answered = new ArrayList<>();
		for (Future<Integer> status : statuses) {
			answered.add(status.get());
		}
		pool.shutdown();

		assertThat(answered).filteredOn((status) -> status == 302).hasSize(1);
		assertThat(answered).filteredOn((status) -> status == 409).hasSize(EDITORS - 1);
		assertThat(this.jdbc.sql("SELECT title || ' v' || version FROM event WHERE id = :id")
			.param("id", this.draft)
			.query(String.class)
			.single()).matches("CT edit \\d+ v1");
	}

}
