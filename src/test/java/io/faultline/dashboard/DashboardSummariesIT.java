package io.faultline.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import io.faultline.IntegrationTest;
import io.faultline.actor.ActorService;
import io.faultline.event.EventService;
import io.faultline.event.EventSummary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summaries V19's, V33's and V38's triggers keep stay equal to the aggregates they
 * replace, whatever writes the events: each test changes the record and compares every
 * summary with the same aggregate computed from {@code event}, {@code event_actor} and
 * {@code claim}.
 */
@IntegrationTest
@Transactional
class DashboardSummariesIT {

	private static final LocalDate DAY = LocalDate.of(2024, 7, 20);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DashboardService dashboard;

	@Autowired
	EventService events;

	@Autowired
	ActorService actors;

	@Test
	void startFilledFromTheRecord() {
		assertThat(count("SELECT count(*) FROM event_day_summary")).isPositive();
		assertSummariesMatchTheRecord();
	}

	@Test
	void rebuildFromTheRecordAfterWritesWithTriggersOff() {
		this.jdbc.sql("SET LOCAL session_replication_role = replica").update();
		insertEvent(DAY, "BATTLES", "ARMED_CLASH", 7, null);
		this.jdbc.sql("DELETE FROM event WHERE id = (SELECT min(id) FROM event WHERE review_status = 'PUBLISHED')")
			.update();
		this.jdbc.sql("SET LOCAL session_replication_role = origin").update();
		this.jdbc.sql("SELECT faultline_summaries_rebuild()").query().singleRow();
		assertSummariesMatchTheRecord();
	}

	@Test
	void followInsertedEventsAndParticipants() {
		long event = insertEvent(DAY, "BATTLES", "ARMED_CLASH", 12, null);
		long acled = insertEvent(DAY, "BATTLES", "ARMED_CLASH", 3, "IT-SUM-1");
		long sameDay = insertEvent(DAY, "BATTLES", "ARMED_CLASH", 1, null);
		addActor(event, "FAMa");
		addActor(event, "JNIM");
		addActor(acled, "FAMa");
		// The day's summary row of FAMa exists: an update, which actor_summary follows
		// too.
		addActor(sameDay, "FAMa");

		assertSummariesMatchTheRecord();
	}

	@Test
	void followPublishingAndUnpublishing() {
		long draft = insertEvent(DAY, "BATTLES", "ARMED_CLASH", 5, null);
		this.jdbc.sql("UPDATE event SET review_status = 'DRAFT' WHERE id = :id").param("id", draft).update();
		addActor(draft, "FAMa");
		assertSummariesMatchTheRecord();

		this.jdbc.sql("UPDATE event SET review_status = 'PUBLISHED' WHERE id = :id").param("id", draft).update();
		assertSummariesMatchTheRecord();

		this.jdbc.sql("UPDATE event SET review_status = 'ARCHIVED' WHERE event_date >= '2024-01-01'").update();
		assertSummariesMatchTheRecord();
	}

	@Test
	void followChangesOfDateTypeAndFatalities() {
		long event = insertEvent(DAY, "BATTLES", "ARMED_CLASH", 5, null);
		addActor(event, "FAMa");

		this.jdbc.sql("UPDATE event SET event_date = event_date - 400 WHERE id = :id").param("id", event).update();
		assertSummariesMatchTheRecord();
		this.jdbc.sql("""
				UPDATE event SET event_type_code = 'VIOLENCE_AGAINST_CIVILIANS', sub_event_type_code = 'ATTACK'
				 WHERE event_type_code = 'BATTLES'""").update();
		assertSummariesMatchTheRecord();
		this.jdbc.sql("""
				UPDATE event SET fatalities_low = NULL, fatalities_best = coalesce(fatalities_best, 0) + 1,
				                 fatalities_high = coalesce(fatalities_high, fatalities_best, 0) + 8
				 WHERE id % 2 = 0""").update();
		assertSummariesMatchTheRecord();
		this.jdbc.sql("UPDATE event SET acled_event_id = 'IT-SUM-' || id WHERE id % 3 = 0").update();
		assertSummariesMatchTheRecord();
	}

