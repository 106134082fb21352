package io.faultline.event;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event page's related events, read from two index ranges, against the one condition
 * they stand for: published events near in time at the same place or sharing an actor.
 */
@IntegrationTest
class RelatedEventsIT {

	@Autowired
	EventService events;

	@Autowired
	JdbcClient jdbc;

	@Test
	void findForEveryEventWhatTheConditionSelects() {
		List<Long> all = this.jdbc.sql("SELECT id FROM event ORDER BY id").query(Long.class).list();
		assertThat(all).hasSizeGreaterThan(50);
		int sharingOnly = 0;
		for (long event : all) {
			for (int days : new int[] { 7, 90 }) {
				List<Long> expected = selectedByTheCondition(event, days, 10);
				assertThat(this.events.related(event, days, 10)).extracting(EventSummary::id)
					.as("related to %d within %d days", event, days)
					.isEqualTo(expected);
				sharingOnly += (int) expected.stream().filter((other) -> !samePlace(event, other)).count();
			}
		}
		assertThat(sharingOnly).as("related events found only through a shared actor").isPositive();
	}

	@Test
	@Transactional
	void leaveOutUnpublishedEventsSharingAnActor() {
		long event = firstPublishedWithActors();
		List<Long> before = this.events.related(event, 90, 100).stream().map(EventSummary::id).toList();
		assertThat(before).isNotEmpty();
		this.jdbc.sql("UPDATE event SET review_status = 'DRAFT' WHERE id = :id").param("id", before.get(0)).update();
		assertThat(this.events.related(event, 90, 100)).extracting(EventSummary::id)
			.isEqualTo(before.subList(1, before.size()))
			.isEqualTo(selectedByTheCondition(event, 90, 100));
	}

	@Test
	@Transactional
	void followAnEventSharingAnActorThatMovesOutOfTheWindow() {
		long event = firstPublishedWithActors();
		List<Long> before = this.events.related(event, 90, 100).stream().map(EventSummary::id).toList();
		long moved = before.stream()
			.filter((other) -> !samePlace(event, other))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no event related through an actor alone"));
		this.jdbc.sql("UPDATE event SET event_date = event_date + 400 WHERE id = :id").param("id", moved).update();
		assertThat(this.events.related(event, 90, 100)).extracting(EventSummary::id)
			.doesNotContain(moved)
			.isEqualTo(selectedByTheCondition(event, 90, 100));
	}

	/**
	 * What the page asked before V30's participations by date (one scan of the window).
	 */
	private List<Long> selectedByTheCondition(long event, int days, int limit) {
		return this.jdbc
			.sql("""
					SELECT e.id FROM event e JOIN event self ON self.id = :event
					 WHERE e.review_status = 'PUBLISHED' AND (e.acled_event_id IS NULL OR faultline_acled_shown())
					   AND e.id <> self.id
					   AND e.event_date BETWEEN self.event_date - :days AND self.event_date + :days
					   AND (e.place_id = self.place_id
					        OR EXISTS (SELECT 1 FROM event_actor theirs JOIN event_actor mine ON mine.actor_id = theirs.actor_id
					                    WHERE theirs.event_id = e.id AND mine.event_id = self.id))
					 ORDER BY (e.place_id = self.place_id) DESC, abs(e.event_date - self.event_date), e.id
					 LIMIT :limit""")
			.param("event", event)
			.param("days", days)
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	private long firstPublishedWithActors() {
		return this.jdbc.sql("""
				SELECT ea.event_id FROM event_actor ea JOIN event e ON e.id = ea.event_id
				 WHERE e.review_status = 'PUBLISHED' ORDER BY ea.event_id LIMIT 1""").query(Long.class).single();
	}

	private boolean samePlace(long event, long other) {
		return this.jdbc.sql("SELECT a.place_id = b.place_id FROM event a, event b WHERE a.id = :a AND b.id = :b")
			.param("a", event)
			.param("b", other)
			.query(Boolean.class)
			.single();
	}

}