	@Test
	void keepEachPlacesMonthsWithTheirFirstAndLastDays() {
		long first = insertEvent(DAY.withDayOfMonth(2), "BATTLES", "ARMED_CLASH", 1, null);
		long last = insertEvent(DAY.withDayOfMonth(30), "BATTLES", "ARMED_CLASH", 1, null);
		insertEvent(DAY, "BATTLES", "ARMED_CLASH", 1, null);
		assertSummariesMatchTheRecord();
		// The month's first and last days leave it: deleted, moved to another month,
		// given a
		// point of their own (the summary counts events on their place's point only).
		this.jdbc.sql("DELETE FROM event WHERE id = :id").param("id", first).update();
		assertSummariesMatchTheRecord();
		this.jdbc.sql("UPDATE event SET event_date = event_date + 40 WHERE id = :id").param("id", last).update();
		assertSummariesMatchTheRecord();
		this.jdbc.sql("UPDATE event SET location = ST_SetSRID(ST_MakePoint(1.4, 18.4), 4326) WHERE id = :id")
			.param("id", last)
			.update();
		assertSummariesMatchTheRecord();
		this.jdbc.sql("UPDATE event SET location = NULL, event_date = :day WHERE id = :id")
			.param("day", DAY.withDayOfMonth(1))
			.param("id", last)
			.update();
		assertSummariesMatchTheRecord();
		this.jdbc
			.sql("UPDATE event SET place_id = (SELECT id FROM place WHERE name = 'Gao') WHERE title = 'IT summary'")
			.update();
		assertSummariesMatchTheRecord();
	}

	@Test
	void followDeletedEventsAndParticipants() {
		long event = insertEvent(DAY, "BATTLES", "ARMED_CLASH", 9, null);
		addActor(event, "FAMa");
		addActor(event, "JNIM");
		long other = insertEvent(DAY, "BATTLES", "ARMED_CLASH", 4, null);
		addActor(other, "FAMa");

		this.jdbc.sql("DELETE FROM event_actor WHERE event_id = :id").param("id", other).update();
		assertSummariesMatchTheRecord();
		this.jdbc.sql("DELETE FROM event WHERE id IN (:ids)").param("ids", List.of(event, other)).update();
		assertSummariesMatchTheRecord();
	}

	@Test
	void followClaimsAddedMovedAndDeleted() {
		long event = insertEvent(DAY, "BATTLES", "ARMED_CLASH", 2, null);
		this.jdbc.sql("""
				INSERT INTO claim (event_id, source_id, stance)
				SELECT :event, id, 'REPORTS' FROM source ORDER BY id LIMIT 3""").param("event", event).update();
		assertSummariesMatchTheRecord();

		this.jdbc.sql("UPDATE claim SET source_id = (SELECT max(id) FROM source) WHERE event_id = :event")
			.param("event", event)
			.update();
		assertSummariesMatchTheRecord();

		this.jdbc.sql("DELETE FROM event WHERE id = :event").param("event", event).update();
		assertSummariesMatchTheRecord();
	}

	@Test
	void followParticipantsMovedToAnotherEvent() {
		long from = insertEvent(DAY, "BATTLES", "ARMED_CLASH", 9, null);
		long to = insertEvent(DAY.minusYears(3), "BATTLES", "ARMED_CLASH", 1, "IT-SUM-2");
		addActor(from, "JNIM");

		this.jdbc.sql("UPDATE event_actor SET event_id = :to WHERE event_id = :from")
			.param("to", to)
			.param("from", from)
			.update();

		assertSummariesMatchTheRecord();
	}

	@Test
	void followAMultiRowInsertSelect() {
		this.jdbc
			.sql("""
					INSERT INTO event (event_date, disorder_type_code, event_type_code, sub_event_type_code, place_id, title,
					                   fatalities_low, fatalities_best, fatalities_high, review_status, acled_event_id)
					SELECT event_date + 1, disorder_type_code, event_type_code, sub_event_type_code, place_id, 'IT copy ' || id,
					       fatalities_low, fatalities_best, fatalities_high, review_status,
					       CASE WHEN id % 2 = 0 THEN 'IT-COPY-' || id END
					  FROM event""")
			.update();
		this.jdbc.sql("""
				INSERT INTO event_actor (event_id, actor_id, side, role)
				SELECT copy.id, ea.actor_id, ea.side, ea.role
				  FROM event copy
				  JOIN event e ON 'IT copy ' || e.id = copy.title
				  JOIN event_actor ea ON ea.event_id = e.id""").update();

		assertThat(count("SELECT count(*) FROM event WHERE title LIKE 'IT copy %'")).isGreaterThan(10);
		assertSummariesMatchTheRecord();
	}

	@Test
	void countAPlacesAndAnActorsPublishedEvents() {
		long event = insertEvent(DAY, "BATTLES", "ARMED_CLASH", 4, null);
		addActor(event, "FAMa");
		this.jdbc.sql("UPDATE event SET review_status = 'DRAFT' WHERE id = (SELECT min(id) FROM event)").update();
		long kidal = count("SELECT id FROM place WHERE name = 'Kidal'");
		long fama = count("SELECT id FROM actor WHERE short_name = 'FAMa'");

		assertThat(this.events.countAtPlace(kidal)).isPositive()
			.isEqualTo(count("SELECT count(*) FROM event WHERE review_status = 'PUBLISHED' AND place_id = " + kidal));
		assertThat(this.events.countWithActor(fama)).isPositive().isEqualTo(count("""
				SELECT count(*) FROM event e JOIN event_actor ea ON ea.event_id = e.id
				 WHERE e.review_status = 'PUBLISHED' AND ea.actor_id = """ + fama));
		assertThat(this.actors.list(0, 10_000).items()).isNotEmpty()
			.allSatisfy((actor) -> assertThat(actor.events()).as(actor.name()).isEqualTo(count("""
					SELECT count(*) FROM event e JOIN event_actor ea ON ea.event_id = e.id
					 WHERE e.review_status = 'PUBLISHED' AND ea.actor_id = """ + actor.id())));
		assertThat(this.events.withActor(fama, 5)).extracting(EventSummary::id).isEqualTo(this.jdbc.sql("""
				SELECT e.id FROM event e JOIN event_actor ea ON ea.event_id = e.id
				 WHERE e.review_status = 'PUBLISHED' AND ea.actor_id = :fama
				 ORDER BY e.event_date DESC, e.id DESC LIMIT 5""").param("fama", fama).query(Long.class).list());
	}

	@Test
	void sumAcledEventsOnlyWhenShown() {
		long acled = insertEvent(DAY, "BATTLES", "ARMED_CLASH", 1000, "IT-SUM-3");
		addActor(acled, "FAMa");
		DashboardPeriod july = new DashboardPeriod(DAY.withDayOfMonth(1), DAY.withDayOfMonth(31), "custom");
		long shown = this.dashboard.figures(july).fatalitiesBest();

		this.jdbc.sql("SELECT set_config('faultline.reader', 'anonymous', true)").query(String.class).single();
		this.jdbc.sql("DELETE FROM app_setting WHERE name = 'acled.public'").update();

		assertThat(this.dashboard.figures(july).fatalitiesBest()).isEqualTo(shown - 1000);
		assertThat(this.dashboard.mostActive(july, 8)).allMatch((actor) -> actor.fatalities() < 1000);
	}

	private void assertSummariesMatchTheRecord() {
		assertSame("""
				SELECT event_date, event_type_code, acled, events, fatalities_best, fatalities_low, fatalities_high
				  FROM event_day_summary""",
				"""
						SELECT event_date, event_type_code, acled_event_id IS NOT NULL, count(*), coalesce(sum(fatalities_best), 0),
						       coalesce(sum(coalesce(fatalities_low, fatalities_best)), 0),
						       coalesce(sum(coalesce(fatalities_high, fatalities_best)), 0)
						  FROM event WHERE review_status = 'PUBLISHED'
						 GROUP BY 1, 2, 3""");
		assertSame("SELECT event_date, actor_id, acled, events, fatalities_best FROM actor_day_summary", """
				SELECT e.event_date, ea.actor_id, e.acled_event_id IS NOT NULL, count(DISTINCT e.id),
				       coalesce(sum(e.fatalities_best), 0)
				  FROM event e JOIN event_actor ea ON ea.event_id = e.id
				 WHERE e.review_status = 'PUBLISHED'
				 GROUP BY 1, 2, 3""");
		assertSame("SELECT place_id, acled, events, fatalities_best FROM place_summary", """
				SELECT place_id, acled_event_id IS NOT NULL, count(*), coalesce(sum(fatalities_best), 0) FROM event
				 WHERE review_status = 'PUBLISHED' GROUP BY 1, 2""");
		assertSame("SELECT actor_id, events FROM actor_participation_summary",
				"SELECT actor_id, count(*) FROM event_actor GROUP BY 1");
		assertSame("SELECT actor_id, acled, events FROM actor_summary", """
				SELECT ea.actor_id, e.acled_event_id IS NOT NULL, count(DISTINCT e.id)
				  FROM event e JOIN event_actor ea ON ea.event_id = e.id
				 WHERE e.review_status = 'PUBLISHED'
				 GROUP BY 1, 2""");
		assertSame("SELECT source_id, claims FROM source_summary", "SELECT source_id, count(*) FROM claim GROUP BY 1");
		assertSame("SELECT month, place_id, acled, events, first_date, last_date FROM place_month_summary", """
				SELECT CAST(date_trunc('month', event_date) AS date), place_id, acled_event_id IS NOT NULL, count(*),
				       min(event_date), max(event_date)
				  FROM event WHERE review_status = 'PUBLISHED' AND location IS NULL
				 GROUP BY 1, 2, 3""");
	}

	/** Both queries return the same rows, neither more nor fewer. */
	private void assertSame(String summary, String aggregate) {
		assertThat(count("SELECT count(*) FROM ((" + summary + ") EXCEPT ALL (" + aggregate + ")) extra"))
			.as("rows in the summary and not in the record: %s", summary)
			.isZero();
		assertThat(count("SELECT count(*) FROM ((" + aggregate + ") EXCEPT ALL (" + summary + ")) missing"))
			.as("rows of the record missing from the summary: %s", summary)
			.isZero();
	}

	private long insertEvent(LocalDate date, String type, String subtype, Integer fatalities, String acledId) {
		return this.jdbc
			.sql("""
					INSERT INTO event (event_date, disorder_type_code, event_type_code, sub_event_type_code, place_id, title,
					                   fatalities_low, fatalities_best, fatalities_high, review_status, acled_event_id)
					VALUES (:date, 'POLITICAL_VIOLENCE', :type, :subtype, (SELECT id FROM place WHERE name = 'Kidal'),
					        'IT summary', :low, :best, :high, 'PUBLISHED', :acled) RETURNING id""")
			.param("date", date)
			.param("type", type)
			.param("subtype", subtype)
			.param("low", (fatalities != null) ? fatalities / 2 : null)
			.param("best", fatalities)
			.param("high", (fatalities != null) ? fatalities * 2 : null)
			.param("acled", acledId)
			.query(Long.class)
			.single();
	}

	private void addActor(long event, String label) {
		this.jdbc.sql("""
				INSERT INTO event_actor (event_id, actor_id, side)
				VALUES (:event, (SELECT id FROM actor WHERE coalesce(short_name, name) = :label), 'A')""")
			.param("event", event)
			.param("label", label)
			.update();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
